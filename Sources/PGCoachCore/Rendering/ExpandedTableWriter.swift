/// Writes psql's expanded format (`\x on`) with border 1: one block per row.
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

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        let rowCount = content.rowCount
        // psql checks for "no cells at all", so a zero-column result with rows lands here too,
        // and prints the row count (or the footers) but no title.
        if (columnCount == 0 || rowCount == 0) && options.startTable && options.stopTable {
            TableFooter.write(rowCount: rowCount, options: options, into: &output)
            output.append(byte: UInt8(ascii: "\n"))
            return
        }
        if options.startTable, let title = options.title {
            output.append(title)
            output.append(byte: UInt8(ascii: "\n"))
        }

        let headerWidth = measurement.headers.map(\.width).max() ?? 0
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

        var valueText = [UInt8]()
        var valueLines = [DisplayText.Line]()
        for row in 0..<rowCount {
            writeRecordLine(number: options.priorRows + row + 1, headerWidth: headerWidth, valueWidth: valueWidth, into: &output)
            for column in 0..<columnCount {
                valueText.removeAll(keepingCapacity: true)
                valueLines.removeAll(keepingCapacity: true)
                content.withCell(row: row, column: column) { bytes in
                    DisplayText.format(bytes, content.encoding, into: &valueText, lines: &valueLines)
                }
                writeField(
                    headerText: headerText, headerLines: headerLines[column], headerWidth: headerWidth,
                    valueText: valueText, valueLines: valueLines, valueWidth: valueWidth,
                    into: &output)
            }
            output.flushIfFull(flush)
        }

        guard options.stopTable else { return }
        if !options.footers.isEmpty {
            output.append(byte: UInt8(ascii: "\n"))
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

    /// `-[ RECORD n ]` followed by dashes, with a `+` over the column separator when the label
    /// is short enough to leave room for it.
    private func writeRecordLine(number: Int, headerWidth: Int, valueWidth: Int, into output: inout OutputBuffer) {
        let label = "-[ RECORD \(number) ]"
        output.append(label)
        // Columns used so far, measured against the header column and then the separator "-+-".
        var used = label.utf8.count - headerWidth
        output.append(repeating: UInt8(ascii: "-"), count: -used)
        for mark in [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "-")] {
            if used <= 0 { output.append(byte: mark) }
            used -= 1
        }
        output.append(repeating: UInt8(ascii: "-"), count: valueWidth - max(used, 0))
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// One column of one record: name lines and value lines side by side.
    private func writeField(
        headerText: [UInt8], headerLines: [DisplayText.Line], headerWidth: Int,
        valueText: [UInt8], valueLines: [DisplayText.Line], valueWidth: Int,
        into output: inout OutputBuffer
    ) {
        let lineCount = max(headerLines.count, valueLines.count)
        for lineIndex in 0..<lineCount {
            if lineIndex < headerLines.count {
                let line = headerLines[lineIndex]
                output.append(contentsOf: headerText, line)
                output.append(repeating: UInt8(ascii: " "), count: headerWidth - line.width)
                let continues = lineIndex + 1 < headerLines.count
                output.append(byte: continues ? UInt8(ascii: "+") : UInt8(ascii: " "))
            } else {
                output.append(repeating: UInt8(ascii: " "), count: headerWidth + 1)
            }
            output.append(byte: UInt8(ascii: "|"))
            if lineIndex < valueLines.count {
                let line = valueLines[lineIndex]
                output.append(byte: UInt8(ascii: " "))
                output.append(contentsOf: valueText, line)
                if lineIndex + 1 < valueLines.count {
                    output.append(repeating: UInt8(ascii: " "), count: valueWidth - line.width)
                    output.append(byte: UInt8(ascii: "+"))
                }
            }
            output.append(byte: UInt8(ascii: "\n"))
        }
    }
}
