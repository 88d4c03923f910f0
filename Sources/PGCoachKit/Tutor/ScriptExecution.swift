import PostgresClient
import PsqlCore

/// Runs pgcoach's own multi-statement SQL (lesson setup) and reports the first failure.
struct ScriptFailure: Error, CustomStringConvertible {
    var what: String
    var message: String
    var description: String { "\(what): \(message)" }
}

private struct FirstErrorConsumer: QueryConsumer {
    var error: ServerMessage?
    mutating func resultStarted(columns: [ResultColumn]) {}
    mutating func row(_ row: borrowing RowView) {}
    mutating func resultFinished(_ summary: ResultSummary) {}
    mutating func failed(_ error: ServerMessage) { if self.error == nil { self.error = error } }
    mutating func notice(_ notice: ServerMessage) {}
}

extension Connection {
    /// Runs every statement of `sql`; throws the first error with `what` naming the step.
    func runScript(_ sql: String, what: String) throws {
        guard !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        var consumer = FirstErrorConsumer()
        do {
            try execute(sql, streaming: false, into: &consumer)
        } catch {
            throw ScriptFailure(what: what, message: error.description)
        }
        if let error = consumer.error {
            throw ScriptFailure(what: what, message: error.formatted.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Runs setup steps, each as its own query (so `VACUUM` or `ALTER SYSTEM` can stand alone).
    func runSteps(_ steps: [String], what: String) throws {
        for (i, step) in steps.enumerated() {
            try runScript(step, what: steps.count > 1 ? "\(what)[\(i)]" : what)
        }
    }

    /// The first column of the first row of a one-statement query, or nil for NULL/no row.
    func scalar(_ sql: String, parameters: [String?] = []) throws(QueryError) -> String? {
        let result = try query(sql, parameters: parameters)
        return result.rows.first?.first ?? nil
    }
}
