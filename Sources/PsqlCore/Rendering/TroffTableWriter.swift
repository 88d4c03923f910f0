/// Writes psql's `troff-ms` format: a `tbl` table (`.TS` … `.TE`) with italic headers, tabs
/// between cells, the title in a centred display and the footers in a left one. Expanded, one
/// `Record N` line spanning both columns per record, with `.T&` where the column format changes.
struct TroffTableWriter: FormatTableWriter {
    let content: TableContent
    let options: PrintOptions

    private var border: Int { min(options.border & 0xFFFF, 2) }

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        if options.startTable {
            if let title = options.title, !options.tuplesOnly {
                output.append(".LP\n.DS C\n")
                Self.appendEscaped(Array(title.utf8), into: &output)
                output.append("\n.DE\n")
            }
            output.append(".LP\n.TS\n")
            output.append(border == 2 ? "center box;\n" : "center;\n")
        }
        if expanded {
            writeVertical(into: &output, flush: flush)
        } else {
            writeRows(into: &output, flush: flush)
        }
        guard options.stopTable else { return }
        output.append(".TE\n.DS L\n")
        if !options.tuplesOnly {
            let footers =
                expanded
                ? options.footers : TableFooter.lines(rowCount: options.priorRows + content.rowCount, options: options)
            for footer in footers {
                Self.appendEscaped(Array(footer.utf8), into: &output)
                output.append("\n")
            }
        }
        output.append(".DE\n")
    }

    private func writeRows(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        if options.startTable {
            for column in 0..<columnCount {
                output.append(content.alignments[column] == .right ? "r" : "l")
                if border > 0 && column < columnCount - 1 { output.append(" | ") }
            }
            output.append(".\n")
            if !options.tuplesOnly {
                for (column, header) in content.headers.enumerated() {
                    if column != 0 { output.append("\t") }
                    output.append("\\fI")
                    Self.appendEscaped(header, into: &output)
                    output.append("\\fP")
                }
                output.append("\n_\n")
            }
        }
        guard columnCount > 0 else { return }
        for row in 0..<content.rowCount {
            for column in 0..<columnCount {
                content.withCell(row: row, column: column) { Self.appendEscaped(Array($0), into: &output) }
                output.append(column == columnCount - 1 ? "\n" : "\t")
            }
            output.flushIfFull(flush)
        }
    }

    private func writeVertical(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        enum RowFormat { case none, recordLine, field }
        var current: RowFormat = .none
        if options.startTable {
            if options.tuplesOnly { output.append("c l;\n") }
        } else {
            // A later FETCH_COUNT batch continues rows already in the field format.
            current = .field
        }
        let columnCount = content.columnCount
        guard columnCount > 0 else { return }
        for row in 0..<content.rowCount {
            let number = options.priorRows + row + 1
            if !options.tuplesOnly {
                if current != .recordLine {
                    if border == 2 && number > 1 { output.append("_\n") }
                    if current != .none { output.append(".T&\n") }
                    output.append("c s.\n")
                    current = .recordLine
                }
                output.append("\\fIRecord \(number)\\fP\n")
            }
            if border >= 1 { output.append("_\n") }
            for column in 0..<columnCount {
                if !options.tuplesOnly && current != .field {
                    if current != .none { output.append(".T&\n") }
                    output.append(border != 1 ? "c l.\n" : "c | l.\n")
                    current = .field
                }
                Self.appendEscaped(content.headers[column], into: &output)
                output.append("\t")
                content.withCell(row: row, column: column) { Self.appendEscaped(Array($0), into: &output) }
                output.append("\n")
            }
            output.flushIfFull(flush)
        }
    }

    /// troff's escape character is the only one psql escapes.
    static func appendEscaped(_ text: [UInt8], into output: inout OutputBuffer) {
        for byte in text {
            if byte == UInt8(ascii: "\\") { output.append("\\(rs") } else { output.append(byte: byte) }
        }
    }
}
