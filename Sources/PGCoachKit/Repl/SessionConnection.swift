import PostgresClient
import PsqlCore

/// What a REPL session needs of its connection to the server: the seam between `ReplSession`
/// and libpq, so the session (and what rides along it) can run in tests against a scripted
/// connection, as the describe commands run against a scripted catalog.
///
/// `PostgresClient.Connection` is the one real implementation; the requirements are its own
/// members, with their libpq meaning.
public protocol SessionConnection: AnyObject {
    var database: String { get }
    var user: String { get }
    var host: String { get }
    var port: String { get }
    var serverVersionNumber: Int { get }
    var serverVersion: String? { get }
    var transactionState: TransactionState { get }
    var isBad: Bool { get }
    func parameterStatus(_ name: String) -> String?

    /// Sends a query string and streams what each statement produced to `consumer`.
    func execute(_ sql: String, streaming: Bool, into consumer: inout some QueryConsumer) throws(ConnectionLost)
    /// Runs one statement and returns its result decoded (the session's own lookups).
    func query(_ sql: String, parameters: [String?]) throws(QueryError) -> SimpleResult
    /// The columns a statement would return, without running it (`\gdesc`).
    func describeResult(of sql: String) throws(QueryError) -> [Connection.DescribedColumn]

    /// A conninfo for the same server with some parameters replaced (`\c`).
    func conninfo(replacingDatabase database: String?, user: String?, host: String?, port: String?) -> String
    /// A new connection of the same kind (`\c`, and reconnecting after a `\reset`).
    func open(_ conninfo: String, applicationName: ApplicationName) throws(ConnectionError) -> any SessionConnection
    /// Reconnects with the same parameters.
    func reset() throws(ConnectionError)
    /// Whether the server is still there, without waiting for it.
    func isAliveWithoutBlocking() -> Bool
    /// Makes this the connection Ctrl-C cancels.
    func makeForeground()
    func makeCancelHandle() throws(ConnectionError) -> CancelHandle
    func setErrorVerbosity(_ verbosity: String, context: String)

    func importLargeObject(fromFile path: String) throws(Connection.LargeObjectFailure) -> UInt32
    func exportLargeObject(_ oid: UInt32, toFile path: String) throws(Connection.LargeObjectFailure)
    func unlinkLargeObject(_ oid: UInt32) throws(Connection.LargeObjectFailure)

    /// `\encoding` and `\password`.
    var clientEncodingName: String { get }
    func setClientEncoding(_ name: String) -> Bool
    func encryptPassword(_ password: String, user: String) -> Result<String, PasswordEncryptionError>
}

extension SessionConnection {
    /// Runs one statement without parameters.
    public func query(_ sql: String) throws(QueryError) -> SimpleResult {
        try query(sql, parameters: [])
    }

    /// A conninfo for the same server in another database.
    public func conninfo(replacingDatabase database: String) -> String {
        conninfo(replacingDatabase: database, user: nil, host: nil, port: nil)
    }
}

extension Connection: SessionConnection {
    public func open(_ conninfo: String, applicationName: ApplicationName) throws(ConnectionError) -> any SessionConnection {
        try Connection(conninfo: conninfo, applicationName: applicationName)
    }
}
