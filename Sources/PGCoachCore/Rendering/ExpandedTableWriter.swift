/// Writes psql's expanded format (`\x on`) of the aligned format, with border 0, 1 or 2: one
/// block per row.
///
/// ```
/// -[ RECORD 1 ]-----
/// id   | 1
/// name | first    +
///      | line
/// ```
/// Column names are left-aligned in a column as wide as the widest name; values follow
/// unpadded, except where a `+` marks a continued line and must sit at the right edge.
struct ExpandedTableWriter {
    let content: TableContent
    let measurement: TableMeasurement
    let options: PrintOptions

    private var border: Int { min(max(options.border, 0), 2) }

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        let rowCount = content.rowCount
        // psql checks for "no cells at all", so a zero-column result with rows lands here too,
        // and prints the row count (or the footers) but no title.
        if columnCount == 0 || rowCount == 0 {
            TableFooter.write(rowCount: rowCount, options: options, into: &output)
            output.append(byte: UInt8(ascii: "\n"))
            return
        }
        if let title = options.title, !options.tuplesOnly {
            output.append(title)
            output.append(byte: UInt8(ascii: "\n"))
        }

        let headerWidth = measurement.headers.map(\.width).max() ?? 0
        let headersSpanLines = measurement.headers.contains { $0.lineCount > 1 }
        var headerText = [UInt8]()
        var headerLines = [[DisplayText.Line]]()
        for header in content.headers {
            var lines = [DisplayText.Line]()
            header.withUnsafeBufferPointer {
                DisplayText.format($0, content.encoding, into: &headerText, lines: &lines)
            }
            headerLines.append(lines)
        }
        let valueWidth = valueColumnWidth()
        let layout = Layout(
            border: border, headerWidth: headerWidth, valueWidth: valueWidth, headersSpanLines: headersSpanLines)

        var valueText = [UInt8]()
        var valueLines = [DisplayText.Line]()
        for row in 0..<rowCount {
            if !options.tuplesOnly {
                layout.writeRecordLine(number: row + 1, into: &output)
            } else if row != 0 || border == 2 {
                layout.writeRecordLine(number: nil, into: &output)
            }
            for column in 0..<columnCount {
                valueText.removeAll(keepingCapacity: true)
                valueLines.removeAll(keepingCapacity: true)
                content.withCell(row: row, column: column) { bytes in
                    DisplayText.format(bytes, content.encoding, into: &valueText, lines: &valueLines)
                }
                layout.writeField(
                    headerText: headerText, headerLines: headerLines[column],
                    valueText: valueText, valueLines: valueLines, into: &output)
            }
            output.flushIfFull(flush)
        }
        if border == 2 { layout.writeRecordLine(number: nil, into: &output) }

        if !options.footers.isEmpty && !options.tuplesOnly {
            if border < 2 { output.append(byte: UInt8(ascii: "\n")) }
            for footer in options.footers {
                output.append(footer)
                output.append(byte: UInt8(ascii: "\n"))
            }
        }
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// Width of the value column: the widest value. (psql 16 widens it to fit the longest
    /// `-[ RECORD N ]` label; psql 15, which pgcoach matches, does not, so with many narrow
    /// rows the dashes stop short of the label's end.)
    private func valueColumnWidth() -> Int {
        measurement.cellWidths.max() ?? 0
    }

    /// The widths and border of one expanded table.
    private struct Layout {
        let border: Int
        let headerWidth: Int
        let valueWidth: Int
        /// Some column name spans lines; with border 0 that costs a column for the `+`.
        let headersSpanLines: Bool

        /// `-[ RECORD n ]` (border 1), `+-[ RECORD n ]-+` (border 2) or `* Record n` (border 0)
        /// followed by rules sized to the columns; without a number, a plain separator line.
        func writeRecordLine(number: Int?, into output: inout OutputBuffer) {
            let rule = border > 0 ? UInt8(ascii: "-") : UInt8(ascii: " ")
            switch border {
            case 2: output.append("+-")
            case 1: output.append(byte: UInt8(ascii: "-"))
            default: break
            }
            var used = 0
            if let number {
                let label = border == 0 ? "* Record \(number)" : "[ RECORD \(number) ]"
                output.append(label)
                used = label.utf8.count
            }
            if border != 2 { used += 1 }
            output.append(repeating: rule, count: headerWidth - used)
            used -= headerWidth
            let marks: [UInt8] = border > 0 ? [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "-")] : [UInt8(ascii: " ")]
            for mark in marks {
                if used <= 0 { output.append(byte: mark) }
                used -= 1
            }
            output.append(repeating: rule, count: valueWidth - max(used, 0))
            if border == 2 { output.append("-+") }
            output.append(byte: UInt8(ascii: "\n"))
        }

        /// One column of one record: name lines and value lines side by side.
        func writeField(
            headerText: [UInt8], headerLines: [DisplayText.Line],
            valueText: [UInt8], valueLines: [DisplayText.Line], into output: inout OutputBuffer
        ) {
            let lineCount = max(headerLines.count, valueLines.count)
            for lineIndex in 0..<lineCount {
                if border == 2 { output.append(byte: UInt8(ascii: "|")) }
                if lineIndex < headerLines.count {
                    let line = headerLines[lineIndex]
                    if border == 2 { output.append(byte: UInt8(ascii: " ")) }
                    output.append(contentsOf: headerText, line)
                    output.append(repeating: UInt8(ascii: " "), count: headerWidth - line.width)
                    if border > 0 || headersSpanLines {
                        let continues = lineIndex + 1 < headerLines.count
                        output.append(byte: continues ? UInt8(ascii: "+") : UInt8(ascii: " "))
                    }
                } else {
                    let blank = headerWidth + border + (border == 0 && headersSpanLines ? 1 : 0)
                    output.append(repeating: UInt8(ascii: " "), count: blank)
                }
                if border > 0 { output.append(byte: UInt8(ascii: "|")) }
                if lineIndex < valueLines.count {
                    let line = valueLines[lineIndex]
                    output.append(byte: UInt8(ascii: " "))
                    output.append(contentsOf: valueText, line)
                    if lineIndex + 1 < valueLines.count {
                        output.append(repeating: UInt8(ascii: " "), count: valueWidth - line.width)
                        output.append(byte: UInt8(ascii: "+"))
                    } else if border == 2 {
                        output.append(repeating: UInt8(ascii: " "), count: valueWidth - line.width)
                        output.append(byte: UInt8(ascii: " "))
                    }
                    if border == 2 { output.append(byte: UInt8(ascii: "|")) }
                } else if border == 2 {
                    output.append(repeating: UInt8(ascii: " "), count: valueWidth + 2)
                    output.append(byte: UInt8(ascii: "|"))
                }
                output.append(byte: UInt8(ascii: "\n"))
            }
        }
    }
}
