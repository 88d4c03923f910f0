import PsqlCore

/// Why `Connection.query(_:parameters:)` failed.
public enum QueryError: Error, Sendable, Equatable {
    /// The statement failed; every field the server (or libpq) reported is kept.
    case server(ServerMessage)
    /// The connection went bad; see `ConnectionLost`.
    case connectionLost(ConnectionLost)

    /// The server's message, when there is one.
    public var serverMessage: ServerMessage? {
        if case .server(let message) = self { return message }
        return nil
    }
}
