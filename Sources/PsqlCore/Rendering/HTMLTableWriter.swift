/// Writes psql's `html` format (`\H`): a `<table>` with the border number and `\pset tableattr`,
/// a caption for the title, `<th>` headers, one `<tr>` per row and the footers in a `<p>`.
/// Expanded, one two-column block per record.
struct HTMLTableWriter: FormatTableWriter {
    let content: TableContent
    let options: PrintOptions

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        // Later FETCH_COUNT batches add rows to the table the first one opened.
        if options.startTable {
            // psql keeps the border in an unsigned short.
            output.append("<table border=\"\(options.border & 0xFFFF)\"")
            if let attributes = options.tableAttributes { output.append(" " + attributes) }
            output.append(">\n")
            if let title = options.title, !options.tuplesOnly {
                output.append("  <caption>")
                Self.appendEscaped(Array(title.utf8), into: &output)
                output.append("</caption>\n")
            }
        }
        if options.startTable && !expanded && !options.tuplesOnly {
            output.append("  <tr>\n")
            for header in content.headers {
                output.append("    <th align=\"center\">")
                Self.appendEscaped(header, into: &output)
                output.append("</th>\n")
            }
            output.append("  </tr>\n")
        }
        if columnCount > 0 {
            for row in 0..<content.rowCount {
                if expanded {
                    output.append(
                        options.tuplesOnly
                            ? "\n  <tr><td colspan=\"2\">&nbsp;</td></tr>\n"
                            : "\n  <tr><td colspan=\"2\" align=\"center\">Record \(options.priorRows + row + 1)</td></tr>\n")
                } else {
                    output.append("  <tr valign=\"top\">\n")
                }
                for column in 0..<columnCount {
                    if expanded {
                        output.append("  <tr valign=\"top\">\n    <th>")
                        Self.appendEscaped(content.headers[column], into: &output)
                        output.append("</th>\n")
                    }
                    output.append(content.alignments[column] == .right ? "    <td align=\"right\">" : "    <td align=\"left\">")
                    content.withCell(row: row, column: column) { cell in
                        if cell.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                            output.append("&nbsp; ")
                        } else {
                            Self.appendEscaped(Array(cell), into: &output)
                        }
                    }
                    output.append(expanded ? "</td>\n  </tr>\n" : "</td>\n")
                }
                if !expanded { output.append("  </tr>\n") }
                output.flushIfFull(flush)
            }
        }
        guard options.stopTable else { return }
        output.append("</table>\n")
        if !options.tuplesOnly {
            let footers =
                expanded
                ? options.footers : TableFooter.lines(rowCount: options.priorRows + content.rowCount, options: options)
            if !footers.isEmpty {
                output.append("<p>")
                for footer in footers {
                    Self.appendEscaped(Array(footer.utf8), into: &output)
                    output.append("<br />\n")
                }
                output.append("</p>")
            }
        }
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// psql's HTML escaping: `& < > "`, newlines as `<br />`, leading spaces as `&nbsp;` (for
    /// EXPLAIN's indentation).
    static func appendEscaped(_ text: [UInt8], into output: inout OutputBuffer) {
        var leadingSpace = true
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): output.append("&amp;")
            case UInt8(ascii: "<"): output.append("&lt;")
            case UInt8(ascii: ">"): output.append("&gt;")
            case UInt8(ascii: "\n"): output.append("<br />\n")
            case UInt8(ascii: "\""): output.append("&quot;")
            case UInt8(ascii: " "): output.append(leadingSpace ? "&nbsp;" : " ")
            default: output.append(byte: byte)
            }
            if byte != UInt8(ascii: " ") { leadingSpace = false }
        }
    }
}
