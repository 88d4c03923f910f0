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
        if (columnCount == 0 || rowCount == 0) && options.startTable && options.stopTable {
            TableFooter.write(rowCount: rowCount, options: options, into: &output)
            output.append(byte: UInt8(ascii: "\n"))
            return
        }
        if options.startTable, !options.tuplesOnly, let title = options.title {
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
        var valueWidth = valueColumnWidth()
        var marksValueLines = measurement.hasMultiLineCell
        if options.format == .wrapped {
            (valueWidth, marksValueLines) = wrappedValueWidth(
                headerWidth: headerWidth, valueWidth: valueWidth, headersSpanLines: headersSpanLines,
                marksValueLines: marksValueLines)
        }
        let layout = Layout(
            border: border, headerWidth: headerWidth, valueWidth: valueWidth, headersSpanLines: headersSpanLines,
            marksValueLines: marksValueLines, encoding: content.encoding)

        var valueText = [UInt8]()
        var valueLines = [DisplayText.Line]()
        for row in 0..<rowCount {
            // Record numbers go on across FETCH_COUNT batches; with tuples only, a plain rule
            // separates records, including the first of a later batch from the batch before.
            if !options.tuplesOnly {
                layout.writeRecordLine(number: options.priorRows + row + 1, into: &output)
            } else if row != 0 || !options.startTable || border == 2 {
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
        guard options.stopTable else { return }
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

    /// The wrapped format's value column: as wide as the target width allows (at least three
    /// columns, and wide enough for the `RECORD` label line), with a column for `.`/`+` marks
    /// when values will wrap. psql 15 does this only for `wrapped`, not `aligned`.
    private func wrappedValueWidth(
        headerWidth: Int, valueWidth: Int, headersSpanLines: Bool, marksValueLines: Bool
    ) -> (Int, Bool) {
        var marks = marksValueLines
        var spacing: Int
        switch border {
        case 0: spacing = headersSpanLines ? 2 : 1
        case 1: spacing = 3
        default: spacing = 7
        }
        if marks && border < 2 { spacing += 1 }
        var labelWidth = 0
        if !options.tuplesOnly {
            if content.rowCount > 0 { labelWidth = String(content.rowCount).count }
            labelWidth += [9, 12, 15][border]
        }
        let target = options.outputColumns
        while true {
            let natural = max(headerWidth + spacing + valueWidth, labelWidth)
            let width: Int
            if target > 0 {
                let minimum = max(headerWidth + spacing + 3, labelWidth)
                if target >= natural {
                    width = natural - headerWidth - spacing
                } else if target < minimum {
                    width = minimum - headerWidth - spacing
                } else {
                    width = target - headerWidth - spacing
                }
            } else {
                width = natural - headerWidth - spacing
            }
            if width < valueWidth && !marks && border < 2 {
                marks = true
                spacing += 1
            } else {
                return (width, marks)
            }
        }
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

        /// Values wider than the column wrap (wrapped format); lines that continue get `+`
        /// (newline in the value) or `.` (wrapped) at the right edge when the marks have a column.
        let marksValueLines: Bool
        let encoding: ClientEncoding

        /// One column of one record: name lines and value lines side by side.
        func writeField(
            headerText: [UInt8], headerLines: [DisplayText.Line],
            valueText: [UInt8], valueLines: [DisplayText.Line], into output: inout OutputBuffer
        ) {
            var headerLine = 0
            var headerDone = false
            var valueLine = 0
            var valueDone = valueLines.isEmpty
            var offset = 0
            while !headerDone || !valueDone {
                if border == 2 { output.append(byte: UInt8(ascii: "|")) }
                if !headerDone {
                    let line = headerLines[headerLine]
                    if border == 2 { output.append(byte: UInt8(ascii: " ")) }
                    output.append(contentsOf: headerText, line)
                    output.append(repeating: UInt8(ascii: " "), count: headerWidth - line.width)
                    let continues = headerLine + 1 < headerLines.count
                    if border > 0 || headersSpanLines {
                        output.append(byte: continues ? UInt8(ascii: "+") : UInt8(ascii: " "))
                    }
                    if continues { headerLine += 1 } else { headerDone = true }
                } else {
                    let blank = headerWidth + border + (border == 0 && headersSpanLines ? 1 : 0)
                    output.append(repeating: UInt8(ascii: " "), count: blank)
                }
                if border > 0 { output.append(byte: UInt8(ascii: "|")) }
                guard !valueDone else {
                    if border == 2 {
                        output.append(repeating: UInt8(ascii: " "), count: valueWidth + 2)
                        output.append(byte: UInt8(ascii: "|"))
                    }
                    output.append(byte: UInt8(ascii: "\n"))
                    continue
                }
                let line = valueLines[valueLine]
                output.append(byte: offset == 0 ? UInt8(ascii: " ") : UInt8(ascii: "."))
                let piece = WrappedLayout.fit(
                    valueText, start: line.start + offset, end: line.end, width: valueWidth, encoding: encoding)
                output.bytes.append(contentsOf: valueText[(line.start + offset)..<(line.start + offset + piece.bytes)])
                offset += piece.bytes
                let padding = valueWidth - piece.width
                if line.start + offset < line.end {
                    if border > 1 || marksValueLines {
                        output.append(repeating: UInt8(ascii: " "), count: padding)
                        output.append(byte: UInt8(ascii: "."))
                    }
                } else if valueLine + 1 < valueLines.count {
                    if border > 1 || marksValueLines {
                        output.append(repeating: UInt8(ascii: " "), count: padding)
                        output.append(byte: UInt8(ascii: "+"))
                    }
                    valueLine += 1
                    offset = 0
                } else {
                    if border > 1 {
                        output.append(repeating: UInt8(ascii: " "), count: padding)
                        output.append(byte: UInt8(ascii: " "))
                    }
                    valueDone = true
                }
                if border == 2 { output.append(byte: UInt8(ascii: "|")) }
                output.append(byte: UInt8(ascii: "\n"))
            }
        }
    }
}
