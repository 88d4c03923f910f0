import Foundation
import PostgresClient
import PsqlCore

@testable import PGCoachKit

/// A connection that answers from a script instead of a server, so a `ReplSession` (and the
/// companions riding along) can be driven in a unit test: every statement it receives is
/// kept, in order, and answered by the first reply whose pattern it contains.
final class ScriptedConnection: SessionConnection {
    /// What one statement produces.
    enum Reply {
        case rows([ResultColumn], [[String?]])
        case command(String)
        case error(sqlState: String, message: String)
    }

    /// The statements sent (`execute` and `query`), in order.
    private(set) var sent: [String] = []
    private let replies: [(pattern: String, reply: Reply)]
    private(set) var transactionState: TransactionState = .idle
    let database: String

    init(database: String = "shop", replies: [(String, Reply)] = []) {
        self.database = database
        self.replies = replies.map { (pattern: $0.0, reply: $0.1) }
    }

    static let int4: UInt32 = 23
    static let text: UInt32 = 25

    var user: String { "learner" }
    var host: String { "/scripted" }
    var port: String { "5432" }
    var serverVersionNumber: Int { 150_000 }
    var serverVersion: String? { "15.0" }
    var isBad: Bool { false }
    func parameterStatus(_ name: String) -> String? {
        ["server_version": "15.0", "client_encoding": "UTF8", "standard_conforming_strings": "on"][name]
    }

    /// The reply for `sql`; SQL the script does not know is a syntax error, as a server would say.
    private func reply(to sql: String) -> Reply {
        sent.append(sql)
        let reply =
            replies.first { sql.localizedCaseInsensitiveContains($0.pattern) }?.reply
            ?? .error(sqlState: "42601", message: "scripted connection has no reply for \"\(sql)\"")
        let verb = sql.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        switch reply {
        case .error:
            if transactionState == .inTransaction { transactionState = .inFailedTransaction }
        case .rows, .command:
            if verb.hasPrefix("BEGIN") { transactionState = .inTransaction }
            if verb.hasPrefix("COMMIT") || verb.hasPrefix("ROLLBACK") || verb.hasPrefix("END") { transactionState = .idle }
        }
        return reply
    }

    static func message(_ sqlState: String, _ message: String) -> ServerMessage {
        ServerMessage(
            severity: "ERROR", severityCode: "ERROR", sqlState: sqlState, message: message,
            formatted: "ERROR:  \(message)\n")
    }

    func execute(_ sql: String, streaming: Bool, into consumer: inout some QueryConsumer) throws(ConnectionLost) {
        switch reply(to: sql) {
        case .rows(let columns, let rows):
            consumer.resultStarted(columns: columns)
            for cells in rows { consumer.row(RowView(cells: cells)) }
            consumer.resultFinished(
                ResultSummary(kind: .tuples, commandTag: "SELECT \(rows.count)", rowsAffected: rows.count, rowCount: rows.count))
        case .command(let tag):
            consumer.resultFinished(
                ResultSummary(kind: .command, commandTag: tag, rowsAffected: Int(tag.split(separator: " ").last ?? ""), rowCount: 0))
        case .error(let sqlState, let message):
            consumer.failed(Self.message(sqlState, message))
        }
    }

    func query(_ sql: String, parameters: [String?]) throws(QueryError) -> SimpleResult {
        switch reply(to: sql) {
        case .rows(let columns, let rows):
            return SimpleResult(columns: columns, rows: rows, commandTag: "SELECT \(rows.count)", rowsAffected: rows.count)
        case .command(let tag):
            return SimpleResult(columns: [], rows: [], commandTag: tag, rowsAffected: nil)
        case .error(let sqlState, let message):
            throw .server(Self.message(sqlState, message))
        }
    }

    func describeResult(of sql: String) throws(QueryError) -> [Connection.DescribedColumn] {
        throw .server(Self.message("0A000", "not scripted"))
    }

    func conninfo(replacingDatabase database: String?, user: String?, host: String?, port: String?) -> String {
        "dbname=\(database ?? self.database)"
    }

    /// `\c` to another database: a fresh scripted connection with the same replies.
    func open(_ conninfo: String, applicationName: ApplicationName) throws(ConnectionError) -> any SessionConnection {
        let database = conninfo.replacingOccurrences(of: "dbname=", with: "")
        guard database != "missing" else { throw ConnectionError(message: "database \"missing\" does not exist") }
        return ScriptedConnection(database: database, replies: replies.map { ($0.pattern, $0.reply) })
    }

    func reset() throws(ConnectionError) { transactionState = .idle }
    func isAliveWithoutBlocking() -> Bool { true }
    func makeForeground() {}
    func makeCancelHandle() throws(ConnectionError) -> CancelHandle { throw ConnectionError(message: "no server to cancel on") }
    func setErrorVerbosity(_ verbosity: String, context: String) {}

    func importLargeObject(fromFile path: String) throws(Connection.LargeObjectFailure) -> UInt32 {
        throw Connection.LargeObjectFailure(message: "not scripted")
    }
    func exportLargeObject(_ oid: UInt32, toFile path: String) throws(Connection.LargeObjectFailure) {
        throw Connection.LargeObjectFailure(message: "not scripted")
    }
    func unlinkLargeObject(_ oid: UInt32) throws(Connection.LargeObjectFailure) {
        throw Connection.LargeObjectFailure(message: "not scripted")
    }

    var clientEncodingName: String { "UTF8" }
    func setClientEncoding(_ name: String) -> Bool { false }
    func encryptPassword(_ password: String, user: String) -> Result<String, PasswordEncryptionError> {
        .failure(PasswordEncryptionError(message: "not scripted\n"))
    }
}
