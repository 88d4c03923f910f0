// The C library under the name the platform gives it: the one place that knows Linux calls it
// Glibc (or Musl) and Apple platforms Darwin. Modules that call the C library directly import
// LibC instead of repeating this switch.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
