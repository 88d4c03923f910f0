import CLibPQ

/// Asks the server to cancel whatever a connection is running, from any thread: hand it to a
/// watcher thread to enforce a timeout while the owning thread blocks in `execute`.
///
/// A handle is tied to the backend that existed when it was made; after `Connection.reset()`
/// make a new one (an old handle then reaches no backend, which is harmless).
///
/// `@unchecked Sendable` because the `PGcancel` it wraps is never modified after
/// `PQgetCancel` and libpq documents `PQcancel` as thread-safe (it is even signal-safe).
public final class CancelHandle: @unchecked Sendable {
    private let request: OpaquePointer

    init?(connection: OpaquePointer) {
        guard let request = PQgetCancel(connection) else { return nil }
        self.request = request
    }

    deinit {
        PQfreeCancel(request)
    }

    /// Sends the cancel request. Success means only that the server received it: the query
    /// then fails with SQLSTATE 57014, unless it finished first.
    public func cancel() throws(ConnectionError) {
        var buffer = [CChar](repeating: 0, count: 256)
        let sent = buffer.withUnsafeMutableBufferPointer {
            PQcancel(request, $0.baseAddress, Int32($0.count))
        }
        if sent == 0 {
            throw ConnectionError(message: buffer.withUnsafeBufferPointer { libpqText($0.baseAddress) })
        }
    }
}
