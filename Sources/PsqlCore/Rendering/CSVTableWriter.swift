/// Writes psql's `csv` format: a header line (unless tuples only), then one line per row;
/// never a title or footer. Expanded, one `name,value` line per value.
///
/// A value is quoted (quotes doubled) when it holds the separator, a quote, CR or LF, or is
/// exactly `\.`, or when the separator is `\` or `.`: so that no line can end a `COPY`.
struct CSVTableWriter: FormatTableWriter {
    let content: TableContent
    let options: PrintOptions

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let separator = options.csvFieldSeparator
        let columnCount = content.columnCount
        // Later FETCH_COUNT batches continue the rows under the first batch's header.
        if options.startTable && !expanded && !options.tuplesOnly {
            for (index, header) in content.headers.enumerated() {
                if index > 0 { output.append(byte: separator) }
                header.withUnsafeBufferPointer { Self.appendField($0, separator: separator, into: &output) }
            }
            output.append(byte: UInt8(ascii: "\n"))
        }
        guard columnCount > 0 else { return }
        for row in 0..<content.rowCount {
            for column in 0..<columnCount {
                if expanded {
                    content.headers[column].withUnsafeBufferPointer {
                        Self.appendField($0, separator: separator, into: &output)
                    }
                    output.append(byte: separator)
                }
                content.withCell(row: row, column: column) {
                    Self.appendField($0, separator: separator, into: &output)
                }
                if expanded || column == columnCount - 1 {
                    output.append(byte: UInt8(ascii: "\n"))
                } else {
                    output.append(byte: separator)
                }
            }
            output.flushIfFull(flush)
        }
    }

    static func appendField(_ field: UnsafeBufferPointer<UInt8>, separator: UInt8, into output: inout OutputBuffer) {
        let quote = UInt8(ascii: "\"")
        let needsQuotes =
            separator == UInt8(ascii: "\\") || separator == UInt8(ascii: ".")
            || field.contains { $0 == separator || $0 == quote || $0 == 0x0A || $0 == 0x0D }
            || field.elementsEqual([UInt8(ascii: "\\"), UInt8(ascii: ".")])
        guard needsQuotes else {
            output.append(field)
            return
        }
        output.append(byte: quote)
        for byte in field {
            if byte == quote { output.append(byte: quote) }
            output.append(byte: byte)
        }
        output.append(byte: quote)
    }
}
