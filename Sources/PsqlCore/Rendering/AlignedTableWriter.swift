/// Writes psql's `aligned` format, with border 0, 1 (the default) or 2.
///
/// ```
///  id |  name
/// ----+--------
///   1 | first +
///     | line
/// (1 row)
/// ```
/// Headers are centred; `+` at the right edge of a cell means the value goes on in the next line.
/// A left-aligned value in the last column gets no trailing padding, as in psql (border 2 pads
/// every column, because a `|` closes the line).
struct AlignedTableWriter {
    let content: TableContent
    let measurement: TableMeasurement
    let options: PrintOptions

    /// psql draws border 3 and above like border 2.
    private var border: Int { min(max(options.border, 0), 2) }
    private var style: LineStyle { options.lineStyle }

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        var widths = measurement.alignedColumnWidths
        var totalWidth = measurement.alignedTotalWidth(border: border)
        var wraps = false
        if options.format == .wrapped {
            let layout = WrappedLayout(
                content: content, measurement: measurement, border: border, targetWidth: options.outputColumns)
            widths = layout.widths
            totalWidth = layout.totalWidth
            wraps = layout.narrowed
        }
        // Later FETCH_COUNT batches continue the same table: no title, headers or top rule
        // (each batch still measures its own widths, as psql's do).
        if options.startTable && !options.tuplesOnly {
            writeTitle(totalWidth: totalWidth, into: &output)
            if border == 2 { writeRule(.top, widths: widths, into: &output) }
            writeHeaders(widths: widths, into: &output)
            writeRule(.middle, widths: widths, into: &output)
        }

        var multiLineCells = MultiLineRowCells(columnCount: content.columnCount)
        var scratchLines = [DisplayText.Line]()
        // A zero-column result has rows but nothing to show for them; psql prints no line.
        if content.columnCount > 0 {
            for row in 0..<content.rowCount {
                if wraps || measurement.isMultiLine(row: row) {
                    multiLineCells.load(row: row, of: content)
                    writeWrappedRow(multiLineCells, widths: widths, border: border, into: &output)
                } else {
                    writeSingleLineRow(row, widths: widths, scratchLines: &scratchLines, into: &output)
                }
                output.flushIfFull(flush)
            }
        }
        // Only the last batch closes the table: bottom rule, footer (counting every batch's
        // rows) and the blank line.
        guard options.stopTable else { return }
        if border == 2 { writeRule(.bottom, widths: widths, into: &output) }
        TableFooter.write(rowCount: options.priorRows + content.rowCount, options: options, into: &output)
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// The title, centred over the table; as is when it is as wide as the table or wider.
    private func writeTitle(totalWidth: Int, into output: inout OutputBuffer) {
        guard let title = options.title else { return }
        let width = DisplayText.measure(title, content.encoding).width
        if width < totalWidth {
            output.append(repeating: UInt8(ascii: " "), count: (totalWidth - width) / 2)
        }
        // psql prints the title raw: no escaping, newlines kept.
        output.append(title)
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// Header lines: each header centred (the odd space goes right), `+` where it continues.
    private func writeHeaders(widths: [Int], into output: inout OutputBuffer) {
        var text = [UInt8]()
        var lines = [[DisplayText.Line]]()
        for header in content.headers {
            var headerLines = [DisplayText.Line]()
            header.withUnsafeBufferPointer {
                DisplayText.format($0, content.encoding, into: &text, lines: &headerLines)
            }
            lines.append(headerLines)
        }
        let lineCount = lines.map(\.count).max() ?? 0
        let style = style
        for lineIndex in 0..<lineCount {
            if border == 2 { output.append(style.data.left) }
            for column in 0..<lines.count {
                // Continued header lines get a mark on the left in every column (old-ascii's `+`).
                if border != 0 || (!style.wrapRightBorder && column > 0) {
                    output.append(lineIndex > 0 ? style.headerNewlineLeft : [UInt8(ascii: " ")])
                }
                let columnLines = lines[column]
                if lineIndex < columnLines.count {
                    let line = columnLines[lineIndex]
                    let spare = widths[column] - line.width
                    output.append(repeating: UInt8(ascii: " "), count: spare / 2)
                    output.append(contentsOf: text, line)
                    output.append(repeating: UInt8(ascii: " "), count: (spare + 1) / 2)
                } else {
                    output.append(repeating: UInt8(ascii: " "), count: widths[column])
                }
                let continues = lineIndex + 1 < columnLines.count
                if border != 0 || style.wrapRightBorder {
                    output.append(continues ? style.headerNewlineRight : [UInt8(ascii: " ")])
                }
                if border != 0 && column < lines.count - 1 { output.append(style.data.middle) }
            }
            if border == 2 { output.append(style.data.right) }
            output.append(byte: UInt8(ascii: "\n"))
        }
    }

    /// A horizontal rule: `----+----` under the headers (`--` for a table without columns);
    /// `+----+----+` above and below a border-2 table; `---- ----` with border 0 (in the ascii
    /// line style; the others draw the same shape with their characters).
    private func writeRule(_ position: LineStyle.RulePosition, widths: [Int], into output: inout OutputBuffer) {
        let rule = style.rule(position)
        switch border {
        case 0: break
        case 1: output.append(rule.hrule)
        default:
            output.append(rule.left)
            output.append(rule.hrule)
        }
        for (column, width) in widths.enumerated() {
            if rule.hrule.count == 1 {
                output.append(repeating: rule.hrule[0], count: width)
            } else {
                for _ in 0..<max(width, 0) { output.append(rule.hrule) }
            }
            if column < widths.count - 1 {
                if border == 0 {
                    output.append(byte: UInt8(ascii: " "))
                } else {
                    output.append(rule.hrule)
                    output.append(rule.middle)
                    output.append(rule.hrule)
                }
            }
        }
        switch border {
        case 0: break
        case 1: output.append(rule.hrule)
        default:
            output.append(rule.hrule)
            output.append(rule.right)
        }
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// The common row: every value on one line, written straight from the row store.
    private func writeSingleLineRow(
        _ row: Int, widths: [Int], scratchLines: inout [DisplayText.Line], into output: inout OutputBuffer
    ) {
        let lastColumn = content.columnCount - 1
        let border = border
        let data = style.data
        if border == 2 { output.append(data.left) }
        for column in 0...lastColumn {
            if border != 0 { output.append(byte: UInt8(ascii: " ")) }
            let isRight = content.alignments[column] == .right
            // Trailing spaces only where something follows on the line.
            let padsEnd = border == 2 || column != lastColumn
            content.withCell(row: row, column: column) { bytes in
                let metrics = DisplayText.measure(bytes, content.encoding)
                let padding = widths[column] - metrics.width
                if isRight { output.append(repeating: UInt8(ascii: " "), count: padding) }
                if metrics.isVerbatim {
                    output.append(bytes)
                } else {
                    // Escapes or dropped bytes: format straight into the output, one line.
                    scratchLines.removeAll(keepingCapacity: true)
                    DisplayText.format(bytes, content.encoding, into: &output.bytes, lines: &scratchLines)
                }
                if !isRight && padsEnd { output.append(repeating: UInt8(ascii: " "), count: padding) }
            }
            if padsEnd { output.append(byte: UInt8(ascii: " ")) }
            if border != 0 && column != lastColumn { output.append(data.middle) }
        }
        if border == 2 { output.append(data.right) }
        output.append(byte: UInt8(ascii: "\n"))
    }
}

/// The formatted cells of one multi-line row, kept between rows so their storage is reused.
struct MultiLineRowCells {
    var text: [[UInt8]]
    var lines: [[DisplayText.Line]]

    init(columnCount: Int) {
        text = Array(repeating: [], count: columnCount)
        lines = Array(repeating: [], count: columnCount)
    }

    /// Lines of the tallest cell.
    var lineCount: Int { lines.reduce(0) { max($0, $1.count) } }

    mutating func load(row: Int, of content: TableContent) {
        for column in 0..<text.count {
            text[column].removeAll(keepingCapacity: true)
            lines[column].removeAll(keepingCapacity: true)
            content.withCell(row: row, column: column) { bytes in
                DisplayText.format(bytes, content.encoding, into: &text[column], lines: &lines[column])
            }
        }
    }
}

extension OutputBuffer {
    /// Appends one formatted line of `text`.
    @inline(__always)
    mutating func append(contentsOf text: [UInt8], _ line: DisplayText.Line) {
        bytes.append(contentsOf: text[line.start..<line.end])
    }
}
