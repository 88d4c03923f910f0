import LibC
import PostgresClient
import PsqlCore

/// Sending the query buffer: `\g` / `\gx` with print options and an output file, `\gset`,
/// `\gexec`, and AUTOCOMMIT's implicit `BEGIN`.
extension ReplSession {
    /// `\g [(OPTION=VALUE ...)] [FILE|'|'COMMAND]` and `\gx …`.
    func sendBuffer(_ command: MetaCommand, expanded: Bool) {
        var arguments = command.arguments[...]
        // psql applies `\g (…)` options to a copy of the `\pset` state, for this query only.
        var print = settings.print
        if let first = arguments.first, first.hasPrefix("(") {
            var tokens: [String] = []
            var closed = false
            while let token = arguments.popFirst() {
                var text = token
                if tokens.isEmpty { text.removeFirst() }
                if text.hasSuffix(")") {
                    text.removeLast()
                    closed = true
                }
                if !text.isEmpty { tokens.append(text) }
                if closed { break }
            }
            if !closed {
                output.errorLine("\\\(command.name): missing right parenthesis")
                itemSucceeded = false
                return
            }
            for token in tokens {
                let parts = token.split(separator: "=", maxSplits: 1)
                let name = String(parts[0])
                let value = parts.count > 1 ? String(parts[1]) : nil
                if case .failed(let message) = print.apply(name, value) {
                    output.errorLine(message)
                    itemSucceeded = false
                    return
                }
            }
        }
        var options = print.printOptions
        options.terminalColumns = settings.terminalColumns
        if expanded { options.expanded = .on }
        let text = scanner.takeBufferForSending()
        var target: OutputTarget?
        if let file = arguments.first {
            guard let opened = OutputTarget(file) else {
                output.errorLine("\(file): \(String(cString: strerror(errno)))")
                itemSucceeded = false
                return
            }
            target = opened
        }
        runStatement(text, options: options, target: target?.console)
        target?.close()
        itemSucceeded = !lastStatementFailed
    }

    /// `\gset [PREFIX]`: runs the buffer; its one row's columns become variables (NULL unsets).
    func sendBufferStoringVariables(prefix: String?) {
        let text = scanner.takeBufferForSending()
        let results = runStatement(text, capturingRows: true)
        guard !lastStatementFailed else {
            itemSucceeded = false
            return
        }
        guard let result = results.last else { return }
        guard result.rows.count == 1 else {
            output.errorLine(result.rows.isEmpty ? "no rows returned for \\gset" : "more than one row returned for \\gset")
            itemSucceeded = false
            return
        }
        for (column, value) in zip(result.columns, result.rows[0]) {
            let name = (prefix ?? "") + column
            if Self.hookedVariableNames.contains(name) {
                output.warningLine("attempt to \\gset into specially treated variable \"\(name)\" ignored")
                continue
            }
            if let error = variables.set(name, value) {
                output.errorLine(error)
                itemSucceeded = false
                return
            }
        }
    }

    /// Variables psql guards with hooks; `\gset` leaves them alone.
    static let hookedVariableNames: Set<String> = [
        "AUTOCOMMIT", "ON_ERROR_STOP", "QUIET", "SINGLELINE", "SINGLESTEP", "FETCH_COUNT", "HISTFILE", "HISTSIZE",
        "IGNOREEOF", "ECHO", "ECHO_HIDDEN", "ON_ERROR_ROLLBACK", "COMP_KEYWORD_CASE", "HISTCONTROL", "PROMPT1",
        "PROMPT2", "PROMPT3", "VERBOSITY", "SHOW_ALL_RESULTS", "SHOW_CONTEXT", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM",
    ]

    /// `\gexec`: runs the buffer, then each non-NULL value of its result as a statement, row by
    /// row, left to right (stopping at an error under ON_ERROR_STOP).
    func sendBufferExecutingResult() {
        let text = scanner.takeBufferForSending()
        let results = runStatement(text, capturingRows: true)
        guard !lastStatementFailed else {
            itemSucceeded = false
            return
        }
        var allWorked = true
        outer: for result in results {
            for row in result.rows {
                for case let query? in row {
                    if variables.echo == .all { output.line(query) }
                    runStatement(query)
                    if lastStatementFailed {
                        allWorked = false
                        if variables.onErrorStop { break outer }
                    }
                }
            }
        }
        itemSucceeded = allWorked
    }

    /// `\gdesc`: the columns the query buffer would return, and their types, without running
    /// it (psql prepares it and prints the description through a VALUES query).
    func describeBuffer() {
        let text = scanner.takeBufferForSending()
        let columns: [Connection.DescribedColumn]
        if variables.echo == .queries { output.line(text) }
        do {
            columns = try connection.describeResult(of: text)
        } catch {
            switch error {
            case .server(let message):
                output.error(message.formatted)
                lastError = message
                publishQueryOutcome(error: message, rowCount: nil)
            case .connectionLost(let lost):
                output.error(lost.formatted)
                recoverLostConnection()
            }
            itemSucceeded = false
            return
        }
        guard !columns.isEmpty else {
            queryOutput.line("The command has no result, or the result has no columns.")
            return
        }
        let values = columns.map { "(\(VariableQuoting.literal($0.name)), '\($0.typeOID)'::pg_catalog.oid, \($0.typeModifier))" }
        let description =
            "SELECT name AS \"Column\", pg_catalog.format_type(tp, tpm) AS \"Type\"\nFROM (VALUES "
            + values.joined(separator: ",") + ") s(name, tp, tpm)"
        let previous = scanner.previousBuffer
        // ECHO queries shows the learner's statement, not the description query.
        runStatement(description, echoesQuery: false)
        scanner.restorePreviousBuffer(previous)
        itemSucceeded = !lastStatementFailed
    }

    /// AUTOCOMMIT off: psql opens a transaction before a statement when none is open.
    func beginImplicitTransactionIfNeeded(_ sql: String) {
        guard !variables.autocommit, connection.transactionState == .idle, ImplicitTransaction.needsBegin(sql) else { return }
        _ = try? connection.query("BEGIN")
    }
}
