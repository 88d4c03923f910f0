/// psql's `wrapped` format: when a target width is known (`\pset columns`, or the terminal's
/// width when printing to one), columns are narrowed one position at a time until the table
/// fits, always taking from the column whose widest value is furthest above its average (plus 1%
/// of its width, so wide columns give first). Headers are never narrowed.
struct WrappedLayout {
    /// Width of each column after narrowing.
    let widths: [Int]
    /// Width of a table line after narrowing (psql's `width_total`).
    let totalWidth: Int
    /// Whether any column was narrowed, so values may need wrapping.
    let narrowed: Bool

    init(content: TableContent, measurement: TableMeasurement, border: Int, targetWidth: Int) {
        var widths = measurement.alignedColumnWidths
        var total = measurement.alignedTotalWidth(border: border)
        let rules = total - widths.reduce(0, +)
        let headerWidths = measurement.headers.map(\.width)
        let totalHeaderWidth = rules + headerWidths.reduce(0, +)
        var narrowed = false
        if targetWidth > 0 && targetWidth >= totalHeaderWidth && total > targetWidth {
            let rowCount = content.rowCount
            var averages = [Int](repeating: 0, count: content.columnCount)
            if rowCount > 0 {
                for column in 0..<content.columnCount {
                    var sum = 0
                    for row in 0..<rowCount { sum += content.measureCell(row: row, column: column).width }
                    averages[column] = sum / rowCount
                }
            }
            let maximums = widths
            while total > targetWidth {
                var worst = -1
                var worstRatio = 0.0
                for column in 0..<widths.count where averages[column] > 0 && widths[column] > headerWidths[column] {
                    let ratio = Double(widths[column]) / Double(averages[column]) + Double(maximums[column]) * 0.01
                    if ratio > worstRatio {
                        worstRatio = ratio
                        worst = column
                    }
                }
                if worst < 0 { break }
                widths[worst] -= 1
                total -= 1
                narrowed = true
            }
        }
        self.widths = widths
        self.totalWidth = total
        self.narrowed = narrowed
    }

    /// How many bytes of `text[start..<end]` fit in `width` columns, and their width; the
    /// first character always goes, even when wider (psql's `strlen_max_width`).
    static func fit(_ text: [UInt8], start: Int, end: Int, width: Int, encoding: ClientEncoding) -> (bytes: Int, width: Int) {
        text[start..<end].withUnsafeBufferPointer { bytes in
            var index = 0
            var used = 0
            while index < bytes.count {
                let (unit, length) = DisplayText.step(bytes, at: index, encoding)
                let characterWidth: Int
                if case .text(let w) = unit { characterWidth = w } else { characterWidth = 1 }
                if width < used + characterWidth && used != 0 { break }
                used += characterWidth
                index += length
            }
            return (min(index, bytes.count), used)
        }
    }
}

extension AlignedTableWriter {
    /// A row where some value spans lines, by newlines in it or (wrapped format) by wrapping
    /// for width, as psql's loop prints it: one output line per value line, values that ran out
    /// of lines leave their column blank, and the line style marks every line that continues —
    /// in ascii `+` for a newline and `.` (on both sides) for a wrap; old-ascii puts its marks in
    /// the column dividers instead.
    func writeWrappedRow(_ cells: MultiLineRowCells, widths: [Int], border: Int, into output: inout OutputBuffer) {
        enum Mark { case none, wrapped, newline }
        let style = options.lineStyle
        let space: [UInt8] = [UInt8(ascii: " ")]
        let columnCount = content.columnCount
        let lastColumn = columnCount - 1
        var lineIndex = [Int](repeating: 0, count: columnCount)
        var offset = [Int](repeating: 0, count: columnCount)
        var marks = [Mark](repeating: .none, count: columnCount)
        var moreLines = true
        while moreLines {
            moreLines = false
            if border == 2 { output.append(style.data.left) }
            for column in 0...lastColumn {
                let padsEnd = border == 2 || column != lastColumn
                let lines = cells.lines[column]
                let width = widths[column]
                if border != 0 {
                    switch marks[column] {
                    case .wrapped: output.append(style.wrapLeft)
                    case .newline: output.append(style.newlineLeft)
                    case .none: output.append(space)
                    }
                }
                var shown = width
                if lineIndex[column] >= lines.count {
                    if padsEnd { output.append(repeating: UInt8(ascii: " "), count: width) }
                } else {
                    let line = lines[lineIndex[column]]
                    let start = line.start + offset[column]
                    // A whole line that fits needs no measuring (the width is known).
                    let piece =
                        offset[column] == 0 && line.width <= width
                        ? (bytes: line.end - line.start, width: line.width)
                        : WrappedLayout.fit(
                            cells.text[column], start: start, end: line.end, width: width, encoding: content.encoding)
                    shown = min(piece.width, width)
                    if content.alignments[column] == .right {
                        output.append(repeating: UInt8(ascii: " "), count: width - shown)
                    }
                    output.bytes.append(contentsOf: cells.text[column][start..<(start + piece.bytes)])
                    offset[column] += piece.bytes
                    if line.start + offset[column] < line.end {
                        moreLines = true
                    } else {
                        lineIndex[column] += 1
                        offset[column] = 0
                        if lineIndex[column] < lines.count { moreLines = true }
                    }
                }
                if lineIndex[column] < lines.count {
                    marks[column] = offset[column] != 0 ? .wrapped : (lineIndex[column] != 0 ? .newline : .none)
                } else {
                    marks[column] = .none
                }
                if content.alignments[column] != .right && (padsEnd || marks[column] != .none) {
                    output.append(repeating: UInt8(ascii: " "), count: width - shown)
                }
                switch marks[column] {
                case .wrapped: output.append(style.wrapRight)
                case .newline: output.append(style.newlineRight)
                case .none: if padsEnd { output.append(space) }
                }
                if border != 0 && column != lastColumn {
                    // The divider tells what the next column does on this line.
                    let next = column + 1
                    switch marks[next] {
                    case .wrapped: output.append(style.midvruleWrap)
                    case .newline: output.append(style.midvruleNewline)
                    case .none:
                        output.append(lineIndex[next] >= cells.lines[next].count ? style.midvruleBlank : style.data.middle)
                    }
                }
            }
            if border == 2 { output.append(style.data.right) }
            output.append(byte: UInt8(ascii: "\n"))
        }
    }
}
