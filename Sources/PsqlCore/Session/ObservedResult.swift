/// What the learner saw of one result: the first rows as text, and how many there were.
///
/// The tutor matches milestone evidence against it and the journal stores it; both need
/// the values as shown, not the full result, so the rows kept are bounded.
public struct ObservedResult: Sendable, Equatable, Codable {
    public static let keptRowLimit = 200

    public var columns: [String]
    /// The first rows (at most `keptRowLimit`), NULL as `nil`.
    public var rows: [[String?]]
    /// All rows the result had, including those not kept.
    public var rowCount: Int
    /// The command tag (`SELECT 3`, `UPDATE 10`, `CREATE TABLE`), empty for meta-command tables.
    public var commandTag: String
    /// The type OID of each column of a query result, so a transcript aligns numbers right as
    /// the REPL did. Absent in journals written before it was recorded, and for describe tables.
    public var columnTypes: [UInt32]?
    /// Bytes of cell text left out of `rows` when it was bounded for the journal (see
    /// `boundedForJournal`); nil when nothing was cut.
    public var bytesOmitted: Int?

    public init(columns: [String], rows: [[String?]], rowCount: Int, commandTag: String, columnTypes: [UInt32]? = nil) {
        self.columns = columns
        self.rows = rows
        self.rowCount = rowCount
        self.commandTag = commandTag
        self.columnTypes = columnTypes
    }

    /// psql's alignment per column: from the recorded types, else everything left.
    public var alignments: [ColumnAlignment] {
        guard let columnTypes, columnTypes.count == columns.count else { return columns.map { _ in .left } }
        return columnTypes.map(ColumnAlignment.init(typeOID:))
    }

    /// Rows left out of `rows`.
    public var rowsOmitted: Int { rowCount - rows.count }
}
