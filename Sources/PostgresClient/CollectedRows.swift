import PsqlCore

/// The header and rows of one row-returning result, held compactly.
public struct CollectedRows: Sendable {
    public var columns: [ResultColumn]
    public var rows: RowStore

    public init(columns: [ResultColumn]) {
        self.columns = columns
        self.rows = RowStore(columnCount: columns.count)
    }
}
