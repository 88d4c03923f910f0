/// One input the learner gave and everything it produced: the unit of evidence for the tutor
/// and of the journal.
public struct ExecutionRecord: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case sql, metaCommand }

    public var kind: Kind
    /// The statement text as sent, or the meta-command as typed (`\d orders`).
    public var input: String
    /// The database the input ran in.
    public var database: String
    public var results: [ObservedResult]
    /// The error that ended the input, if any.
    public var error: ServerMessage?
    public var notices: [ServerMessage]
    public var durationMilliseconds: Double
    public var transactionState: TransactionState
    /// The connection was lost while running this input.
    public var connectionLost: Bool

    public init(
        kind: Kind, input: String, database: String, results: [ObservedResult] = [],
        error: ServerMessage? = nil, notices: [ServerMessage] = [], durationMilliseconds: Double = 0,
        transactionState: TransactionState = .idle, connectionLost: Bool = false
    ) {
        self.kind = kind
        self.input = input
        self.database = database
        self.results = results
        self.error = error
        self.notices = notices
        self.durationMilliseconds = durationMilliseconds
        self.transactionState = transactionState
        self.connectionLost = connectionLost
    }
}
