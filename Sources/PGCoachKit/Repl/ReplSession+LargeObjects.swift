import PostgresClient
import PsqlCore

/// psql's `\lo_import FILE [COMMENT]`, `\lo_export OID FILE` and `\lo_unlink OID`: libpq's
/// client-side large-object calls, in a transaction of their own unless one is open, with
/// psql's result lines (`lo_import 16403`).
extension ReplSession {
    func runLargeObjectImport(_ command: MetaCommand) {
        guard let path = requiredArgument(command, 0) else { return }
        let comment = command.arguments.count > 1 ? command.arguments[1] : nil
        warnExtraArguments(command, beyond: 2)
        inLargeObjectTransaction("\\lo_import") { () throws(Connection.LargeObjectFailure) -> String? in
            let oid = try connection.importLargeObject(fromFile: path)
            if let comment {
                let escaped = comment.replacingOccurrences(of: "'", with: "''")
                let literal =
                    comment.contains("\\") ? "E'" + escaped.replacingOccurrences(of: "\\", with: "\\\\") + "'" : "'" + escaped + "'"
                guard runHidden("COMMENT ON LARGE OBJECT \(oid) IS \(literal)") else { return nil }
            }
            // psql keeps the new object's OID in LASTOID (scripts use it for the next command).
            variables.set("LASTOID", String(oid))
            return "lo_import \(oid)"
        }
    }

    func runLargeObjectExport(_ command: MetaCommand) {
        guard let oidText = requiredArgument(command, 0), let path = requiredArgument(command, 1) else { return }
        warnExtraArguments(command, beyond: 2)
        inLargeObjectTransaction("\\lo_export") { () throws(Connection.LargeObjectFailure) -> String? in
            try connection.exportLargeObject(Self.oid(oidText), toFile: path)
            return "lo_export"
        }
    }

    func runLargeObjectUnlink(_ command: MetaCommand) {
        guard let oidText = requiredArgument(command, 0) else { return }
        warnExtraArguments(command, beyond: 1)
        let oid = Self.oid(oidText)
        inLargeObjectTransaction("\\lo_unlink") { () throws(Connection.LargeObjectFailure) -> String? in
            try connection.unlinkLargeObject(oid)
            return "lo_unlink \(oid)"
        }
    }

    /// C's `strtoul` as psql's `atooid` uses it: leading digits, 0 when there are none.
    static func oid(_ text: String) -> UInt32 {
        UInt32(text.trimmingPrefix(while: { $0 == " " }).prefix { $0.isASCII && $0.isNumber }) ?? 0
    }

    private func requiredArgument(_ command: MetaCommand, _ index: Int) -> String? {
        guard command.arguments.count > index else {
            output.errorLine("\\\(command.name): missing required argument")
            itemSucceeded = false
            return nil
        }
        return command.arguments[index]
    }

    /// psql's `start_lo_xact` / `finish_lo_xact` / `fail_lo_xact` around `body`, which returns
    /// the line to print, or nil after reporting its own failure.
    private func inLargeObjectTransaction(
        _ operation: String, _ body: () throws(Connection.LargeObjectFailure) -> String?
    ) {
        // Only the printed result line counts as success (for ON_ERROR_STOP).
        itemSucceeded = false
        var ownTransaction = false
        switch connection.transactionState {
        case .idle:
            guard runHidden("BEGIN") else { return }
            ownTransaction = true
        case .inTransaction:
            break
        case .inFailedTransaction:
            output.errorLine("\(operation): current transaction is aborted")
            return
        default:
            output.errorLine("\(operation): unknown transaction status")
            return
        }
        let line: String?
        do {
            line = try body()
        } catch {
            var message = error.message
            if message.hasSuffix("\n") { message.removeLast() }
            output.errorLine(message)
            line = nil
        }
        guard let line else {
            if ownTransaction { _ = runHidden("ROLLBACK") }
            return
        }
        if ownTransaction && !runHidden("COMMIT") {
            _ = runHidden("ROLLBACK")
            return
        }
        itemSucceeded = true
        // psql prints the result to the query output (`\o`), unless QUIET.
        guard !variables.quiet else { return }
        if settings.print.format == .html {
            queryOutput.line("<p>\(line)</p>")
        } else {
            queryOutput.line(line)
        }
    }

    /// Runs a statement psql runs behind the learner's back; prints its error as psql would.
    func runHidden(_ sql: String) -> Bool {
        do {
            _ = try connection.query(sql)
            return true
        } catch {
            switch error {
            case .server(let message):
                output.error(message.formatted)
                lastError = message
            case .connectionLost(let lost):
                output.error(lost.formatted)
                recoverLostConnection()
            }
            return false
        }
    }
}
