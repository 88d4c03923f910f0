/// One row of a catalog query, read by column name.
struct CatalogRecord {
    private let cells: [String: String?]

    init(columns: [String], values: [String?]) {
        var cells: [String: String?] = [:]
        for (column, value) in zip(columns, values) where cells[column] == nil {
            cells[column] = .some(value)
        }
        self.cells = cells
    }

    /// The cell, `nil` for SQL NULL.
    func value(_ column: String) -> String? {
        cells[column] ?? nil
    }

    /// The cell with NULL read as empty text, as psql's `PQgetvalue` does.
    func text(_ column: String) -> String {
        value(column) ?? ""
    }

    /// A boolean cell: true only for the server's `t`.
    func flag(_ column: String) -> Bool {
        value(column) == "t"
    }
}
