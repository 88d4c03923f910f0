/// Writes psql's `latex` and `latex-longtable` formats: a `tabular` (or `longtable`) whose
/// column spec follows the alignments and the border (3 adds a rule under every row), headers
/// in italics, LaTeX's special characters escaped. Expanded, both print a two-column `tabular`
/// with a `Record N` line per record, as psql does.
struct LaTeXTableWriter: FormatTableWriter {
    let content: TableContent
    let options: PrintOptions
    /// `latex-longtable` rather than `latex`.
    var longTable: Bool { options.format == .latexLongtable }

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        if expanded {
            writeVertical(into: &output, flush: flush)
        } else if longTable {
            writeLongTable(into: &output, flush: flush)
        } else {
            writeTabular(into: &output, flush: flush)
        }
    }

    /// psql keeps the border in an unsigned short and draws at most 3.
    private var border: Int { min(options.border & 0xFFFF, 3) }

    private func alignmentLetter(_ column: Int) -> String {
        content.alignments[column] == .right ? "r" : "l"
    }

    private func writeTitle(into output: inout OutputBuffer) {
        guard let title = options.title, !options.tuplesOnly else { return }
        output.append("\\begin{center}\n")
        Self.appendEscaped(Array(title.utf8), into: &output)
        output.append("\n\\end{center}\n\n")
    }

    private func writeTabular(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        if options.startTable {
            writeTitle(into: &output)
            output.append("\\begin{tabular}{")
            if border >= 2 { output.append("| ") }
            for column in 0..<columnCount {
                output.append(alignmentLetter(column))
                if border != 0 && column < columnCount - 1 { output.append(" | ") }
            }
            if border >= 2 { output.append(" |") }
            output.append("}\n")
            if !options.tuplesOnly && border >= 2 { output.append("\\hline\n") }
            if !options.tuplesOnly {
                for (column, header) in content.headers.enumerated() {
                    if column != 0 { output.append(" & ") }
                    output.append("\\textit{")
                    Self.appendEscaped(header, into: &output)
                    output.append("}")
                }
                output.append(" \\\\\n\\hline\n")
            }
        }
        writeCells(into: &output, flush: flush) { output in
            output.append(" \\\\\n")
            if border == 3 { output.append("\\hline\n") }
        }
        guard options.stopTable else { return }
        if border == 2 { output.append("\\hline\n") }
        output.append("\\end{tabular}\n\n\\noindent ")
        if !options.tuplesOnly {
            for footer in TableFooter.lines(rowCount: options.priorRows + content.rowCount, options: options) {
                Self.appendEscaped(Array(footer.utf8), into: &output)
                output.append(" \\\\\n")
            }
        }
        output.append("\n")
    }

    /// Cells separated by ` & `, each row ended by `endRow`.
    private func writeCells(
        into output: inout OutputBuffer, flush: ([UInt8]) -> Void, endRow: (inout OutputBuffer) -> Void
    ) {
        let columnCount = content.columnCount
        guard columnCount > 0 else { return }
        for row in 0..<content.rowCount {
            for column in 0..<columnCount {
                content.withCell(row: row, column: column) { Self.appendEscaped(Array($0), into: &output) }
                if column == columnCount - 1 { endRow(&output) } else { output.append(" & ") }
            }
            output.flushIfFull(flush)
        }
    }

    private func writeLongTable(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let columnCount = content.columnCount
        if options.startTable {
            output.append("\\begin{longtable}{")
            if border >= 2 { output.append("| ") }
            // `\pset tableattr` gives the widths (fractions of the text width) of the
            // left-aligned columns, in order; the last one repeats.
            var widths = (options.tableAttributes ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                .makeIterator()
            var lastWidth: Substring?
            for column in 0..<columnCount {
                if content.alignments[column] == .left, options.tableAttributes != nil {
                    if let width = widths.next() {
                        lastWidth = width
                        output.append("p{\(width)\\textwidth}")
                    } else if let lastWidth {
                        output.append("p{\(lastWidth)\\textwidth}")
                    } else {
                        output.append("l")
                    }
                } else {
                    output.append(alignmentLetter(column))
                }
                if border != 0 && column < columnCount - 1 { output.append(" | ") }
            }
            if border >= 2 { output.append(" |") }
            output.append("}\n")
            if !options.tuplesOnly {
                // The first page's head, then the head repeated on later pages.
                writeLongTableHeaders(into: &output)
                output.append("\\midrule\n\\endfirsthead\n")
                writeLongTableHeaders(into: &output)
                if border != 3 { output.append("\\midrule\n") }
                output.append("\\endhead\n")
                if let title = options.title {
                    let escaped = Self.escaped(title)
                    if border == 2 { output.append("\\bottomrule\n") }
                    output.append("\\caption[" + escaped + " (Continued)]{" + escaped + "}\n\\endfoot\n")
                    if border == 2 { output.append("\\bottomrule\n") }
                    output.append("\\caption[" + escaped + "]{" + escaped + "}\n\\endlastfoot\n")
                } else if border >= 2 {
                    output.append("\\bottomrule\n\\endfoot\n\\bottomrule\n\\endlastfoot\n")
                }
            }
        }
        if columnCount > 0 {
            for row in 0..<content.rowCount {
                for column in 0..<columnCount {
                    if column != 0 { output.append("\n&\n") }
                    output.append("\\raggedright{")
                    content.withCell(row: row, column: column) { Self.appendEscaped(Array($0), into: &output) }
                    output.append("}")
                }
                output.append(" \\tabularnewline\n")
                if border == 3 { output.append(" \\hline\n") }
                output.flushIfFull(flush)
            }
        }
        if options.stopTable { output.append("\\end{longtable}\n") }
    }

    private func writeLongTableHeaders(into output: inout OutputBuffer) {
        if border >= 2 { output.append("\\toprule\n") }
        for (column, header) in content.headers.enumerated() {
            if column != 0 { output.append(" & ") }
            output.append("\\small\\textbf{\\textit{")
            Self.appendEscaped(header, into: &output)
            output.append("}}")
        }
        output.append(" \\\\\n")
    }

    private func writeVertical(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let border = min(self.border, 2)
        if options.startTable {
            writeTitle(into: &output)
            output.append("\\begin{tabular}{")
            output.append(["cl", "c|l", "|c|l|"][border])
            output.append("}\n")
        }
        let columnCount = content.columnCount
        if columnCount > 0 {
            for row in 0..<content.rowCount {
                if !options.tuplesOnly {
                    let number = options.priorRows + row + 1
                    if border == 2 {
                        output.append("\\hline\n\\multicolumn{2}{|c|}{\\textit{Record \(number)}} \\\\\n")
                    } else {
                        output.append("\\multicolumn{2}{c}{\\textit{Record \(number)}} \\\\\n")
                    }
                }
                if border >= 1 { output.append("\\hline\n") }
                for column in 0..<columnCount {
                    Self.appendEscaped(content.headers[column], into: &output)
                    output.append(" & ")
                    content.withCell(row: row, column: column) { Self.appendEscaped(Array($0), into: &output) }
                    output.append(" \\\\\n")
                }
                output.flushIfFull(flush)
            }
        }
        guard options.stopTable else { return }
        if border == 2 { output.append("\\hline\n") }
        output.append("\\end{tabular}\n\n\\noindent ")
        if !options.tuplesOnly {
            for footer in options.footers {
                Self.appendEscaped(Array(footer.utf8), into: &output)
                output.append(" \\\\\n")
            }
        }
        output.append("\n")
    }

    static func escaped(_ text: String) -> String {
        var output = OutputBuffer()
        appendEscaped(Array(text.utf8), into: &output)
        return output.text
    }

    /// psql's LaTeX escapes for ASCII specials; a newline becomes `\\` (psql admits this is
    /// not quite right).
    static func appendEscaped(_ text: [UInt8], into output: inout OutputBuffer) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "#"): output.append("\\#")
            case UInt8(ascii: "$"): output.append("\\$")
            case UInt8(ascii: "%"): output.append("\\%")
            case UInt8(ascii: "&"): output.append("\\&")
            case UInt8(ascii: "<"): output.append("\\textless{}")
            case UInt8(ascii: ">"): output.append("\\textgreater{}")
            case UInt8(ascii: "\\"): output.append("\\textbackslash{}")
            case UInt8(ascii: "^"): output.append("\\^{}")
            case UInt8(ascii: "_"): output.append("\\_")
            case UInt8(ascii: "{"): output.append("\\{")
            case UInt8(ascii: "|"): output.append("\\textbar{}")
            case UInt8(ascii: "}"): output.append("\\}")
            case UInt8(ascii: "~"): output.append("\\~{}")
            case UInt8(ascii: "\n"): output.append("\\\\")
            default: output.append(byte: byte)
            }
        }
    }
}
