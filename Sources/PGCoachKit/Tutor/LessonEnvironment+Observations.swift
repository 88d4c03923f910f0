import Foundation
import PGCoachCore
import PostgresClient

/// What the judge compares against: the state right after setup, background sessions started.
struct Baseline {
    var trapProbes: [String: [String: Observations.Probe]] = [:]
    /// Preserve rule index → database → rows.
    var preserved: [Int: [String: Observations.TableRows]] = [:]
    var privileges: [String: Set<String>] = [:]
    var settings: Set<SettingAssignment> = []
}

extension LessonEnvironment {
    /// Workload, fix checks, traps and audits against the current state: the raw facts for the
    /// judge. Deterministic for a given state.
    func evaluate() -> Observations {
        let t0 = ContinuousClock.now
        settleSessions()
        let t1 = ContinuousClock.now
        let workload = runWorkload()
        let t2 = ContinuousClock.now
        defer { Trace.note("evaluate: settle \(t1 - t0), workload \(t2 - t1), probes and audits \(ContinuousClock.now - t2)") }
        pollSessions()
        var observed = Observations(workload: workload, sessionFates: sessionFates)
        observed.checkProbes = checkProbes(lesson.checks)
        for trap in lesson.traps {
            if let sql = trap.sql { observed.trapProbes[trap.id] = probeEach(sql, in: trap.databases) }
            if let plan = trap.plan { observed.trapProbes[trap.id] = planProbeEach(plan, in: trap.databases) }
        }
        observed.trapBaseline = baseline.trapProbes
        for (index, byDatabase) in baseline.preserved.sorted(by: { $0.key < $1.key }) {
            let rule = lesson.preserve[index]
            for (database, before) in byDatabase.sorted(by: { $0.key < $1.key }) {
                observed.preserved.append(.init(rule: index, database: database, baseline: before, current: rows(of: rule, in: database)))
            }
        }
        for (role, before) in baseline.privileges {
            observed.privileges[role] = .init(baseline: before, current: (try? onceMoreIfLost { try privileges(of: role) }) ?? [])
        }
        observed.settingsBaseline = baseline.settings
        observed.settingsCurrent = (try? onceMoreIfLost { try settings() }) ?? baseline.settings
        return observed
    }

    /// Milestone id → whether its front is still broken now (probes and sessions, no workload):
    /// evidence only counts while it is.
    func frontsBroken(_ milestones: [String]) -> [String: Bool] {
        pollSessions()
        let checks = lesson.checks.filter { milestones.contains($0.milestone) }
        let observed = Observations(checkProbes: checkProbes(checks), sessionFates: sessionFates)
        var broken: [String: Bool] = [:]
        for id in milestones { broken[id] = LessonJudge.frontIsBroken(lesson, milestone: id, observed) }
        return broken
    }

    var sessionFates: [String: SessionFate] {
        var fates: [String: SessionFate] = [:]
        for session in sessions { fates[session.spec.name] = session.fate }
        return fates
    }

    func checkProbes(_ checks: [FixCheck]) -> [String: [String: Observations.Probe]] {
        var probes: [String: [String: Observations.Probe]] = [:]
        for check in checks {
            if let sql = check.sql { probes[check.id] = probeEach(sql, in: check.databases) }
            if let plan = check.plan { probes[check.id] = planProbeEach(plan, in: check.databases) }
        }
        return probes
    }

    func probeEach(_ sql: String, in databases: [String]) -> [String: Observations.Probe] {
        var answers: [String: Observations.Probe] = [:]
        for database in databases {
            switch probe(sql, in: database) {
            case .success(let value): answers[database] = .value(value)
            case .failure(let failure): answers[database] = .failed(failure.message)
            }
        }
        return answers
    }

    /// Everything the judge compares with later, taken right after setup.
    func takeBaseline() throws {
        var fresh = Baseline()
        for trap in lesson.traps where trap.changedFromBaseline {
            let answers: [String: Observations.Probe]
            if let sql = trap.sql {
                answers = probeEach(sql, in: trap.databases)
            } else if let plan = trap.plan {
                answers = planProbeEach(plan, in: trap.databases)
            } else {
                continue
            }
            for (database, answer) in answers {
                if case .failed(let message) = answer {
                    throw ScriptFailure(what: "baseline of trap \(trap.id) in \(database)", message: message)
                }
            }
            fresh.trapProbes[trap.id] = answers
        }
        for (index, rule) in lesson.preserve.enumerated() {
            for database in rule.databases {
                let rows = rows(of: rule, in: database)
                if let failure = rows.failure {
                    throw ScriptFailure(what: "preserve \(database).\(rule.table)", message: failure)
                }
                fresh.preserved[index, default: [:]][database] = rows
            }
        }
        if !lesson.leastPrivilege.isEmpty {
            var roles = lesson.leastPrivilege.map(\.role)
            if lesson.leastPrivilege.contains(where: { $0.kind == .held }) { roles.append("public") }
            for role in roles {
                fresh.privileges[role] = try privileges(of: role)
            }
        }
        if lesson.collateral.settings {
            fresh.settings = try settings()
        }
        baseline = fresh
    }

    /// Runs an audit again when its first try failed: a learner who terminated every other
    /// backend also ended the checker's connection, which `checker(_:)` only replaces once it
    /// has seen it fail. Without this, the audit would read "nothing left" and report losses
    /// that did not happen.
    func onceMoreIfLost<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { return try body() }
    }

    /// The rows of a preserved table: key → fingerprint, or why they cannot be read.
    func rows(of rule: PreserveRule, in database: String) -> Observations.TableRows {
        let sql = AuditQueries.rowFingerprints(.init(table: rule.table, key: rule.key, columns: rule.columns, condition: rule.condition))
        do {
            let result = try onceMoreIfLost { try checker(database).query(sql) }
            var rows: [String: String] = [:]
            for row in result.rows { rows[row[0] ?? ""] = row.count > 1 ? (row[1] ?? "") : "" }
            return Observations.TableRows(rows: rows)
        } catch let error as QueryError {
            return Observations.TableRows(failure: Self.firstLine(error))
        } catch {
            return Observations.TableRows(failure: "\(error)")
        }
    }

    /// A role's effective privileges across the cluster and every lesson database.
    func privileges(of role: String) throws -> Set<String> {
        var lines = Set<String>()
        let cluster = try checker("postgres").query(AuditQueries.clusterPrivileges, parameters: [role])
        for row in cluster.rows { if let line = row.first ?? nil { lines.insert(line) } }
        for database in lesson.setup.databases.map(\.name) {
            let inside = try checker(database).query(AuditQueries.databasePrivileges, parameters: [role])
            for row in inside.rows { if let line = row.first ?? nil { lines.insert(line) } }
        }
        return lines
    }

    /// Settings assigned by `ALTER SYSTEM` and `ALTER DATABASE/ROLE … SET`.
    func settings() throws -> Set<SettingAssignment> {
        let result = try checker("postgres").query(AuditQueries.settings)
        return Set(result.rows.map { row in
            SettingAssignment(role: row[0] ?? "", database: row[1] ?? "", name: row[2] ?? "", value: row[3] ?? "")
        })
    }

    static func firstLine(_ error: QueryError) -> String {
        switch error {
        case .server(let message): return message.message
        case .connectionLost(let lost): return lost.description
        }
    }
}
