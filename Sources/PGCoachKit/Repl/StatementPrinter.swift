import PostgresClient
import PsqlCore

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
    /// `\crosstabview`'s arguments: the last row result is pivoted (`finishCrosstab`), the
    /// others print as usual.
    var crosstabArguments: [String]?
    /// The latest result, held until the next one has arrived, as psql holds it to know whether
    /// it is the last: so a later statement's notices come out before it, and only the last
    /// result of a query string goes to `\gset`, `\gexec` or `\crosstabview`.
    private var held: HeldResult?
    /// psql's `SHOW_ALL_RESULTS`: off prints only the last result of a query string.
    var showsAllResults = true
    private enum HeldResult {
        case rows(columns: [ResultColumn], rows: RowStore, commandTag: String)
        case commandTag(String)
    }
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
        releaseHeldResult()
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
        self.columns = columns
        rows = RowStore(columnCount: columns.count)
        keptRows = []
    }

    mutating func row(_ row: borrowing RowView) {
        guard rows != nil else { return }
        row.append(to: &rows!)
        if !capturesRows && keptRows.count < ObservedResult.keptRowLimit {
            keptRows.append((0..<row.columnCount).map { row.string($0) })
        }
    }

    mutating func resultFinished(_ summary: ResultSummary) {
        // This result has arrived whole: the one before it was not the last.
        releaseHeldResult()
        switch summary.kind {
        case .tuples:
            let store = rows ?? RowStore(columnCount: columns.count)
            lastRowCount = store.rowCount
            held = .rows(columns: columns, rows: store, commandTag: summary.commandTag)
            if !capturesRows {
                observed.append(
                    ObservedResult(
                        columns: columns.map(\.name), rows: keptRows, rowCount: store.rowCount,
                        commandTag: summary.commandTag, columnTypes: columns.map(\.typeOID)))
            }
        case .command:
            if suppressesNextCopyTag {
                suppressesNextCopyTag = false
            } else if !quiet {
                held = .commandTag(summary.commandTag)
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

    /// A result followed by another was not the last: psql prints it as usual.
    private mutating func releaseHeldResult(isLast: Bool = false) {
        guard let result = held else { return }
        held = nil
        guard showsAllResults || isLast else { return }
        switch result {
        case .rows(let columns, let rows, let commandTag):
            printResult(columns: columns, rows: rows, commandTag: commandTag)
        case .commandTag(let tag):
            CommandStatusLine.render(tag, format: printer.options.format, into: &buffer)
        }
        flush()
    }

    /// The query string is done: its last result is printed, or kept for `\gset`/`\gexec`
    /// (`capturedResults`), or pivoted for `\crosstabview` (psql's message when it cannot be).
    mutating func finish(nullDisplay: String) -> CrosstabError? {
        guard case .rows(let columns, let rows, let commandTag) = held else {
            releaseHeldResult(isLast: true)
            return nil
        }
        held = nil
        if capturesRows {
            let values = (0..<rows.rowCount).map { row in (0..<rows.columnCount).map { rows.string(row: row, column: $0) } }
            capturedResults.append((columns.map(\.name), values))
            return nil
        }
        guard let arguments = crosstabArguments else {
            printResult(columns: columns, rows: rows, commandTag: commandTag)
            flush()
            return nil
        }
        switch CrosstabView.pivot(columns: columns, rows: rows, arguments: arguments, nullDisplay: nullDisplay) {
        case .success(let pivot):
            let sink = output
            printer.render(headers: pivot.headers, alignments: pivot.alignments, rows: pivot.rows, into: &buffer) {
                sink.writeBytes($0)
            }
            printCommandStatusAfterRows(commandTag)
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
            observed.append(
                ObservedResult(
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
        releaseHeldResult()
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
