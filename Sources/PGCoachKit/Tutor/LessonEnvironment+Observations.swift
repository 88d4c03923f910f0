import Foundation
import PostgresClient
import TutorCore

/// What the judge compares against: the state right after setup, background sessions started.
/// The same saved cluster always gives the same baseline, so it is cached beside it.
struct Baseline: Codable, Sendable {
    /// Bumped whenever the audit queries change what they measure.
    static let currentFormat = "baseline-3"
    var format = Baseline.currentFormat
    /// The identity of the saved lesson cluster it was measured on (`ReadyCluster.name`): two
    /// setups of one lesson differ (object ids, a session's timing), so a baseline read from
    /// the cache must belong to the cluster the sandbox was copied from.
    var cluster: String?
    var trapProbes: [String: [String: Observations.Probe]] = [:]
    /// Preserve rule index → database → rows.
    var preserved: [Int: [String: Observations.TableRows]] = [:]
    var privileges: [String: Set<String>] = [:]
    var settings: Set<SettingAssignment> = []

    /// The cached baseline at `path`, if it is one this pgcoach wrote on the saved cluster `cluster`.
    static func load(_ path: String, cluster: String) -> Baseline? {
        guard let data = FileManager.default.contents(atPath: path),
            let baseline = try? JSONDecoder().decode(Baseline.self, from: data), baseline.format == currentFormat,
            baseline.cluster == cluster
        else { return nil }
        return baseline
    }

    /// Writes it atomically (a failed write only costs the next start the measuring).
    func save(_ path: String) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

extension LessonEnvironment {
    /// Workload, fix checks, traps and audits against the current state: the raw facts for the
    /// judge. Deterministic for a given state.
    func evaluate() -> Observations {
        settleBaseline()
        let t0 = ContinuousClock.now
        settleSessions()
        let t1 = ContinuousClock.now
        // The audits (rows, privileges, settings) read catalogs and committed rows only: they
        // run beside the workload, which holds at most row locks and is rolled back.
        let audits = AuditRun(self)
        var workload = runWorkload()
        let t2 = ContinuousClock.now
        let audited = audits.wait()
        let t3 = ContinuousClock.now
        pollSessions()
        var observed = audited
        observed.checkProbes = checkProbes(lesson.checks, workload: &workload)
        observed.workload = workload
        observed.sessionFates = sessionFates
        let probedTraps = lesson.traps.filter(\.hasProbe)
        func trapProbe(_ trap: Trap) -> [String: Observations.Probe] {
            answers(sql: trap.sql, plan: trap.plan, poolerShow: trap.poolerShow, in: trap.databases) ?? [:]
        }
        for trap in probedTraps { observed.trapProbes[trap.id] = trapProbe(trap) }
        // A trap on converging state triggers once any of its databases says so.
        repeatUntilSettled(
            probedTraps.map { trap in
                (
                    trap.withinMilliseconds, { trap.databases.contains { observed.trapProbes[trap.id]?[$0]?.isTrue == true } },
                    { observed.trapProbes[trap.id] = trapProbe(trap) }
                )
            })
        observed.trapBaseline = baseline.trapProbes
        observed.sandbox = sandboxFacts()
        Trace.note("evaluate: settle \(t1 - t0), workload \(t2 - t1), audits waited \(t3 - t2), probes \(ContinuousClock.now - t3)")
        return observed
    }

    /// The audits against the baseline, one thread per database (each on that database's own
    /// checker), started at once and waited for together.
    func audit() -> Observations {
        var observed = Observations()
        let databases = Set(baseline.preserved.values.flatMap(\.keys))
            .union(baseline.privileges.isEmpty ? [] : lesson.setup.databases.map { lesson.homeKey($0.name) })
        let box = AuditBox()
        let group = DispatchGroup()
        for database in databases.sorted() {
            group.enter()
            Thread.detachNewThread {
                var rows: [Observations.PreservedTable] = []
                for (index, byDatabase) in self.baseline.preserved.sorted(by: { $0.key < $1.key }) {
                    guard let before = byDatabase[database] else { continue }
                    rows.append(
                        .init(
                            rule: index, database: database, baseline: before,
                            current: self.rows(of: self.lesson.preserve[index], in: database)))
                }
                var lines: [String: Set<String>] = [:]
                for role in self.baseline.privileges.keys {
                    lines[role] = try? self.databasePrivileges(of: role, in: database)
                }
                box.add(rows: rows, privileges: lines)
                group.leave()
            }
        }
        var cluster: [String: Set<String>?] = [:]
        for role in baseline.privileges.keys { cluster[role] = try? clusterPrivileges(of: role) }
        observed.settingsBaseline = baseline.settings
        observed.settingsCurrent = lesson.collateral.settings ? ((try? settings()) ?? baseline.settings) : baseline.settings
        group.wait()
        observed.preserved = box.rows.sorted { ($0.rule, $0.database) < ($1.rule, $1.database) }
        for (role, before) in baseline.privileges {
            // A role whose inventory cannot be read (dropped) holds nothing now.
            guard let clusterLines = cluster[role] ?? nil, let inside = box.privileges[role], inside.count == databases.count,
                !inside.contains(where: { $0 == nil })
            else {
                observed.privileges[role] = .init(baseline: before, current: [])
                continue
            }
            observed.privileges[role] = .init(baseline: before, current: inside.reduce(clusterLines) { $0.union($1 ?? []) })
        }
        return observed
    }

    /// Milestone id → whether its front is still broken now (probes and sessions, no workload):
    /// evidence only counts while it is.
    func frontsBroken(_ milestones: [String]) -> [String: Bool] {
        settleBaseline()
        // A statement that showed the blocker and terminated it in one go must be judged the
        // same way every time: after the terminated session is really gone.
        settleSessions()
        let checks = lesson.checks.filter { milestones.contains($0.milestone) }
        // A front whose only check is "the checkout works" is broken exactly while the
        // checkout fails: those steps run too (rolled back).
        let steps = LessonJudge.confirmingSteps(lesson, milestones: milestones)
        var workload = runWorkload(lesson.workload.filter { steps.contains($0.id) })
        let probes = checkProbes(checks, workload: &workload)
        var observed = Observations(checkProbes: probes, workload: workload, sessionFates: sessionFates)
        observed.sandbox = sandboxFacts(checks: checks, traps: [])
        var broken: [String: Bool] = [:]
        for id in milestones { broken[id] = LessonJudge.frontIsBroken(lesson, milestone: id, observed) }
        return broken
    }

    var sessionFates: [String: SessionFate] {
        var fates: [String: SessionFate] = [:]
        for session in sessions { fates[session.spec.name] = session.fate }
        return fates
    }

    /// Each check's probe per database. Checks on converging state (`within_ms`) are probed
    /// again, together, until each passes or its time is up. Evidence
    /// confirmation polls too: a front that is still converging towards fixed (replay that was
    /// just resumed) is not broken.
    /// A check on converging state that also names workload steps waits for those too: the
    /// steps that ran in `workload` are run again with the probe until they pass (an order
    /// placed on a node whose promotion is still finishing).
    func checkProbes(
        _ checks: [FixCheck], workload: inout [String: WorkloadOutcome]
    ) -> [String: [String: Observations.Probe]] {
        let probed = checks.filter(\.hasProbe)
        func probe(_ check: FixCheck) -> [String: Observations.Probe] {
            answers(sql: check.sql, plan: check.plan, poolerShow: check.poolerShow, in: check.databases) ?? [:]
        }
        var probes: [String: [String: Observations.Probe]] = [:]
        for check in probed { probes[check.id] = probe(check) }
        var outcomes = workload
        repeatUntilSettled(
            probed.map { check in
                let steps = check.workload.filter { outcomes[$0] != nil }
                return (
                    check.withinMilliseconds,
                    {
                        check.databases.allSatisfy { probes[check.id]?[$0]?.isTrue == true }
                            && steps.allSatisfy { outcomes[$0]?.passed == true }
                    },
                    {
                        probes[check.id] = probe(check)
                        let failing = self.lesson.workload.filter { steps.contains($0.id) && outcomes[$0.id]?.passed != true }
                        if !failing.isEmpty { outcomes.merge(self.runWorkload(failing)) { $1 } }
                    }
                )
            })
        workload = outcomes
        return probes
    }

    /// `within_ms`: every 50 ms, probes again each item still waiting (`done` false and its
    /// time not up); the last answers count. Items without a limit were looked at once. The
    /// state waited for converges (a standby replaying, a promotion finishing), so the verdict
    /// does not depend on the clock; all items wait together, so the longest limit bounds it.
    func repeatUntilSettled(_ items: [(milliseconds: Int?, done: () -> Bool, again: () -> Void)]) {
        let start = ContinuousClock.now
        while true {
            let waiting = items.filter { item in
                guard let limit = item.milliseconds else { return false }
                return !item.done() && ContinuousClock.now - start < .milliseconds(limit)
            }
            if waiting.isEmpty { return }
            usleep(50_000)
            for item in waiting { item.again() }
        }
    }

    /// The answers of a check's or trap's probe (sql, plan or pooler console), or nil without one.
    func answers(sql: String?, plan: PlanProbe?, poolerShow: PoolerShowProbe?, in databases: [String]) -> [String: Observations.Probe]? {
        if let sql { return probeEach(sql, in: databases) }
        if let poolerShow { return poolerShowProbe(poolerShow) }
        if let plan { return planProbeEach(plan, in: databases) }
        return nil
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

    /// The answers of the traps judged against the baseline (`changed_from_baseline`), right
    /// after setup. Taken before the learner connects, not with the rest of the baseline (in
    /// the background): a probe may count the server's connections.
    func measureTrapBaseline() throws -> [String: [String: Observations.Probe]] {
        var probes: [String: [String: Observations.Probe]] = [:]
        for trap in lesson.traps where trap.changedFromBaseline {
            // The loader refuses pooler_show here: the pooler starts afresh on every start.
            guard let answers = answers(sql: trap.sql, plan: trap.plan, poolerShow: nil, in: trap.databases) else { continue }
            for (database, answer) in answers {
                if case .failed(let message) = answer {
                    throw ScriptFailure(what: "baseline of trap \(trap.id) in \(database)", message: message)
                }
            }
            probes[trap.id] = answers
        }
        return probes
    }

    /// Everything the judge compares with later, taken right after setup, with the trap
    /// answers `trapProbes`. A preserved table a background session keeps locked is taken from
    /// `preservedBeforeSessions`, read before the sessions started; one unreadable both times
    /// fails the start with the reason.
    func measureBaseline(
        trapProbes: [String: [String: Observations.Probe]],
        preservedBeforeSessions: [Int: [String: Observations.TableRows]] = [:]
    ) throws -> Baseline {
        let started = ContinuousClock.now
        defer { Trace.note("baseline taken in \(ContinuousClock.now - started)") }
        var fresh = Baseline()
        fresh.trapProbes = trapProbes
        var roles = lesson.leastPrivilege.map(\.role)
        if lesson.leastPrivilege.contains(where: { $0.kind == .held }) { roles.append("public") }
        (fresh.preserved, fresh.privileges) = try measureBaselineTables(roles: roles)
        Trace.note("baseline tables and privileges in \(ContinuousClock.now - started)")
        for (index, rule) in lesson.preserve.enumerated() {
            for database in rule.databases where fresh.preserved[index]?[database]?.undetermined ?? false {
                guard let before = preservedBeforeSessions[index]?[database], !before.undetermined, before.failure == nil else {
                    throw ScriptFailure(
                        what: "preserve \(database).\(rule.table)",
                        message: "its rows cannot be read for the baseline: a background session keeps it locked")
                }
                fresh.preserved[index]?[database] = before
            }
        }
        if lesson.collateral.settings {
            fresh.settings = try settings()
        }
        return fresh
    }

    /// The rows of a preserved table: key → fingerprint, or why they cannot be read.
    func rows(of rule: PreserveRule, in database: String) -> Observations.TableRows {
        let sql = AuditQueries.rowFingerprints(.init(table: rule.table, key: rule.key, columns: rule.columns, condition: rule.condition))
        do {
            let result = try checkerQuery(sql, in: database)
            var rows: [String: String] = [:]
            for row in result.rows { rows[row[0] ?? ""] = row.count > 1 ? (row[1] ?? "") : "" }
            return Observations.TableRows(rows: rows)
        } catch let error as QueryError {
            // A lock or statement timeout says someone holds the table, not that it is gone.
            if case .server(let message) = error, ["55P03", "57014"].contains(message.sqlState) {
                return Observations.TableRows(undetermined: true)
            }
            // The checker's connection went away twice in a row: that says nothing of the rows.
            if case .connectionLost = error { return Observations.TableRows(undetermined: true) }
            return Observations.TableRows(failure: Self.firstLine(error))
        } catch {
            return Observations.TableRows(failure: "\(error)")
        }
    }

    func clusterPrivileges(of role: String) throws -> Set<String> {
        let result = try checkerQuery(AuditQueries.clusterPrivileges, parameters: [role], in: lesson.homeKey("postgres"))
        return Set(result.rows.compactMap { $0.first ?? nil })
    }

    func databasePrivileges(of role: String, in database: String) throws -> Set<String> {
        let result = try checkerQuery(AuditQueries.databasePrivileges, parameters: [role], in: database)
        return Set(result.rows.compactMap { $0.first ?? nil })
    }

    /// Settings assigned by `ALTER SYSTEM` and `ALTER DATABASE/ROLE … SET`.
    func settings() throws -> Set<SettingAssignment> {
        let result = try checkerQuery(AuditQueries.settings, in: lesson.homeKey("postgres"))
        return Set(
            result.rows.map { row in
                SettingAssignment(role: row[0] ?? "", database: row[1] ?? "", name: row[2] ?? "", value: row[3] ?? "")
            })
    }

    /// A query on the database's checker, once more on a fresh connection when the learner
    /// terminated the checker's backend (the first use after that finds the connection gone).
    func checkerQuery(_ sql: String, parameters: [String?] = [], in database: String) throws -> SimpleResult {
        do {
            return try checker(database).query(sql, parameters: parameters)
        } catch QueryError.connectionLost {
            return try checker(database).query(sql, parameters: parameters)
        }
    }

    static func firstLine(_ error: QueryError) -> String {
        switch error {
        case .server(let message): return message.message
        case .connectionLost(let lost): return lost.description
        }
    }
}

/// The audits of one evaluation, running on their own thread while the workload replays.
final class AuditRun: @unchecked Sendable {
    // Written once by the thread, read after `done` is signalled.
    private var result = Observations()
    private let done = DispatchSemaphore(value: 0)

    init(_ environment: LessonEnvironment) {
        Thread.detachNewThread { [self] in
            result = environment.audit()
            done.signal()
        }
    }

    func wait() -> Observations {
        done.wait()
        return result
    }
}

/// Audit results collected from one thread per database.
final class AuditBox: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var collectedRows: [Observations.PreservedTable] = []
    /// Role → one entry per database (nil where the inventory could not be read).
    private var collectedPrivileges: [String: [Set<String>?]] = [:]

    func add(rows: [Observations.PreservedTable], privileges: [String: Set<String>?]) {
        lock.withLock {
            collectedRows += rows
            for (role, lines) in privileges { collectedPrivileges[role, default: []].append(lines) }
        }
    }

    var rows: [Observations.PreservedTable] { lock.withLock { collectedRows } }
    var privileges: [String: [Set<String>?]] { lock.withLock { collectedPrivileges } }
}
