@testable import PsqlCore

/// A fake catalog for describe tests: answers each query with the next scripted reply.
///
/// Each reply's column names must appear as `AS name` in the query it answers, which catches
/// a command asking its questions in a different order than the script expects.
final class ScriptedCatalog: CatalogQuerying {
    enum ScriptError: Error, CustomStringConvertible {
        case noReplyLeft(sql: String)
        case replyDoesNotFit(column: String, sql: String)

        var description: String {
            switch self {
            case .noReplyLeft(let sql): "unexpected query:\n\(sql)"
            case .replyDoesNotFit(let column, let sql): "reply column \(column) not selected by:\n\(sql)"
            }
        }
    }

    private var replies: [CatalogRows]
    /// Every query asked, in order.
    private(set) var queries: [String] = []

    init(_ replies: [CatalogRows]) {
        self.replies = replies
    }

    /// Whether every scripted reply was used.
    var isExhausted: Bool { replies.isEmpty }

    func catalogQuery(_ sql: String) throws -> CatalogRows {
        queries.append(sql)
        guard !replies.isEmpty else { throw ScriptError.noReplyLeft(sql: sql) }
        let reply = replies.removeFirst()
        for column in reply.columns where !sql.contains("AS \(column)") {
            throw ScriptError.replyDoesNotFit(column: column, sql: sql)
        }
        return reply
    }
}
