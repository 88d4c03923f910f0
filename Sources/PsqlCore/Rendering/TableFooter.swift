/// The lines under a table: the caller's footers, or psql's `(N rows)` when there are none.
enum TableFooter {
    /// psql's default footer: `(1 row)`, otherwise `(N rows)`, zero included.
    static func rowCountLine(_ rowCount: Int) -> String {
        rowCount == 1 ? "(1 row)" : "(\(rowCount) rows)"
    }

    /// The footer lines of a non-expanded table: the command's own, else the row count unless
    /// `\pset footer off` (tuples-only is the caller's business).
    static func lines(rowCount: Int, options: PrintOptions) -> [String] {
        if !options.footers.isEmpty { return options.footers }
        return options.showRowCount ? [rowCountLine(rowCount)] : []
    }

    /// Writes the footer lines (without the blank line that ends every table); nothing when
    /// printing tuples only.
    static func write(rowCount: Int, options: PrintOptions, into output: inout OutputBuffer) {
        if options.tuplesOnly { return }
        for footer in lines(rowCount: rowCount, options: options) {
            output.append(footer)
            output.append(byte: UInt8(ascii: "\n"))
        }
    }
}
