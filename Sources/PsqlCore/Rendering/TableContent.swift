/// What a table printer prints: headers with their alignments, and the cells.
///
/// NULL cells read as the null display text, so the writers never think about NULL.
struct TableContent {
    let headers: [[UInt8]]
    let alignments: [ColumnAlignment]
    let rows: RowStore
    let nullText: [UInt8]
    let encoding: ClientEncoding
    let numericLocale: Bool

    init(headers: [String], alignments: [ColumnAlignment], rows: RowStore, options: PrintOptions) {
        precondition(headers.count == alignments.count, "one alignment per header")
        precondition(headers.count == rows.columnCount, "one header per column")
        self.headers = headers.map { Array($0.utf8) }
        self.alignments = alignments
        self.rows = rows
        self.nullText = Array(options.nullDisplay.utf8)
        self.encoding = options.encoding
        self.numericLocale = options.numericLocale
    }

    var columnCount: Int { headers.count }
    var rowCount: Int { rows.rowCount }

    /// Calls `body` with the cell's bytes, or the null display text for NULL.
    @inline(__always)
    func withCell<R>(row: Int, column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if rows.isNull(row: row, column: column) {
            return nullText.withUnsafeBufferPointer(body)
        }
        if numericLocale && alignments[column] == .right {
            let grouped = rows.withCell(row: row, column: column) { NumericLocale.grouped(Array($0)) }
            return grouped.withUnsafeBufferPointer(body)
        }
        return rows.withCell(row: row, column: column, body)
    }

    /// Measures the cell as psql would.
    @inline(__always)
    func measureCell(row: Int, column: Int) -> DisplayText.Metrics {
        withCell(row: row, column: column) { DisplayText.measure($0, encoding) }
    }
}
