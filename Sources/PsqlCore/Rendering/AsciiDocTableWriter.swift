/// Writes psql's `asciidoc` format: a `|====` table with its `[options=…,cols=…]` line, `.title`
/// above it and the footers in a literal `....` block; expanded, one `2+^|Record N` row per record.
struct AsciiDocTableWriter: FormatTableWriter {
    let content: TableContent
    let options: PrintOptions

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        if options.startTable {
            // A new paragraph, so the table never sticks to text before it.
            output.append("\n")
            if let title = options.title, !options.tuplesOnly {
                output.append("." + title + "\n")
            }
            if expanded {
                output.append("[cols=\"h,l\"")
            } else {
                output.append(options.tuplesOnly ? "[cols=\"" : "[options=\"header\",cols=\"")
                for column in 0..<columnCount {
                    if column != 0 { output.append(",") }
                    output.append(content.alignments[column] == .right ? ">l" : "<l")
                }
                output.append("\"")
            }
            // psql names no frame for borders above 2.
            switch options.border & 0xFFFF {
            case 0: output.append(",frame=\"none\",grid=\"none\"")
            case 1: output.append(",frame=\"none\"")
            case 2: output.append(",frame=\"all\",grid=\"all\"")
            default: break
            }
            output.append("]\n|====\n")
            if !expanded && !options.tuplesOnly {
                for (column, header) in content.headers.enumerated() {
                    if column != 0 { output.append(" ") }
                    output.append("^l|")
                    Self.appendEscaped(header, into: &output)
                }
                output.append("\n")
            }
        }
        if columnCount > 0 {
            for row in 0..<content.rowCount {
                if expanded {
                    output.append(
                        options.tuplesOnly ? "2+|\n" : "2+^|Record \(options.priorRows + row + 1)\n")
                }
                for column in 0..<columnCount {
                    if expanded {
                        output.append("<l|")
                        Self.appendEscaped(content.headers[column], into: &output)
                        output.append(content.alignments[column] == .right ? " >l|" : " <l|")
                    } else {
                        if column != 0 { output.append(" ") }
                        output.append("|")
                    }
                    content.withCell(row: row, column: column) { cell in
                        // Blank values would make asciidoc merge cells: one space stands in.
                        if cell.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                            if expanded || column != columnCount - 1 { output.append(" ") }
                        } else {
                            Self.appendEscaped(Array(cell), into: &output)
                        }
                    }
                    if expanded || column == columnCount - 1 { output.append("\n") }
                }
                output.flushIfFull(flush)
            }
        }
        // psql closes the block after every batch of a FETCH_COUNT result.
        output.append("|====\n")
        guard options.stopTable, !options.tuplesOnly else { return }
        let footers =
            expanded
            ? options.footers : TableFooter.lines(rowCount: options.priorRows + content.rowCount, options: options)
        if !footers.isEmpty {
            output.append("\n....\n")
            for footer in footers { output.append(footer + "\n") }
            output.append("....\n")
        }
    }

    /// asciidoc's cell separator `|` is the only character psql escapes.
    static func appendEscaped(_ text: [UInt8], into output: inout OutputBuffer) {
        for byte in text {
            if byte == UInt8(ascii: "|") { output.append("\\|") } else { output.append(byte: byte) }
        }
    }
}
