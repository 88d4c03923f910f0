/// Prints tables exactly as psql 15 does by default, so pgcoach's output diffs clean against
/// `psql -X`: query results, and the titled tables with footers of describe commands.
///
/// Output streams: rows are appended to an `OutputBuffer`, which is handed to `flush` whenever
/// it passes its threshold. The result is read twice (measure, then write), never copied.
public struct TablePrinter: Sendable {
    /// The `\pset` / `\x` state to print with.
    public var options: PrintOptions

    /// A printer with the given options (psql's defaults unless changed).
    public init(options: PrintOptions = PrintOptions()) {
        self.options = options
    }

    /// Prints a query result: headers are the column names, alignment follows the column types.
    ///
    /// Ends with the blank line psql prints after every table; leftover bytes stay in `output`.
    public func render(
        columns: [ResultColumn], rows: RowStore,
        into output: inout OutputBuffer, flush: ([UInt8]) -> Void = { _ in }
    ) {
        render(
            headers: columns.map(\.name), alignments: columns.map { ColumnAlignment(typeOID: $0.typeOID) },
            rows: rows, into: &output, flush: flush)
    }

    /// Prints a table with caller-chosen headers and alignments, as describe commands do.
    public func render(
        headers: [String], alignments: [ColumnAlignment], rows: RowStore,
        into output: inout OutputBuffer, flush: ([UInt8]) -> Void = { _ in }
    ) {
        let content = TableContent(headers: headers, alignments: alignments, rows: rows, options: options)
        let writer: (any FormatTableWriter.Type)? =
            switch options.format {
            case .unaligned: UnalignedTableWriter.self
            case .csv: CSVTableWriter.self
            case .html: HTMLTableWriter.self
            case .asciidoc: AsciiDocTableWriter.self
            case .latex, .latexLongtable: LaTeXTableWriter.self
            case .troffMs: TroffTableWriter.self
            case .aligned, .wrapped: nil
            }
        if let writer {
            writer.init(content: content, options: options).write(into: &output, flush: flush)
            return
        }
        let measurement = TableMeasurement(content)
        if isExpanded(content, measurement) {
            ExpandedTableWriter(content: content, measurement: measurement, options: options)
                .write(into: &output, flush: flush)
        } else {
            AlignedTableWriter(content: content, measurement: measurement, options: options)
                .write(into: &output, flush: flush)
        }
    }

    /// Prints a small table given as strings (`nil` is NULL), e.g. the rows of `\d`.
    public func render(
        headers: [String], alignments: [ColumnAlignment], rows: [[String?]],
        into output: inout OutputBuffer, flush: ([UInt8]) -> Void = { _ in }
    ) {
        var store = RowStore(columnCount: headers.count)
        for row in rows {
            for cell in row { store.appendCell(cell) }
            store.finishRow()
        }
        render(headers: headers, alignments: alignments, rows: store, into: &output, flush: flush)
    }

    /// Whether this table comes out expanded. `\x auto` expands only a table of two or more
    /// columns that is wider than a known terminal, like psql.
    private func isExpanded(_ content: TableContent, _ measurement: TableMeasurement) -> Bool {
        switch options.expanded {
        case .off: return false
        case .on: return true
        case .auto:
            let columns = options.outputColumns
            guard columns > 0, content.columnCount > 1 else { return false }
            let border = min(max(options.border, 0), 2)
            var total = measurement.alignedTotalWidth(border: border)
            if options.format == .wrapped {
                total =
                    WrappedLayout(content: content, measurement: measurement, border: border, targetWidth: columns)
                    .totalWidth
            }
            return columns < total
        }
    }
}
