import CLibPQ

/// libpq's client-side large-object calls, for psql's `\lo_import`, `\lo_export` and
/// `\lo_unlink`. Each must run inside a transaction; the caller opens one if needed.
extension Connection {
    /// A large-object call that failed: libpq's message, which psql prints as is.
    public struct LargeObjectFailure: Error, Sendable {
        public var message: String

        public init(message: String) { self.message = message }
    }

    /// Reads a client-side file into a new large object; returns its OID.
    public func importLargeObject(fromFile path: String) throws(LargeObjectFailure) -> UInt32 {
        let oid = lo_import(handle, path)
        guard oid != 0 else { throw failure() }
        return oid
    }

    /// Writes large object `oid` to a client-side file.
    public func exportLargeObject(_ oid: UInt32, toFile path: String) throws(LargeObjectFailure) {
        guard lo_export(handle, oid, path) == 1 else { throw failure() }
    }

    /// Deletes large object `oid`.
    public func unlinkLargeObject(_ oid: UInt32) throws(LargeObjectFailure) {
        guard lo_unlink(handle, oid) != -1 else { throw failure() }
    }

    private func failure() -> LargeObjectFailure {
        LargeObjectFailure(message: optionalText(PQerrorMessage(handle)) ?? "large object operation failed\n")
    }
}
