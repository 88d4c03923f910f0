import PostgresClient
import PsqlCore

/// Opens a connection to the test server named so a stray backend is easy to spot.
public func openTestConnection(_ name: String = "pgcoach-client-test") throws -> Connection {
    try Connection(conninfo: testServerConninfo(), applicationName: .fixed(name))
}

/// Runs `sql` and returns everything it produced.
public func collect(_ connection: Connection, _ sql: String, streaming: Bool = false) throws -> ResultCollector {
    var collector = ResultCollector()
    try connection.execute(sql, streaming: streaming, into: &collector)
    return collector
}

extension ResultCollector {
    /// One line per event, to compare whole sequences at a glance.
    public var digest: [String] { events.map(\.digest) }
}

extension ResultCollector.Event {
    public var digest: String {
        switch self {
        case .rows(let result, let summary):
            let names = result.columns.map(\.name).joined(separator: ",")
            let cells = (0..<min(result.rows.rowCount, 3)).map { row in
                (0..<result.columns.count).map { result.rows.string(row: row, column: $0) ?? "NULL" }
                    .joined(separator: ",")
            }
            return "rows(\(names)) [\(cells.joined(separator: "; "))] \(summary.commandTag)"
        case .command(let summary):
            return "command \(summary.commandTag)"
        case .failed(let error, let partial):
            let rows = partial.map { " after \($0.rows.rowCount) rows" } ?? ""
            return "failed \(error.sqlState) \(error.message)\(rows)"
        case .notice(let notice):
            return "\(notice.severity) \(notice.message)"
        }
    }
}
