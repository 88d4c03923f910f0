import Foundation
import PostgresClient
import TutorCore

/// `plan:` probes: EXPLAIN the lesson's query the way the application would run it, in a
/// transaction that is rolled back, and hand the judge only the verdict on the plan's shape.
extension LessonEnvironment {
    static let preparedPlanName = "pgcoach_plan_probe"

    func planProbeEach(_ plan: PlanProbe, in databases: [String]) -> [String: Observations.Probe] {
        var answers: [String: Observations.Probe] = [:]
        for database in databases {
            do {
                let lines = try planLines(plan, in: database)
                let verdict = PlanShape.verdict(lines: lines, require: plan.require, forbid: plan.forbid)
                answers[database] = .plan(matches: verdict.matches, reason: verdict.reason)
            } catch {
                answers[database] = .failed((error as? ScriptFailure)?.message ?? "\(error)")
            }
        }
        return answers
    }

    /// The plan's lines. With a role, a fresh connection logs in as it (its `ALTER ROLE … SET`
    /// settings and row-level security apply, as in the application's session); otherwise
    /// the superuser checker plans it.
    func planLines(_ plan: PlanProbe, in database: String) throws -> [String] {
        let connection: Connection
        if let role = plan.role {
            connection = try Self.connect(
                server.conninfo(database: database, user: role), name: Self.checkerName, what: "plan as \(role)",
                options: "-c lock_timeout=1s -c statement_timeout=5s")
        } else {
            connection = try checker(database)
        }
        return try Self.explain(plan, on: connection)
    }

    static func explain(_ plan: PlanProbe, on connection: Connection) throws -> [String] {
        var prepared = false
        defer {
            _ = try? connection.query("ROLLBACK")
            if prepared { _ = try? connection.query("DEALLOCATE \(preparedPlanName)") }
        }
        do {
            _ = try connection.query("BEGIN")
            for setting in plan.settings {
                _ = try connection.query("SELECT pg_catalog.set_config($1, $2, true)", parameters: [setting.name, setting.value])
            }
            let statement: String
            if plan.params.isEmpty {
                statement = plan.sql
            } else {
                // PREPARE is not undone by ROLLBACK: the defer deallocates it.
                _ = try connection.query("PREPARE \(preparedPlanName) AS \(plan.sql)")
                prepared = true
                statement = "EXECUTE \(preparedPlanName)(" + plan.params.map(quoteLiteral).joined(separator: ", ") + ")"
            }
            let result = try connection.query(plan.explainPrefix + statement)
            return result.rows.map { ($0.first ?? nil) ?? "" }
        } catch {
            switch error {
            case .server(let message): throw ScriptFailure(what: "plan", message: message.message)
            case .connectionLost(let lost): throw ScriptFailure(what: "plan", message: lost.description)
            }
        }
    }

    /// A SQL string literal (an untyped constant: PostgreSQL gives it the parameter's type).
    static func quoteLiteral(_ value: String) -> String {
        let escaped = value.replacingOccurrences(of: "'", with: "''")
        if value.contains("\\") { return "E'" + escaped.replacingOccurrences(of: "\\", with: "\\\\") + "'" }
        return "'" + escaped + "'"
    }
}
