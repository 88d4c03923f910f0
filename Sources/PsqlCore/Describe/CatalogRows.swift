/// The text result of one catalog query: column names and cell values, `nil` for SQL NULL.
///
/// Values are the server's text output, exactly as libpq hands them over, so booleans arrive as
/// `"t"`/`"f"` and arrays in their `{...}` form.
public struct CatalogRows: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String?]]

    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }
}
