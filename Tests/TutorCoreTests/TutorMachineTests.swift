import Testing

@testable import PsqlCore
@testable import TutorCore

/// A two-front lesson: a blocker to find in app_db, and a table to compare in two tenants.
let sampleLesson = Lesson(
    id: "stage-1/01-sample", title: "Sample", topic: "Locks", level: 2, duration: "5 min", promptLabel: "sample",
    learner: LearnerAccount(role: "dba", database: "app_db"),
    setup: LessonSetup(roles: [], databases: []),
    sessions: [],
    milestones: [
        Milestone(
            id: "blocker", title: "the blocker",
            evidence: [EvidenceRule(databases: ["app_db"], input: "pg_stat_activity", cell: "^migration_runner")]),
        Milestone(
            id: "tenants", title: "the tenants",
            evidence: [EvidenceRule(input: "schema_migrations")], acrossDatabases: ["tenant_a", "tenant_b"]),
    ],
    checks: [
        FixCheck(
            id: "writes", milestone: "blocker", title: "writes flow", databases: ["app_db"], sql: "probe", passText: "ok",
            failText: "blocked"),
        FixCheck(
            id: "migrated", milestone: "tenants", title: "tenants migrated", databases: ["app_db"], sql: "probe", passText: "ok",
            failText: "behind"),
    ],
    traps: [Trap(id: "kill_writer", title: "killed a writer"), Trap(id: "superuser", title: "superuser")],
    workload: [],
    text: LessonText(
        briefing: "Writes are failing.",
        milestoneHints: ["blocker": ["look at sessions", "a migration", "locks queue"], "tenants": ["compare tenants"]],
        remediationHints: ["terminate it", "backfill"],
        postmortem: "Root cause: a migration."))

func record(_ input: String, db: String, columns: [String] = ["c"], rows: [[String?]] = [], error: ServerMessage? = nil) -> ExecutionRecord
{
    ExecutionRecord(
        kind: input.hasPrefix("\\") ? .metaCommand : .sql, input: input, database: db,
        results: error == nil ? [ObservedResult(columns: columns, rows: rows, rowCount: rows.count, commandTag: "SELECT")] : [],
        error: error)
}

let blockerSeen = record(
    "select application_name, state from pg_stat_activity;", db: "app_db",
    columns: ["application_name", "state"], rows: [["migration_runner", "idle in transaction"], ["app_writer", "active"]])

extension TutorMachine {
    /// Feeds a record and answers the machine's "is the front still broken?" question.
    mutating func see(_ record: ExecutionRecord, broken: Bool = true) -> [Effect] {
        var effects = handle(.observed(record))
        for case .checkFrontsBroken(let ids) in effects {
            effects += handle(.frontsChecked(Dictionary(uniqueKeysWithValues: ids.map { ($0, broken) })))
        }
        return effects
    }
}

/// Observations in which the given checks' probes answer true (the sample's checks need
/// nothing else) and nothing else changed.
func observations(passing: Set<String>) -> Observations {
    var observed = Observations()
    for id in passing { observed.checkProbes[id] = ["app_db": .value("t")] }
    return observed
}

@Suite struct TutorMachineTests {
    @Test func startShowsBriefingAndEntersTriage() {
        var machine = TutorMachine(lesson: sampleLesson)
        let effects = machine.handle(.started)
        #expect(machine.phase == .triage)
        #expect(effects.contains(.phaseChanged(.triage)))
        #expect(effects.contains { if case .say(let t) = $0 { return t.contains("Writes are failing.") } else { return false } })
    }

    struct EvidenceCase: Sendable, CustomTestStringConvertible {
        var name: String
        var record: ExecutionRecord
        var meets: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        EvidenceCase(name: "culprit row shown", record: blockerSeen, meets: true),
        EvidenceCase(
            name: "wrong database", record: record("select * from pg_stat_activity", db: "tenant_a", rows: [["migration_runner"]]),
            meets: false),
        EvidenceCase(
            name: "query without the culprit in its output",
            record: record("select count(*) from pg_stat_activity", db: "app_db", rows: [["7"]]), meets: false),
        EvidenceCase(
            name: "culprit only in the input text",
            record: record("select 'migration_runner' from pg_stat_activity where false", db: "app_db", rows: []), meets: false),
        EvidenceCase(
            name: "error instead of output",
            record: record(
                "select * from pg_stat_activityy", db: "app_db",
                error: ServerMessage(severity: "ERROR", severityCode: "ERROR", sqlState: "42P01", message: "x", formatted: "x")),
            meets: false),
    ])
    func blockerEvidence(_ c: EvidenceCase) {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        let effects = machine.see((c.record))
        #expect(effects.contains(.milestoneMet(id: "blocker", title: "the blocker")) == c.meets)
        #expect(machine.milestonesMet.contains("blocker") == c.meets)
    }

    @Test func acrossDatabasesNeedsEveryDatabase() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.see((record("select * from schema_migrations", db: "tenant_a", rows: [["1"]])))
        #expect(!machine.milestonesMet.contains("tenants"))
        _ = machine.see((record("select * from schema_migrations", db: "tenant_a", rows: [["1"]])))
        #expect(!machine.milestonesMet.contains("tenants"))
        _ = machine.see((record("select * from schema_migrations", db: "tenant_b", rows: [])))
        #expect(machine.milestonesMet.contains("tenants"))
    }

    @Test func hintsFollowLevelsAndGateRemediation() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        var texts: [String] = []
        for _ in 0..<6 {
            for effect in machine.handle(.command(.hint)) {
                if case .hintRevealed(let r) = effect { texts.append(r.text) }
            }
        }
        // Three levels for the first front, then the second front; never a remediation hint.
        #expect(texts == ["look at sessions", "a migration", "locks queue", "compare tenants"])
        #expect(machine.hintsUsed == 4)
        _ = machine.see((blockerSeen))
        _ = machine.see((record("select * from schema_migrations", db: "tenant_a", rows: [])))
        _ = machine.see((record("select * from schema_migrations", db: "tenant_b", rows: [])))
        #expect(machine.phase == .remediation)
        let effects = machine.handle(.command(.hint))
        #expect(effects.contains(.hintRevealed(HintReveal(milestone: "remediation", level: 1, text: "terminate it"))))
    }

    @Test func postmortemLockedUntilResolved() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        let locked = machine.handle(.command(.postmortem))
        #expect(!locked.contains(.postmortemShown))
        #expect(!locked.contains { if case .say(let t) = $0 { return t.contains("Root cause") } else { return false } })
        _ = machine.handle(.checksFinished(observations(passing: ["writes", "migrated"])))
        #expect(machine.phase == .resolved)
        #expect(machine.handle(.command(.postmortem)).contains(.postmortemShown))
    }

    @Test func checkNamesOnlyDiscoveredFronts() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.see((blockerSeen))
        let effects = machine.handle(.checksFinished(observations(passing: [])))
        let text = effects.compactMap { if case .say(let t) = $0 { return t } else { return nil } }.joined()
        #expect(text.contains("FAIL  writes flow: blocked"))
        #expect(!text.contains("tenants migrated"))
        #expect(text.contains("1 more check belongs to a front you have not found yet"))
    }

    @Test func giveUpScoresAndShowsPostmortem() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        #expect(machine.handle(.command(.giveup)) == [.runScoring])
        let effects = machine.handle(.scoringFinished(observations(passing: [])))
        #expect(machine.phase == .debrief)
        #expect(effects.contains(.postmortemShown))
    }

    @Test func resetReturnsToTriageKeepingMilestones() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.see((blockerSeen))
        #expect(machine.handle(.command(.reset)) == [.resetSandbox])
        _ = machine.handle(.resetFinished)
        #expect(machine.phase == .triage)
        #expect(machine.milestonesMet == ["blocker"])
    }
}

@Suite struct TutorAttemptTests {
    func say(_ effects: [TutorMachine.Effect]) -> String {
        effects.compactMap { if case .say(let t) = $0 { return t } else { return nil } }.joined(separator: "\n")
    }

    @Test func evidenceSeenAfterTheRepairEarnsNothing() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        let effects = machine.see(blockerSeen, broken: false)
        #expect(!machine.milestonesMet.contains("blocker"))
        #expect(effects.contains(.evidenceIgnored(id: "blocker", title: "the blocker")))
        #expect(say(effects).contains("only after it was repaired"))
        // Said once; a later look while broken (after a reset, say) still counts.
        #expect(!say(machine.see(blockerSeen, broken: false)).contains("only after"))
        _ = machine.see(blockerSeen, broken: true)
        #expect(machine.milestonesMet == ["blocker"])
    }

    @Test func evidenceIsConfirmedOnlyForMatchingFronts() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        #expect(machine.handle(.observed(blockerSeen)) == [.checkFrontsBroken(["blocker"])])
        #expect(machine.handle(.observed(record("select 1", db: "app_db", rows: [["1"]]))).isEmpty)
    }

    @Test func giveUpIsFinalAndALaterScoreIsPractice() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.see(blockerSeen)
        _ = machine.handle(.command(.giveup))
        let gaveUp = machine.handle(.scoringFinished(observations(passing: [])))
        #expect(machine.phase == .debrief)
        #expect(machine.scorecard?.standing == .gaveUp)
        let recorded = machine.scorecard
        #expect(gaveUp.contains(.postmortemShown))
        // The learner now applies the fix they read in the postmortem and scores again.
        #expect(machine.handle(.command(.score)) == [.runScoring])
        let practice = machine.handle(.scoringFinished(observations(passing: ["writes", "migrated"])))
        #expect(machine.scorecard == recorded, "a practice score never replaces the attempt's")
        #expect(!practice.contains { if case .scored = $0 { return true } else { return false } })
        #expect(say(practice).contains("Practice score"))
        #expect(machine.bestScorecard == recorded)
        #expect(machine.handle(.command(.giveup)) == [.say(TutorText.alreadyDebriefed)])
    }

    @Test func resetAfterTheDebriefStartsANewAttempt() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.see(blockerSeen)
        _ = machine.handle(.command(.hint))
        _ = machine.handle(.command(.giveup))
        _ = machine.handle(.scoringFinished(observations(passing: [])))
        let first = machine.scorecard
        _ = machine.handle(.command(.reset))
        let effects = machine.handle(.resetFinished)
        #expect(effects.contains(.attemptStarted(2)))
        #expect(machine.attempt == 2)
        #expect(machine.phase == .triage)
        #expect(machine.milestonesMet.isEmpty)
        #expect(machine.hintsUsed == 0)
        #expect(machine.scorecard == nil)
        // Hints restart and the new attempt can be scored for real, and be the best.
        #expect(say(machine.handle(.command(.hint))).contains("look at sessions"))
        _ = machine.see(blockerSeen)
        _ = machine.see(record("select * from schema_migrations", db: "tenant_a", rows: []))
        _ = machine.see(record("select * from schema_migrations", db: "tenant_b", rows: []))
        _ = machine.handle(.command(.score))
        _ = machine.handle(.scoringFinished(observations(passing: ["writes", "migrated"])))
        #expect(machine.scorecard?.attempt == 2)
        #expect(machine.scorecard?.standing == .resolved)
        #expect(machine.bestScorecard?.total == 100)
        #expect(first?.total ?? 100 < 100)
    }

    @Test func resetBeforeTheDebriefKeepsTheAttempt() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.see(blockerSeen)
        _ = machine.handle(.resetFinished)
        #expect(machine.attempt == 1)
        #expect(machine.milestonesMet == ["blocker"])
    }

    @Test(arguments: [40, 60, 80, 120])
    func scorecardBoxFitsTheTerminal(width: Int) {
        var machine = TutorMachine(lesson: sampleLesson)
        machine.displayWidth = width
        _ = machine.handle(.started)
        _ = machine.handle(.command(.score))
        var observed = observations(passing: ["writes", "migrated"])
        observed.sessionFates = [:]
        let text = say(machine.handle(.scoringFinished(observed)))
        let box = text.split(separator: "\n").filter { $0.hasPrefix("┌") || $0.hasPrefix("│") || $0.hasPrefix("└") }
        #expect(box.count >= 7)
        for line in box { #expect(line.count <= max(40, width), "\(line)") }
        #expect(box.allSatisfy { $0.count == box[0].count }, "a box has straight sides")
    }
}
