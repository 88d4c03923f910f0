import PsqlCore
import PostgresClient

/// Receives one statement's results from the server and prints them as psql does: each
/// result once it is complete (a failed result prints only its error), command tags,
/// notices and errors on stderr in the order they came. Also keeps what the learner saw,
/// bounded, for the tutor and the journal.
struct StatementPrinter: QueryConsumer {
    let output: ConsoleOutput
    let printer: TablePrinter
    /// psql's QUIET: no command tags.
    var quiet = false
    private var columns: [ResultColumn] = []
    private var rows: RowStore?
    private var keptRows: [[String?]] = []
    private var buffer = OutputBuffer(flushThreshold: OutputBuffer.streamingFlushThreshold)
    private(set) var observed: [ObservedResult] = []
    private(set) var notices: [ServerMessage] = []
    private(set) var error: ServerMessage?
    /// Where `COPY … FROM STDIN` data comes from (the session's input, or `\copy`'s file).
    var copySource: () -> CopyInput = { .end }
    /// Where `COPY … TO STDOUT` data goes; `nil` means standard output, in order with the rest.
    var copySink: ((UnsafeRawBufferPointer) -> Void)?
    /// `\gset` and `\gexec`: row results are kept whole instead of printed.
    var capturesRows = false
    private(set) var capturedResults: [(columns: [String], rows: [[String?]])] = []
    private var capturedRows: [[String?]] = []
    /// `\crosstabview`'s arguments: the last row result is pivoted (`finishCrosstab`), the
    /// others print as usual.
    var crosstabArguments: [String]?
    /// The latest row result of a `\crosstabview` query, held until it is known to be the last.
    private var pendingCrosstab: (columns: [ResultColumn], rows: RowStore, commandTag: String)?
    /// A command status was printed (psql then sets `LASTOID`).
    private(set) var printedCommandStatus = false
    /// Rows of the last result (what psql sets `ROW_COUNT` to).
    private(set) var lastRowCount: Int?

    init(output: ConsoleOutput, printer: TablePrinter) {
        self.output = output
        self.printer = printer
    }

    /// psql prints no `COPY n` after rows it copied to standard output (they are the output),
    /// but does after `\copy … to FILE`.
    private var suppressesNextCopyTag = false

    var takesPartInCopy: Bool { true }

    mutating func copyStarted(outward: Bool) {
        suppressesNextCopyTag = outward && copySink == nil
    }

    mutating func copyInput() -> CopyInput {
        flush()
        return copySource()
    }

    mutating func copyOutput(_ bytes: UnsafeRawBufferPointer) {
        if let copySink {
            copySink(bytes)
            return
        }
        buffer.append(bytes.bindMemory(to: UInt8.self))
        let sink = output
        buffer.flushIfFull { sink.writeBytes($0) }
    }

    mutating func resultStarted(columns: [ResultColumn]) {
        printPendingCrosstabResult()
        self.columns = columns
        rows = RowStore(columnCount: columns.count)
        keptRows = []
    }

    mutating func row(_ row: borrowing RowView) {
        guard rows != nil else { return }
        if capturesRows {
            capturedRows.append((0..<row.columnCount).map { row.string($0) })
            return
        }
        row.append(to: &rows!)
        if keptRows.count < ObservedResult.keptRowLimit {
            keptRows.append((0..<row.columnCount).map { row.string($0) })
        }
    }

    mutating func resultFinished(_ summary: ResultSummary) {
        switch summary.kind {
        case .tuples where capturesRows:
            capturedResults.append((columns.map(\.name), capturedRows))
            lastRowCount = capturedRows.count
            capturedRows = []
        case .tuples:
            let store = rows ?? RowStore(columnCount: columns.count)
            lastRowCount = store.rowCount
            if crosstabArguments != nil {
                pendingCrosstab = (columns, store, summary.commandTag)
            } else {
                printResult(columns: columns, rows: store, commandTag: summary.commandTag)
            }
            observed.append(ObservedResult(
                columns: columns.map(\.name), rows: keptRows, rowCount: store.rowCount, commandTag: summary.commandTag,
                columnTypes: columns.map(\.typeOID)))
        case .command:
            printPendingCrosstabResult()
            if suppressesNextCopyTag {
                suppressesNextCopyTag = false
            } else if !quiet {
                CommandStatusLine.render(summary.commandTag, format: printer.options.format, into: &buffer)
            }
            printedCommandStatus = true
            lastRowCount = summary.rowsAffected ?? 0
            observed.append(ObservedResult(columns: [], rows: [], rowCount: summary.rowsAffected ?? 0, commandTag: summary.commandTag))
        case .empty:
            break
        }
        flush()
        rows = nil
        keptRows = []
    }

    private mutating func printResult(columns: [ResultColumn], rows: RowStore, commandTag: String) {
        let sink = output
        printer.render(columns: columns, rows: rows, into: &buffer) { sink.writeBytes($0) }
        printCommandStatusAfterRows(commandTag)
    }

    private mutating func printCommandStatusAfterRows(_ commandTag: String) {
        if !quiet && CommandStatusLine.isPrintedAfterRows(commandTag: commandTag) {
            CommandStatusLine.render(commandTag, format: printer.options.format, into: &buffer)
        }
    }

    /// A row result followed by another result was not the last: psql prints it as usual.
    private mutating func printPendingCrosstabResult() {
        guard let pending = pendingCrosstab else { return }
        pendingCrosstab = nil
        printResult(columns: pending.columns, rows: pending.rows, commandTag: pending.commandTag)
        flush()
    }

    /// `\crosstabview`: pivots and prints the statement's last row result. Returns psql's
    /// message when the result cannot be pivoted (nothing is printed then).
    mutating func finishCrosstab(nullDisplay: String) -> CrosstabError? {
        guard let arguments = crosstabArguments, let pending = pendingCrosstab else { return nil }
        pendingCrosstab = nil
        switch CrosstabView.pivot(columns: pending.columns, rows: pending.rows, arguments: arguments, nullDisplay: nullDisplay) {
        case .success(let pivot):
            let sink = output
            printer.render(headers: pivot.headers, alignments: pivot.alignments, rows: pivot.rows, into: &buffer) {
                sink.writeBytes($0)
            }
            printCommandStatusAfterRows(pending.commandTag)
            flush()
            return nil
        case .failure(let error):
            return error
        }
    }

    /// One FETCH_COUNT batch, printed as its part of one table (see `PrintOptions.startTable`).
    mutating func printBatch(columns: [ResultColumn], rows: [[String?]], options: PrintOptions) {
        var store = RowStore(columnCount: columns.count)
        for row in rows {
            for cell in row { store.appendCell(cell) }
            store.finishRow()
        }
        let sink = output
        TablePrinter(options: options).render(columns: columns, rows: store, into: &buffer) { sink.writeBytes($0) }
        flush()
        let total = options.priorRows + rows.count
        if options.startTable {
            observed.append(ObservedResult(
                columns: columns.map(\.name), rows: Array(rows.prefix(ObservedResult.keptRowLimit)), rowCount: total,
                commandTag: "SELECT \(total)"))
        } else if var last = observed.popLast() {
            let room = ObservedResult.keptRowLimit - last.rows.count
            if room > 0 { last.rows += rows.prefix(room) }
            last.rowCount = total
            last.commandTag = "SELECT \(total)"
            observed.append(last)
        }
        lastRowCount = total
    }

    mutating func failed(_ error: ServerMessage) {
        suppressesNextCopyTag = false
        printPendingCrosstabResult()
        // psql shows no rows of a failed result: it only ever prints complete results.
        rows = nil
        keptRows = []
        flush()
        output.error(error.formatted)
        self.error = error
    }

    mutating func notice(_ notice: ServerMessage) {
        flush()
        output.error(notice.formatted)
        notices.append(notice)
    }

    mutating func flush() {
        let sink = output
        buffer.flush { sink.writeBytes($0) }
    }
}
