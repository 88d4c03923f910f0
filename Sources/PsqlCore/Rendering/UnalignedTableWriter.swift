/// Writes psql's `unaligned` format (`\a`): values as they are, joined by the field separator,
/// records ended by the record separator, the last one by a newline.
///
/// ```
/// id|name
/// 1|first
/// (1 row)
/// ```
/// Expanded (`\x`), each value is `name|value` on its own record, records set apart by two
/// record separators, and only a command's own footers are printed (never `(N rows)`).
struct UnalignedTableWriter: FormatTableWriter {
    let content: TableContent
    let options: PrintOptions

    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void) {
        let fieldSeparator = options.fieldSeparator.bytes
        let recordSeparator = options.recordSeparator.bytes
        let columnCount = content.columnCount
        // A later FETCH_COUNT batch continues the printout: the batch before left its last
        // record unterminated.
        var needsRecordSeparator = !options.startTable
        if options.startTable, let title = options.title, !options.tuplesOnly {
            output.append(title)
            if expanded {
                needsRecordSeparator = true
            } else {
                output.append(recordSeparator)
            }
        }
        if options.startTable && !expanded && !options.tuplesOnly {
            for (index, header) in content.headers.enumerated() {
                if index > 0 { output.append(fieldSeparator) }
                output.append(header)
            }
            needsRecordSeparator = true
        }
        if columnCount > 0 {
            for row in 0..<content.rowCount {
                for column in 0..<columnCount {
                    if needsRecordSeparator {
                        output.append(recordSeparator)
                        if expanded { output.append(recordSeparator) }
                        needsRecordSeparator = false
                    }
                    if expanded {
                        output.append(content.headers[column])
                        output.append(fieldSeparator)
                    }
                    content.withCell(row: row, column: column) { output.append($0) }
                    if column < columnCount - 1 {
                        output.append(expanded ? recordSeparator : fieldSeparator)
                    } else {
                        needsRecordSeparator = true
                    }
                }
                output.flushIfFull(flush)
            }
        }
        // Only the last batch ends the table.
        guard options.stopTable else { return }
        if !options.tuplesOnly {
            if expanded {
                if !options.footers.isEmpty {
                    output.append(recordSeparator)
                    for footer in options.footers {
                        output.append(recordSeparator)
                        output.append(footer)
                    }
                }
            } else {
                for footer in TableFooter.lines(rowCount: options.priorRows + content.rowCount, options: options) {
                    if needsRecordSeparator { output.append(recordSeparator) }
                    output.append(footer)
                    needsRecordSeparator = true
                }
            }
        }
        // The last record ends with a newline whatever the separator, unless it is a zero byte.
        if needsRecordSeparator {
            output.append(options.recordSeparator == .zero ? [0] : [UInt8(ascii: "\n")])
        }
    }
}
