import CSignals
import Dispatch
import Foundation
import PostgresClient
import PsqlCore

extension ReplSession {
    /// The printer for the current `\pset` state (`\gx` forces expanded output).
    func tablePrinter(expandedOverride: Bool? = nil) -> TablePrinter {
        var options = settings.print.printOptions
        if let expandedOverride { options.expanded = expandedOverride ? .on : .off }
        options.terminalColumns = settings.terminalColumns
        return TablePrinter(options: options)
    }

    /// Sends one statement (as the scanner produced it), prints its results, publishes it as
    /// events, and recovers the connection if the server dropped it.
    ///
    /// - Parameters:
    ///   - options: print options for this statement only (`\g (…)`), else the session's.
    ///   - target: where results go (`\g FILE`), else the query output (`\o`).
    ///   - capturingRows: keep row results instead of printing them (`\gset`, `\gexec`).
    ///   - copySource: where `COPY … FROM STDIN` reads (`\copy`'s file), else the session's input.
    ///   - copySink: where `COPY … TO STDOUT` writes (`\copy`'s file), else the results' target.
    ///   - crosstab: `\crosstabview`'s arguments: the last row result is pivoted.
    /// - Returns: the captured row results.
    @discardableResult
    func runStatement(
        _ sql: String, expandedOverride: Bool? = nil, title: String? = nil, options: PrintOptions? = nil,
        target: ConsoleOutput? = nil, capturingRows: Bool = false, echoesQuery: Bool = true,
        copySource: (() -> CopyInput)? = nil, copySink: ((UnsafeRawBufferPointer) -> Void)? = nil,
        crosstab: [String]? = nil
    ) -> [(columns: [String], rows: [[String?]])] {
        if variables.echo == .queries && echoesQuery { output.line(sql) }
        reconnectIfDropped()
        events.publish(.inputStarting(sql, kind: .sql, location: location))
        beginImplicitTransactionIfNeeded(sql)
        guard let usesSavepoint = beginErrorRollbackSavepoint() else {
            lastStatementFailed = true
            return []
        }
        let location = self.location
        var tablePrinter = tablePrinter(expandedOverride: expandedOverride)
        if let options { tablePrinter.options = options }
        if let title { tablePrinter.options.title = title }
        var printer = StatementPrinter(output: target ?? queryOutput, printer: tablePrinter)
        printer.quiet = variables.quiet
        printer.capturesRows = capturingRows
        printer.copySource = copySource ?? inputCopySource()
        printer.copySink = copySink
        printer.crosstabArguments = crosstab
        printer.showsAllResults = PsqlBoolean.parse(variables["SHOW_ALL_RESULTS"] ?? "on") ?? true
        pgcoach_sigint_reset()
        let watchdog = scriptWatchdog()
        let started = ContinuousClock.now
        var lost: ConnectionLost?
        pgcoach_set_query_running(1)
        do {
            if !capturingRows && crosstab == nil && CursorFetch.usesCursor(sql, fetchCount: variables.fetchCount) {
                try fetchWithCursor(sql, into: &printer)
            } else {
                try connection.execute(sql, streaming: true, into: &printer)
            }
        } catch {
            lost = error
        }
        pgcoach_set_query_running(0)
        let elapsed = Self.milliseconds(ContinuousClock.now - started)
        let timedOut = watchdog?.finish() ?? false
        let crosstabFailure = printer.finish(nullDisplay: settings.print.nullDisplay)
        if usesSavepoint && lost == nil { endErrorRollbackSavepoint(commandTags: printer.observed.map(\.commandTag)) }
        printer.flush()
        if let crosstabFailure { output.errorLine("\\crosstabview: " + crosstabFailure.message) }
        if timedOut {
            output.errorLine(
                "pgcoach: the statement was still running after \(TimingFormat.formatFixed(configuration.scriptStatementTimeout ?? 0, decimals: 0)) s and was cancelled (script mode; change with --statement-timeout)"
            )
        }
        if let error = printer.error { lastError = error }
        lastStatementFailed = printer.error != nil || lost != nil || timedOut || crosstabFailure != nil
        if lastStatementFailed && variables.echo == .errors { output.error("STATEMENT:  \(sql)\n") }
        publishQueryOutcome(error: printer.error, rowCount: printer.lastRowCount)
        // Tables have no OIDs since PostgreSQL 12: psql's LASTOID is always 0 after a command.
        if printer.printedCommandStatus { variables.set("LASTOID", "0") }
        if settings.timing && lost == nil {
            output.line(TimingFormat.line(milliseconds: elapsed))
        }
        let record = ExecutionRecord(
            kind: .sql, input: sql, database: location, results: printer.observed, error: printer.error,
            notices: printer.notices, durationMilliseconds: elapsed, transactionState: connection.transactionState,
            connectionLost: lost != nil)
        if let lost {
            output.error(lost.formatted)
            recoverLostConnection()
        }
        publish(record)
        return printer.capturedResults
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// The backend may have been terminated while the learner was typing (from another session,
    /// or by a `\reset`). psql finds out only when the next statement fails and is lost; we look
    /// before sending, reconnect, say so, and run the statement.
    func reconnectIfDropped() {
        guard !connection.isAliveWithoutBlocking() else { return }
        let database = connection.database
        do {
            try resetConnection()
            output.errorLine(
                "pgcoach: the server closed this session's connection (its backend was terminated or the server restarted); reconnected to \"\(database)\"."
            )
        } catch {
            output.errorLine(
                "pgcoach: the connection to the server is gone and reconnecting failed (\(error)); \\reset rebuilds a lesson's sandbox, \\q leaves."
            )
        }
    }

    /// Reconnects with the same parameters and takes the fresh backend up as the learner's.
    func resetConnection() throws {
        try connection.reset()
        adopt(connection)
    }

    /// psql's answer to a dropped connection: say so, reconnect to the same database, go on.
    func recoverLostConnection() {
        do {
            try resetConnection()
            output.errorLine("The connection to the server was lost. Attempting reset: Succeeded.")
        } catch {
            output.errorLine("The connection to the server was lost. Attempting reset: Failed.")
            output.errorLine(
                "pgcoach: cannot reach the server (\(error)); \\reset rebuilds a lesson's sandbox, \\q leaves.")
        }
    }

    /// In script mode a statement must not hang forever behind a lock: cancel it after
    /// `scriptStatementTimeout` seconds. Interactive users have Ctrl-C instead.
    func scriptWatchdog() -> StatementWatchdog? {
        guard !reader.isInteractive, let seconds = configuration.scriptStatementTimeout, seconds > 0,
            let handle = try? connection.makeCancelHandle()
        else { return nil }
        return StatementWatchdog(seconds: seconds, handle: handle)
    }
}

/// Cancels a running statement from a timer thread unless finished first.
final class StatementWatchdog: @unchecked Sendable {
    // Guarded by `lock`: the timer thread and the REPL thread both touch `state`.
    private let lock = NSLock()
    private var state = 0  // 0 running, 1 finished, 2 fired
    private let handle: CancelHandle

    init(seconds: Double, handle: CancelHandle) {
        self.handle = handle
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.withLock {
                guard state == 0 else { return }
                state = 2
                try? handle.cancel()
            }
        }
    }

    /// Marks the statement finished; returns true when the watchdog had cancelled it.
    func finish() -> Bool {
        lock.withLock {
            let fired = state == 2
            state = 1
            return fired
        }
    }
}
