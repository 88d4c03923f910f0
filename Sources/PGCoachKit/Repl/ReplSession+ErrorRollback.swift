import PostgresClient
import PsqlCore

/// psql's `ON_ERROR_ROLLBACK`: inside a transaction each query string runs after a savepoint
/// of psql's own, rolled back to if it failed (so the transaction goes on) and released if not.
extension ReplSession {
    static let errorRollbackSavepoint = "pg_psql_temporary_savepoint"

    /// Sets the savepoint when `ON_ERROR_ROLLBACK` asks for one (`on`, or `interactive` with a
    /// person typing) and a transaction is open. Returns whether it did; a failure is printed
    /// and the statement must not run (`nil`).
    func beginErrorRollbackSavepoint() -> Bool? {
        let mode = (variables["ON_ERROR_ROLLBACK"] ?? "off").lowercased()
        let wanted = mode == "interactive" ? isInteractiveInput : (PsqlBoolean.parse(mode) ?? false)
        guard wanted, connection.transactionState == .inTransaction else { return false }
        do {
            _ = try connection.query("SAVEPOINT \(Self.errorRollbackSavepoint)")
            return true
        } catch {
            reportSavepointFailure(error)
            return nil
        }
    }

    /// After the query string: back to the savepoint after an error, release it otherwise,
    /// unless the statements ended the transaction or handled savepoints themselves.
    func endErrorRollbackSavepoint(commandTags: [String]) {
        let command: String
        switch connection.transactionState {
        case .inFailedTransaction:
            command = "ROLLBACK TO \(Self.errorRollbackSavepoint)"
        case .inTransaction:
            // psql's svpt_gone: the statements did their own savepoint or transaction work.
            if commandTags.contains(where: { ["COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK"].contains($0) }) { return }
            command = "RELEASE \(Self.errorRollbackSavepoint)"
        default:
            return
        }
        do {
            _ = try connection.query(command)
        } catch {
            reportSavepointFailure(error)
        }
    }

    private func reportSavepointFailure(_ error: QueryError) {
        switch error {
        case .server(let message): output.error(message.formatted)
        case .connectionLost(let lost):
            output.error(lost.formatted)
            recoverLostConnection()
        }
    }
}
