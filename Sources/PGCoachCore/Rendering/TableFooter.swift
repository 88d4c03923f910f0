/// The lines under a table: the caller's footers, or psql's `(N rows)` when there are none.
enum TableFooter {
    /// psql's default footer: `(1 row)`, otherwise `(N rows)`, zero included.
    static func rowCountLine(_ rowCount: Int) -> String {
        rowCount == 1 ? "(1 row)" : "(\(rowCount) rows)"
    }

    /// Writes the footer lines (without the blank line that ends every table).
    static func write(rowCount: Int, options: PrintOptions, into output: inout OutputBuffer) {
        if !options.footers.isEmpty {
            for footer in options.footers {
                output.append(footer)
                output.append(byte: UInt8(ascii: "\n"))
            }
        } else if options.showRowCount {
            output.append(rowCountLine(rowCount))
            output.append(byte: UInt8(ascii: "\n"))
        }
    }
}
