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
    /// old-ascii puts its marks in different places (an extra column left of the names).
    private var isOldASCII: Bool { options.lineStyle == .oldASCII }

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
            border: border, style: options.lineStyle, headerWidth: headerWidth, valueWidth: valueWidth,
            headersSpanLines: headersSpanLines, marksValueLines: marksValueLines, encoding: content.encoding)

        var valueText = [UInt8]()
        var valueLines = [DisplayText.Line]()
        for row in 0..<rowCount {
            // Record numbers go on across FETCH_COUNT batches; with tuples only, a plain rule
            // separates records, including the first of a later batch from the batch before.
            let position: LineStyle.RulePosition = row == 0 ? .top : .middle
            if !options.tuplesOnly {
                layout.writeRecordLine(number: options.priorRows + row + 1, position, into: &output)
            } else if row != 0 || !options.startTable || border == 2 {
                layout.writeRecordLine(number: nil, position, into: &output)
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
        if border == 2 { layout.writeRecordLine(number: nil, .bottom, into: &output) }

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
        case 1: spacing = headersSpanLines && isOldASCII ? 4 : 3
        default: spacing = 7
        }
        // old-ascii never gives the value marks a column of their own.
        if marks && border < 2 && !isOldASCII { spacing += 1 }
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
            if width < valueWidth && !marks && border < 2 && !isOldASCII {
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

    /// The widths, border and line style of one expanded table.
    private struct Layout {
        let border: Int
        let style: LineStyle
        let headerWidth: Int
        let valueWidth: Int
        /// Some column name spans lines; with border 0 that costs a column for the `+`.
        let headersSpanLines: Bool
        /// Values wider than the column wrap (wrapped format); lines that continue get `+`
        /// (newline in the value) or `.` (wrapped) at the right edge when the marks have a column.
        let marksValueLines: Bool
        let encoding: ClientEncoding

        private var isOldASCII: Bool { style == .oldASCII }
        /// old-ascii marks continued names on their left, in a column of its own.
        private var marksNamesLeft: Bool { headersSpanLines && isOldASCII }

        /// `-[ RECORD n ]` (border 1), `+-[ RECORD n ]-+` (border 2) or `* Record n` (border 0)
        /// followed by rules sized to the columns; without a number, a plain separator line.
        func writeRecordLine(number: Int?, _ position: LineStyle.RulePosition, into output: inout OutputBuffer) {
            let rule = style.rule(position)
            // The bottom rule does not count old-ascii's mark column; record lines do.
            let headerWidth = headerWidth + (position != .bottom && border < 2 && marksNamesLeft ? 1 : 0)
            let space: [UInt8] = [UInt8(ascii: " ")]
            let fill = border > 0 ? rule.hrule : space
            switch border {
            case 2:
                output.append(rule.left)
                output.append(rule.hrule)
            case 1: output.append(rule.hrule)
            default: break
            }
            var used = 0
            if let number {
                let label = border == 0 ? "* Record \(number)" : "[ RECORD \(number) ]"
                output.append(label)
                used = label.utf8.count
            }
            if border != 2 { used += 1 }
            for _ in used..<max(used, headerWidth) { output.append(fill) }
            used -= headerWidth
            let marks: [[UInt8]] = border > 0 ? [rule.hrule, rule.middle, rule.hrule] : [space]
            for mark in marks {
                if used <= 0 { output.append(mark) }
                used -= 1
            }
            for _ in max(used, 0)..<max(max(used, 0), valueWidth) { output.append(fill) }
            if border == 2 {
                output.append(rule.hrule)
                output.append(rule.right)
            }
            output.append(byte: UInt8(ascii: "\n"))
        }

        /// One column of one record: name lines and value lines side by side.
        func writeField(
            headerText: [UInt8], headerLines: [DisplayText.Line],
            valueText: [UInt8], valueLines: [DisplayText.Line], into output: inout OutputBuffer
        ) {
            let space: [UInt8] = [UInt8(ascii: " ")]
            // The right-hand marks of names and values need a column (border 0 or 1) for them.
            let marksNamesRight = border > 0 || (headersSpanLines && !isOldASCII)
            let marksValues = border > 1 || (marksValueLines && !isOldASCII)
            var headerLine = 0
            var headerDone = false
            var valueLine = 0
            var valueDone = valueLines.isEmpty
            var offset = 0
            while !headerDone || !valueDone {
                if border == 2 { output.append(style.data.left) }
                if !headerDone {
                    let line = headerLines[headerLine]
                    if border == 2 || marksNamesLeft {
                        output.append(headerLine > 0 ? style.headerNewlineLeft : space)
                    }
                    output.append(contentsOf: headerText, line)
                    output.append(repeating: UInt8(ascii: " "), count: headerWidth - line.width)
                    let continues = headerLine + 1 < headerLines.count
                    if marksNamesRight { output.append(continues ? style.headerNewlineRight : space) }
                    if continues { headerLine += 1 } else { headerDone = true }
                } else {
                    var blank = headerWidth + border
                    if border < 2 && marksNamesLeft { blank += 1 }
                    if border == 0 && headersSpanLines && !isOldASCII { blank += 1 }
                    // psql pads " " to this width: at least one space.
                    output.append(repeating: UInt8(ascii: " "), count: max(blank, 1))
                }
                if border > 0 {
                    if offset != 0 {
                        output.append(style.midvruleWrap)
                    } else if valueLine == 0 {
                        output.append(style.data.middle)
                    } else {
                        output.append(style.midvruleNewline)
                    }
                }
                guard !valueDone else {
                    if border == 2 {
                        output.append(repeating: UInt8(ascii: " "), count: valueWidth + 2)
                        output.append(style.data.right)
                    }
                    output.append(byte: UInt8(ascii: "\n"))
                    continue
                }
                let line = valueLines[valueLine]
                output.append(offset == 0 ? space : style.wrapLeft)
                let piece = WrappedLayout.fit(
                    valueText, start: line.start + offset, end: line.end, width: valueWidth, encoding: encoding)
                output.bytes.append(contentsOf: valueText[(line.start + offset)..<(line.start + offset + piece.bytes)])
                offset += piece.bytes
                let padding = valueWidth - piece.width
                if line.start + offset < line.end {
                    if marksValues {
                        output.append(repeating: UInt8(ascii: " "), count: padding)
                        output.append(style.wrapRight)
                    }
                } else if valueLine + 1 < valueLines.count {
                    if marksValues {
                        output.append(repeating: UInt8(ascii: " "), count: padding)
                        output.append(style.newlineRight)
                    }
                    valueLine += 1
                    offset = 0
                } else {
                    if border > 1 {
                        output.append(repeating: UInt8(ascii: " "), count: padding)
                        output.append(space)
                    }
                    valueDone = true
                }
                if border == 2 { output.append(style.data.right) }
                output.append(byte: UInt8(ascii: "\n"))
            }
        }
    }
}
