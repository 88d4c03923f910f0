import CLibPQ
import PsqlCore

/// What a statement sent with `Connection.send(_:)` has come to.
public enum PendingStatement: Sendable, Equatable {
    /// Still running (for example waiting on a lock).
    case running
    /// Finished: `nil` when every result succeeded, else the first error.
    case finished(ServerMessage?)
    /// The connection broke (the backend was terminated, the server went away).
    case lost(String)
}

/// Non-blocking use, for the lesson's background sessions: send a statement that may block
/// for a long time (an INSERT queued behind a lock), then poll it between REPL commands
/// without ever blocking the learner's prompt.
extension Connection {
    /// Sends `sql` and returns at once.
    public func send(_ sql: String) throws(ConnectionLost) {
        guard sendQuery(sql) == 1 else { throw lostConnection() }
    }

    /// Reads whatever the server sent, without blocking, and says where the statement stands.
    /// Call again until it is no longer `.running`; once finished, the connection is idle
    /// (or idle in a transaction) again.
    public func pollPending() -> PendingStatement {
        if PQconsumeInput(handle) == 0 || isBad {
            return .lost(lostConnection().description)
        }
        var firstError: ServerMessage?
        while PQisBusy(handle) == 0 {
            guard let result = PQgetResult(handle) else {
                return isBad ? .lost(lostConnection().description) : .finished(firstError)
            }
            let status = PQresultStatus(result)
            if (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR) && firstError == nil {
                firstError = ServerMessage(result: result)
            }
            PQclear(result)
            if isBad { return .lost(lostConnection().description) }
        }
        return .running
    }

    /// For an idle session: reads anything pending (such as the server's notice that it
    /// terminated this backend) and reports whether the connection is still alive.
    public func isAliveWithoutBlocking() -> Bool {
        // A terminated backend sends its FATAL and then closes the socket; one read may get the
        // message without noticing the close, so read until nothing more arrives.
        for _ in 0..<3 {
            if PQconsumeInput(handle) == 0 { return false }
            _ = PQisBusy(handle)
            if isBad { return false }
        }
        return !isBad
    }
}
