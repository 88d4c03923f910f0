/// The first of psql's two passes over a result: how wide and tall every column gets.
///
/// The second pass (writing) needs the widths before the first row goes out, so every cell is
/// measured once here. Rows with a multi-line cell are remembered in a bitmap so the writer can
/// take its simple one-line path for all the others without measuring twice to find out.
struct TableMeasurement {
    /// Width and height of each header.
    let headers: [DisplayText.Metrics]
    /// Width of the widest cell of each column, headers not counted.
    let cellWidths: [Int]
    /// Whether any cell has more than one line.
    let hasMultiLineCell: Bool
    /// One bit per row: set when some cell of the row spans several lines.
    private let multiLineRows: [UInt64]

    init(_ content: TableContent) {
        let columnCount = content.columnCount
        let rowCount = content.rowCount
        headers = content.headers.map { header in
            header.withUnsafeBufferPointer { DisplayText.measure($0, content.encoding) }
        }
        var widths = [Int](repeating: 0, count: columnCount)
        var rowBits = [UInt64](repeating: 0, count: (rowCount + 63) / 64)
        var anyMultiLine = false
        for row in 0..<rowCount {
            var rowIsMultiLine = false
            for column in 0..<columnCount {
                let metrics = content.measureCell(row: row, column: column)
                if metrics.width > widths[column] { widths[column] = metrics.width }
                if metrics.lineCount > 1 { rowIsMultiLine = true }
            }
            if rowIsMultiLine {
                rowBits[row / 64] |= 1 << UInt64(row % 64)
                anyMultiLine = true
            }
        }
        cellWidths = widths
        hasMultiLineCell = anyMultiLine
        multiLineRows = rowBits
    }

    /// Whether some cell of `row` spans several lines.
    @inline(__always)
    func isMultiLine(row: Int) -> Bool {
        multiLineRows[row / 64] & (1 << UInt64(row % 64)) != 0
    }

    /// Column widths of the aligned format: the header or the widest cell, whichever is wider.
    var alignedColumnWidths: [Int] {
        zip(headers, cellWidths).map { max($0.width, $1) }
    }

    /// Width of an aligned table line with border 1: the columns plus ` | ` between them.
    var alignedTotalWidth: Int { alignedTotalWidth(border: 1) }

    /// psql's `width_total` for a border style: what the title is centred on and `\x auto`
    /// compares with the terminal. (Border 0 counts one space per column, as psql does.)
    func alignedTotalWidth(border: Int) -> Int {
        let columns = alignedColumnWidths
        let count = columns.count
        let rules: Int
        switch border {
        case 0: rules = count
        case 1: rules = count > 0 ? 3 * count - 1 : 0
        default: rules = 3 * count + 1
        }
        return columns.reduce(0, +) + rules
    }
}
