import CLibPQ

extension Connection {
    /// psql's VERBOSITY and SHOW_CONTEXT: libpq formats later error and notice messages with
    /// them (`default`/`verbose`/`terse`/`sqlstate`, `never`/`errors`/`always`).
    public func setErrorVerbosity(_ verbosity: String, context: String) {
        let level: PGVerbosity
        switch verbosity {
        case "verbose": level = PQERRORS_VERBOSE
        case "terse": level = PQERRORS_TERSE
        case "sqlstate": level = PQERRORS_SQLSTATE
        default: level = PQERRORS_DEFAULT
        }
        let visibility: PGContextVisibility
        switch context {
        case "never": visibility = PQSHOW_CONTEXT_NEVER
        case "always": visibility = PQSHOW_CONTEXT_ALWAYS
        default: visibility = PQSHOW_CONTEXT_ERRORS
        }
        _ = PQsetErrorVerbosity(handle, level)
        _ = PQsetErrorContextVisibility(handle, visibility)
    }
}
