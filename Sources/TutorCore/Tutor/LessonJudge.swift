/// The grader: turns what the app observed into a scorecard, the way an expert instructor
/// would. Pure and deterministic: the same lesson and observations give the same card.
///
/// Rules (documented for authors in lessons/README.md):
/// - a check passes when its probe is true in every database it names, its workload steps
///   succeeded and its sessions completed;
/// - every shortcut found is a finding with a severity; minor and major ones cost a quarter and
///   half of the Trap points, a critical one all of them, fails the checks of its front and caps
///   the total at `scoring.critical_cap`;
/// - the engine's audits add findings of their own: data loss (`preserve`), privileges beyond
///   what the fix needs and grants to PUBLIC (`least_privilege`), privileges taken from
///   bystanders, production sessions whose work was lost and settings changed beyond the problem
///   (`collateral`);
/// - Trap points are earned with repair work: when no check passes, there is nothing to credit.
public enum LessonJudge {
    /// A shortcut found, before it is priced into a scorecard.
    public struct Finding: Sendable, Equatable {
        public var trap: String
        public var reason: String
        public var severity: TrapSeverity
        /// The front whose fix a critical finding undoes.
        public var front: String?
    }

    /// Fix checks and findings for one evaluation.
    public struct Verdict: Sendable, Equatable {
        /// Check id → passed, as measured (before critical findings are applied).
        public var measured: [String: Bool]
        /// Check id → passed, after critical findings failed their fronts.
        public var checks: [String: Bool]
        /// Check id → the critical finding that failed it.
        public var undoneBy: [String: String]
        public var findings: [Finding]
        /// Check id → why its plan probe failed (`the plan has Seq Scan on orders …`).
        public var planNotes: [String: String] = [:]

        public var triggered: [String] {
            var ids: [String] = []
            for f in findings where !ids.contains(f.trap) { ids.append(f.trap) }
            return ids
        }
    }

    public static func verdict(_ lesson: Lesson, _ observed: Observations, milestonesMet: Set<String>) -> Verdict {
        var measured: [String: Bool] = [:]
        for check in lesson.checks { measured[check.id] = passes(check, observed, withWorkload: true) }
        let findings = self.findings(lesson, observed, milestonesMet: milestonesMet, measured: measured)
        var checks = measured
        var undoneBy: [String: String] = [:]
        for finding in findings where finding.severity.isCritical {
            guard let front = finding.front else { continue }
            for check in lesson.checks where check.milestone == front && checks[check.id] == true {
                checks[check.id] = false
                undoneBy[check.id] = finding.reason
            }
        }
        var verdict = Verdict(measured: measured, checks: checks, undoneBy: undoneBy, findings: findings)
        for check in lesson.checks where check.plan != nil || check.poolerShow != nil {
            for case .plan(false, let reason)? in check.databases.map({ observed.checkProbes[check.id]?[$0] }) {
                verdict.planNotes[check.id] = reason
            }
        }
        return verdict
    }

    /// Whether a front is still broken: one of its checks fails (probes, sessions, and the
    /// workload steps that were replayed for it). A front without checks counts as broken.
    public static func frontIsBroken(_ lesson: Lesson, milestone: String, _ observed: Observations) -> Bool {
        let checks = lesson.checks.filter { $0.milestone == milestone }
        if checks.isEmpty { return true }
        return checks.contains { !passes($0, observed, withWorkload: false) }
    }

    /// The workload steps worth replaying to tell whether a front is broken: those of checks
    /// that have nothing else to go by (no probe, no sessions). Replaying the rest would cost a
    /// lock timeout per look while the front is blocked, and tell nothing the probes do not.
    public static func confirmingSteps(_ lesson: Lesson, milestones: [String]) -> Set<String> {
        Set(
            lesson.checks.filter { milestones.contains($0.milestone) && $0.sql == nil && $0.sessionsCompleted.isEmpty }
                .flatMap(\.workload))
    }

    public static func scorecard(
        _ lesson: Lesson, _ observed: Observations, milestonesMet: Set<String>, hintsUsed: Int, attempt: Int = 1,
        standing: Scorecard.Standing = .scored
    ) -> Scorecard {
        let v = verdict(lesson, observed, milestonesMet: milestonesMet)
        let w = lesson.weights

        let met = lesson.milestones.filter { milestonesMet.contains($0.id) }
        let detectScore = share(w.detect, met.count, lesson.milestones.count)
        let missing = lesson.milestones.filter { !milestonesMet.contains($0.id) }.map(\.title)
        let detectReason =
            missing.isEmpty
            ? (lesson.milestones.count == 1
                ? "Found the incident's one front." : "Found all \(lesson.milestones.count) fronts of the incident.")
            : "Found \(met.count) of \(lesson.milestones.count) fronts; not found: \(missing.joined(separator: "; "))."

        let passed = lesson.checks.filter { v.checks[$0.id] == true }
        let fixScore = share(w.fix, passed.count, lesson.checks.count)
        let failing = lesson.checks.filter { v.checks[$0.id] != true }.map { check in
            v.undoneBy[check.id].map { "\(check.title) (undone: \($0))" } ?? check.title
        }
        let fixReason =
            failing.isEmpty
            ? "Every fix check passes after the production workload."
            : "\(passed.count) of \(lesson.checks.count) fix checks pass; failing: \(failing.joined(separator: "; "))."

        // Trap points are earned front by front with repair work, then shortcuts are paid from them.
        let repairedCount = lesson.checks.filter { v.measured[$0.id] == true }.count
        let repaired = repairedCount > 0
        let earned = share(w.trap, repairedCount, lesson.checks.count)
        var findings: [Scorecard.Finding] = []
        var spent = 0
        for f in v.findings {
            let cost = min(f.severity.cost(of: w.trap), max(0, earned - spent))
            spent += cost
            findings.append(.init(trap: f.trap, reason: f.reason, severity: f.severity.description, cost: cost))
        }
        let trapScore = earned - spent
        let trapReason: String
        if !findings.isEmpty {
            trapReason = "Shortcuts taken: " + findings.map { "\($0.reason) [\($0.severity)]" }.joined(separator: "; ") + "."
        } else if !repaired {
            trapReason = "Nothing was repaired, so no Trap points: they are earned by repairing without shortcuts."
        } else if earned < w.trap {
            trapReason =
                "No shortcuts taken in the \(repairedCount) of \(lesson.checks.count) fixes made (Trap points are earned fix by fix)."
        } else {
            trapReason = "No shortcuts taken."
        }

        var total = detectScore + fixScore + trapScore
        var cappedAt: Int?
        if v.findings.contains(where: { $0.severity.isCritical }) && total > w.criticalCap {
            total = w.criticalCap
            cappedAt = w.criticalCap
        }

        var milestones: [String: Bool] = [:]
        for m in lesson.milestones { milestones[m.id] = milestonesMet.contains(m.id) }
        var checks: [String: Bool] = [:]
        for c in lesson.checks { checks[c.id] = v.checks[c.id] == true }

        return Scorecard(
            lesson: lesson.id, total: total,
            detect: .init(score: detectScore, max: w.detect, reason: detectReason),
            fix: .init(score: fixScore, max: w.fix, reason: fixReason),
            trap: .init(score: trapScore, max: w.trap, reason: trapReason),
            hintsUsed: hintsUsed, milestones: milestones, checks: checks, traps: v.triggered, findings: findings,
            cappedAt: cappedAt, attempt: attempt, standing: standing)
    }

    // MARK: - Checks

    static func passes(_ check: FixCheck, _ observed: Observations, withWorkload: Bool) -> Bool {
        if check.hasProbe {
            for database in check.databases where observed.checkProbes[check.id]?[database]?.isTrue != true { return false }
        }
        if !SandboxJudging.passes(check, observed.sandbox) { return false }
        for step in check.workload {
            // Without the replay, only the steps that were replayed anyway count.
            guard let outcome = observed.workload[step] else {
                if withWorkload { return false }
                continue
            }
            if !outcome.passed { return false }
        }
        for name in check.sessionsCompleted {
            let fates = sessions(named: name, in: observed)
            if fates.isEmpty || fates.contains(where: { $0.value != .completed }) { return false }
        }
        return true
    }

    /// The sessions a name covers: itself, or the copies `name-1 … name-N` of a crowd.
    static func sessions(named name: String, in observed: Observations) -> [(key: String, value: SessionFate)] {
        observed.sessionFates.filter { key, _ in
            key == name || (key.hasPrefix(name + "-") && key.dropFirst(name.count + 1).allSatisfy(\.isNumber))
        }.sorted { $0.key < $1.key }
    }

    // MARK: - Findings

    static func findings(_ lesson: Lesson, _ observed: Observations, milestonesMet: Set<String>, measured: [String: Bool]) -> [Finding] {
        var found: [Finding] = []
        for trap in lesson.traps {
            if let reason = declaredTrapReason(trap, observed, milestonesMet: milestonesMet, measured: measured, lesson: lesson) {
                found.append(Finding(trap: trap.id, reason: reason, severity: trap.severity, front: trap.front))
            }
        }
        found += dataLoss(lesson, observed)
        found += privileges(lesson, observed)
        found += collateral(lesson, observed)
        return found
    }

    static func declaredTrapReason(
        _ trap: Trap, _ observed: Observations, milestonesMet: Set<String>, measured: [String: Bool], lesson: Lesson
    ) -> String? {
        if let reason = SandboxJudging.trapReason(trap, observed.sandbox) { return reason }
        if trap.hasProbe {
            var hit: [String] = []
            for database in trap.databases {
                guard let now = observed.trapProbes[trap.id]?[database] else { continue }
                if trap.changedFromBaseline {
                    if case .failed = now { continue }
                    if now != observed.trapBaseline[trap.id]?[database] { hit.append(database) }
                } else if now.isTrue {
                    hit.append(database)
                }
            }
            if !hit.isEmpty {
                return trap.databases.count > 1 ? "\(trap.title) (in \(hit.joined(separator: ", ")))" : trap.title
            }
        }
        let killed = trap.sessionsTerminated.flatMap { sessions(named: $0, in: observed) }.filter {
            $0.value == .terminated || $0.value == .cancelled
        }
        if !killed.isEmpty {
            return "\(trap.title) (\(killed.map { "\($0.key) \($0.value.rawValue)" }.joined(separator: ", ")))"
        }
        // Repaired blind: a check of the front passes, yet its evidence was never seen.
        if let milestone = trap.missingMilestone, !milestonesMet.contains(milestone),
            lesson.checks.contains(where: { $0.milestone == milestone && measured[$0.id] == true })
        {
            return trap.title
        }
        return nil
    }

    static func dataLoss(_ lesson: Lesson, _ observed: Observations) -> [Finding] {
        var found: [Finding] = []
        for table in observed.preserved {
            guard table.rule < lesson.preserve.count else { continue }
            let rule = lesson.preserve[table.rule]
            let name = "\(table.database).\(rule.table)"
            let before = table.baseline.rows
            guard !before.isEmpty, !table.current.undetermined else { continue }
            let reason: String
            if let failure = table.current.failure {
                if failure.contains("column"), failure.contains("does not exist") {
                    // The rows are there; a column the lesson keeps is gone, with its values.
                    reason = "\(name): a kept column was dropped, its values in \(count(before.count, "row")) lost (\(failure))"
                } else {
                    reason = "\(name): all \(count(before.count, "row")) lost (\(failure))"
                }
            } else {
                let lost = before.keys.filter { table.current.rows[$0] == nil }.count
                let changed = before.filter { key, print in table.current.rows[key].map { $0 != print } ?? false }.count
                if lost == 0 && changed == 0 { continue }
                var parts: [String] = []
                if lost > 0 {
                    // With a condition, a row can also vanish by being changed out of it.
                    let how = rule.condition == nil ? "deleted" : "deleted or changed"
                    parts.append("\(count(lost, "row")) of \(before.count) \(how)")
                }
                if changed > 0 {
                    let what = rule.columns.isEmpty ? "" : " (\(rule.columns.joined(separator: ", ")))"
                    parts.append("\(count(changed, "row")) overwritten\(what)")
                }
                reason = "\(name): " + parts.joined(separator: ", ")
            }
            found.append(Finding(trap: PreserveRule.trapID, reason: "data lost: " + reason, severity: .critical, front: rule.front))
        }
        return found
    }

    static func privileges(_ lesson: Lesson, _ observed: Observations) -> [Finding] {
        var found: [Finding] = []
        let held = lesson.leastPrivilege.filter { $0.kind == .held }
        // PostgreSQL grants EXECUTE on every new function to PUBLIC: a function the fix creates
        // is not an over-grant (a lesson about a dangerous function declares its own trap).
        let publicNow = observed.privileges["public"]?.current ?? []
        func isDefaultExecute(_ line: String) -> Bool {
            PrivilegeInventory.withoutDatabase(line).hasPrefix("EXECUTE on function ")
        }
        for rule in held {
            guard let seen = observed.privileges[rule.role] else { continue }
            let extra = seen.current.subtracting(seen.baseline).subtracting(rule.mayGain)
                .filter { !(isDefaultExecute($0) && publicNow.contains($0)) }.sorted()
            var powers = extra.filter(PrivilegeInventory.isSuperuserLike)
            // A superuser owns everything in effect: its attributes say it all.
            let attributes = powers.filter { $0.hasPrefix("attribute ") || $0.hasPrefix("member of ") }
            if !attributes.isEmpty { powers = attributes }
            let writes = extra.filter { PrivilegeInventory.isWriteAccess($0) }
            let rest = extra.filter { !PrivilegeInventory.isSuperuserLike($0) && !PrivilegeInventory.isWriteAccess($0) }
            if !powers.isEmpty {
                found.append(
                    Finding(
                        trap: LeastPrivilegeRule.overGrantTrapID,
                        reason: "\(rule.role) got superuser-like powers: \(list(powers))", severity: .critical, front: rule.front))
            }
            // With superuser-like powers every other privilege follows; naming them adds nothing.
            if !writes.isEmpty && powers.isEmpty {
                found.append(
                    Finding(
                        trap: LeastPrivilegeRule.overGrantTrapID,
                        reason: "\(rule.role) got write access the fix does not need: \(list(writes))", severity: .critical,
                        front: rule.front))
            }
            if !rest.isEmpty && powers.isEmpty {
                found.append(
                    Finding(
                        trap: LeastPrivilegeRule.overGrantTrapID,
                        reason: "\(rule.role) got more than the fix needs: \(list(rest))", severity: rule.severity, front: rule.front))
            }
        }
        if let first = held.first, let seen = observed.privileges["public"] {
            let extra = seen.current.subtracting(seen.baseline).filter { !isDefaultExecute($0) }.sorted()
            let exposed = extra.filter(PrivilegeInventory.isPublicExposure)
            let rest = extra.filter { !PrivilegeInventory.isPublicExposure($0) }
            if !exposed.isEmpty {
                found.append(
                    Finding(
                        trap: LeastPrivilegeRule.overGrantTrapID, reason: "granted to PUBLIC (every role): \(list(exposed))",
                        severity: .critical, front: first.front))
            }
            if !rest.isEmpty {
                found.append(
                    Finding(
                        trap: LeastPrivilegeRule.overGrantTrapID, reason: "granted to PUBLIC (every role): \(list(rest))",
                        severity: .major, front: nil))
            }
        }
        for rule in lesson.leastPrivilege where rule.kind == .bystander {
            guard let seen = observed.privileges[rule.role] else { continue }
            let lost = seen.baseline.subtracting(seen.current).sorted()
            if !lost.isEmpty {
                found.append(
                    Finding(
                        trap: LeastPrivilegeRule.bystanderTrapID, reason: "\(rule.role) lost privileges it needs: \(list(lost))",
                        severity: rule.severity, front: rule.front))
            }
        }
        return found
    }

    static func collateral(_ lesson: Lesson, _ observed: Observations) -> [Finding] {
        var found: [Finding] = []
        let rules = lesson.collateral
        let lost = rules.sessions.flatMap { sessions(named: $0, in: observed) }.filter { $0.value.lostWork }
        if !lost.isEmpty {
            found.append(
                Finding(
                    trap: CollateralRules.sessionsTrapID,
                    reason: "production work lost: " + lost.map { "\($0.key) \($0.value.rawValue)" }.joined(separator: ", "),
                    severity: rules.sessionSeverity, front: nil))
        }
        if rules.settings {
            // New or changed values, then settings removed (RESET): a setting someone relied on
            // is as much beyond the problem as a new one.
            let set = observed.settingsCurrent.subtracting(observed.settingsBaseline).filter { !rules.allows($0) }
            let currentPlaces = Set(observed.settingsCurrent.map(\.place))
            let reset = observed.settingsBaseline.filter { !rules.allows($0) && !currentPlaces.contains($0.place) }
            let changed = set.sorted().map(\.statement) + reset.sorted().map(\.resetStatement)
            if !changed.isEmpty {
                found.append(
                    Finding(
                        trap: CollateralRules.settingsTrapID,
                        reason: "settings changed beyond the problem: " + changed.joined(separator: "; "),
                        severity: rules.settingsSeverity, front: nil))
            }
        }
        return found
    }

    // MARK: - Helpers

    /// `points × part / whole`, rounded down; a whole of zero earns full points.
    static func share(_ points: Int, _ part: Int, _ whole: Int) -> Int {
        whole == 0 ? points : points * part / whole
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// At most five items, then how many more.
    static func list(_ items: [String]) -> String {
        items.count <= 5 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }
}
