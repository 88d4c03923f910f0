import CSignals
import PostgresClient
import PsqlCore

/// FETCH_COUNT: psql reads a SELECT through a cursor, FETCH_COUNT rows at a time, and prints
/// each batch as it comes (widths per batch, headers once, `(N rows)` at the end), so a huge
/// result never sits in memory whole. pgcoach does the same, statement for statement.
extension ReplSession {
    /// Runs `sql` through `_psql_cursor` inside a transaction (one is opened and closed around
    /// it when none is open), printing into `printer`.
    func fetchWithCursor(_ sql: String, into printer: inout StatementPrinter) throws(ConnectionLost) {
        let fetchCount = variables.fetchCount
        var startedTransaction = false
        func run(_ command: String) throws(ConnectionLost) -> SimpleResult? {
            let result: SimpleResult
            do {
                result = try connection.query(command)
            } catch {
                switch error {
                case .server(let message):
                    printer.failed(message)
                    return nil
                case .connectionLost(let lost):
                    throw lost
                }
            }
            for notice in result.notices { printer.notice(notice) }
            return result
        }
        if connection.transactionState == .idle {
            guard try run("BEGIN") != nil else { return }
            startedTransaction = true
        }
        var succeeded = try run("DECLARE _psql_cursor NO SCROLL CURSOR FOR\n" + sql) != nil
        if succeeded {
            var options = printer.printer.options
            var prior = 0
            while true {
                guard let batch = try run("FETCH FORWARD \(fetchCount) FROM _psql_cursor") else {
                    succeeded = false
                    break
                }
                options.stopTable = batch.rows.count < fetchCount
                options.priorRows = prior
                printer.printBatch(columns: batch.columns, rows: batch.rows, options: options)
                options.startTable = false
                prior += batch.rows.count
                if batch.rows.count < fetchCount || pgcoach_sigint_pending() != 0 { break }
            }
            if succeeded { _ = try run("CLOSE _psql_cursor") }
        }
        if startedTransaction {
            _ = try? connection.query(succeeded ? "COMMIT" : "ROLLBACK")
        }
    }
}
