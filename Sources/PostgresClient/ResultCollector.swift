import PsqlCore

/// A `QueryConsumer` that keeps everything in memory, in order: for rendering once a query
/// string has finished (psql's aligned format needs every row to size its columns) and for
/// tests.
public struct ResultCollector: QueryConsumer, Sendable {
    /// One thing the query string produced.
    public enum Event: Sendable {
        /// A row-returning statement's complete result.
        case rows(CollectedRows, ResultSummary)
        /// A statement without rows (kind `.command` or `.empty`).
        case command(ResultSummary)
        /// A statement failed; `partial` holds rows delivered before the error, if any.
        case failed(ServerMessage, partial: CollectedRows?)
        case notice(ServerMessage)
    }

    public private(set) var events: [Event] = []
    private var current: CollectedRows?

    public init() {}

    public mutating func resultStarted(columns: [ResultColumn]) {
        current = CollectedRows(columns: columns)
    }

    public mutating func row(_ row: borrowing RowView) {
        // resultStarted always comes first; the fallback keeps a broken order from trapping.
        if current == nil { current = CollectedRows(columns: []) }
        row.append(to: &current!.rows)
    }

    public mutating func resultFinished(_ summary: ResultSummary) {
        if let rows = current, summary.kind == .tuples {
            events.append(.rows(rows, summary))
        } else {
            events.append(.command(summary))
        }
        current = nil
    }

    public mutating func failed(_ error: ServerMessage) {
        events.append(.failed(error, partial: current))
        current = nil
    }

    public mutating func notice(_ notice: ServerMessage) {
        events.append(.notice(notice))
    }
}
