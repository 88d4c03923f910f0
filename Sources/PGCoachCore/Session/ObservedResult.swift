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
    /// Bytes of cell text left out of `rows` when it was bounded for the journal (see
    /// `boundedForJournal`); nil when nothing was cut.
    public var bytesOmitted: Int?

    public init(columns: [String], rows: [[String?]], rowCount: Int, commandTag: String) {
        self.columns = columns
        self.rows = rows
        self.rowCount = rowCount
        self.commandTag = commandTag
    }

    /// Rows left out of `rows`.
    public var rowsOmitted: Int { rowCount - rows.count }
}
