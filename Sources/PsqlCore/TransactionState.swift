/// The session's transaction state after a command, as libpq's `PQtransactionStatus` reports it.
public enum TransactionState: String, Sendable, Equatable, Codable {
    case idle
    case active
    case inTransaction
    case inFailedTransaction
    case unknown

    /// The marker psql's `%x` prompt escape draws: nothing, `*`, `!` or `?`.
    public var promptMarker: String {
        switch self {
        case .idle, .active: return ""
        case .inTransaction: return "*"
        case .inFailedTransaction: return "!"
        case .unknown: return "?"
        }
    }
}
