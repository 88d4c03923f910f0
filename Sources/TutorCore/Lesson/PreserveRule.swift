/// Data the incident response must not lose: the rows of a table as they stood after setup.
///
/// The engine takes a fingerprint of every row (by `key`, over `columns`, limited to the rows
/// matching `where`) right after setup and again at scoring; rows gone are data loss, rows whose
/// fingerprint changed were overwritten. Either is a critical trap naming the table and the count.
public struct PreserveRule: Sendable, Equatable {
    /// The databases holding the table (one rule, several tenants).
    public var databases: [String]
    /// `schema.table` or `table` (public).
    public var table: String
    /// The column(s) identifying a row across the session.
    public var key: [String]
    /// Columns that must keep their values; empty: only the rows' existence is kept.
    public var columns: [String]
    /// Optional SQL condition choosing the rows that were already correct.
    public var condition: String?
    /// The front whose fix this data loss undoes (e.g. deleting the rows a check counts).
    public var front: String?

    public init(
        databases: [String], table: String, key: [String], columns: [String] = [], condition: String? = nil,
        front: String? = nil
    ) {
        self.databases = databases
        self.table = table
        self.key = key
        self.columns = columns
        self.condition = condition
        self.front = front
    }

    /// The trap id data loss is reported under (one for the whole lesson).
    public static let trapID = "data_loss"
}
