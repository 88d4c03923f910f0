import Testing
@testable import PGCoachCore

/// A two-front lesson: a blocker to find in app_db, and a table to compare in two tenants.
let sampleLesson = Lesson(
    id: "stage-1/01-sample", title: "Sample", topic: "Locks", level: 2, duration: "5 min", promptLabel: "sample",
    learner: LearnerAccount(role: "dba", database: "app_db"),
    setup: LessonSetup(roles: "", databases: []),
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
        FixCheck(id: "writes", milestone: "blocker", title: "writes flow", passText: "ok", failText: "blocked"),
        FixCheck(id: "migrated", milestone: "tenants", title: "tenants migrated", passText: "ok", failText: "behind"),
    ],
    traps: [Trap(id: "kill_writer", title: "killed a writer"), Trap(id: "superuser", title: "superuser")],
    workload: [],
    text: LessonText(
        briefing: "Writes are failing.",
        milestoneHints: ["blocker": ["look at sessions", "a migration", "locks queue"], "tenants": ["compare tenants"]],
        remediationHints: ["terminate it", "backfill"],
        postmortem: "Root cause: a migration."))

func record(_ input: String, db: String, columns: [String] = ["c"], rows: [[String?]] = [], error: ServerMessage? = nil) -> ExecutionRecord {
    ExecutionRecord(
        kind: input.hasPrefix("\\") ? .metaCommand : .sql, input: input, database: db,
        results: error == nil ? [ObservedResult(columns: columns, rows: rows, rowCount: rows.count, commandTag: "SELECT")] : [],
        error: error)
}

let blockerSeen = record(
    "select application_name, state from pg_stat_activity;", db: "app_db",
    columns: ["application_name", "state"], rows: [["migration_runner", "idle in transaction"], ["app_writer", "active"]])

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
        let effects = machine.handle(.observed(c.record))
        #expect(effects.contains(.milestoneMet(id: "blocker", title: "the blocker")) == c.meets)
        #expect(machine.milestonesMet.contains("blocker") == c.meets)
    }

    @Test func acrossDatabasesNeedsEveryDatabase() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.handle(.observed(record("select * from schema_migrations", db: "tenant_a", rows: [["1"]])))
        #expect(!machine.milestonesMet.contains("tenants"))
        _ = machine.handle(.observed(record("select * from schema_migrations", db: "tenant_a", rows: [["1"]])))
        #expect(!machine.milestonesMet.contains("tenants"))
        _ = machine.handle(.observed(record("select * from schema_migrations", db: "tenant_b", rows: [])))
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
        _ = machine.handle(.observed(blockerSeen))
        _ = machine.handle(.observed(record("select * from schema_migrations", db: "tenant_a", rows: [])))
        _ = machine.handle(.observed(record("select * from schema_migrations", db: "tenant_b", rows: [])))
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
        _ = machine.handle(.checksFinished(["writes": true, "migrated": true]))
        #expect(machine.phase == .resolved)
        #expect(machine.handle(.command(.postmortem)).contains(.postmortemShown))
    }

    @Test func checkNamesOnlyDiscoveredFronts() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.handle(.observed(blockerSeen))
        let effects = machine.handle(.checksFinished(["writes": false, "migrated": false]))
        let text = effects.compactMap { if case .say(let t) = $0 { return t } else { return nil } }.joined()
        #expect(text.contains("FAIL  writes flow: blocked"))
        #expect(!text.contains("tenants migrated"))
        #expect(text.contains("1 more check belong"))
    }

    @Test func giveUpScoresAndShowsPostmortem() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        #expect(machine.handle(.command(.giveup)) == [.runScoring])
        let effects = machine.handle(.scoringFinished(ScoringInputs(milestonesMet: [], checks: [:], trapsTriggered: [], hintsUsed: 0)))
        #expect(machine.phase == .debrief)
        #expect(effects.contains(.postmortemShown))
    }

    @Test func resetReturnsToTriageKeepingMilestones() {
        var machine = TutorMachine(lesson: sampleLesson)
        _ = machine.handle(.started)
        _ = machine.handle(.observed(blockerSeen))
        #expect(machine.handle(.command(.reset)) == [.resetSandbox])
        _ = machine.handle(.resetFinished)
        #expect(machine.phase == .triage)
        #expect(machine.milestonesMet == ["blocker"])
    }
}

@Suite struct ScoringTests {
    struct ScoreCase: Sendable, CustomTestStringConvertible {
        var name: String
        var inputs: ScoringInputs
        var total: Int
        var detect: Int
        var fix: Int
        var trap: Int
        var testDescription: String { name }
    }

    @Test(arguments: [
        ScoreCase(
            name: "perfect", inputs: ScoringInputs(milestonesMet: ["blocker", "tenants"], checks: ["writes": true, "migrated": true], trapsTriggered: [], hintsUsed: 3),
            total: 100, detect: 40, fix: 40, trap: 20),
        ScoreCase(
            name: "nothing done", inputs: ScoringInputs(milestonesMet: [], checks: ["writes": false, "migrated": false], trapsTriggered: [], hintsUsed: 0),
            total: 20, detect: 0, fix: 0, trap: 20),
        ScoreCase(
            name: "half and one trap", inputs: ScoringInputs(milestonesMet: ["blocker"], checks: ["writes": true], trapsTriggered: ["superuser"], hintsUsed: 0),
            total: 50, detect: 20, fix: 20, trap: 10),
        ScoreCase(
            name: "all traps", inputs: ScoringInputs(milestonesMet: ["blocker", "tenants"], checks: ["writes": true, "migrated": true], trapsTriggered: ["superuser", "kill_writer"], hintsUsed: 0),
            total: 80, detect: 40, fix: 40, trap: 0),
    ])
    func scores(_ c: ScoreCase) {
        let card = Scoring.score(sampleLesson, c.inputs)
        #expect(card.total == c.total)
        #expect(card.detect.score == c.detect)
        #expect(card.fix.score == c.fix)
        #expect(card.trap.score == c.trap)
        #expect(card.hintsUsed == c.inputs.hintsUsed)
        #expect(card.total == card.detect.score + card.fix.score + card.trap.score)
    }

    @Test func sameInputsSameScorecard() {
        let inputs = ScoringInputs(milestonesMet: ["tenants"], checks: ["migrated": true], trapsTriggered: ["kill_writer"], hintsUsed: 2)
        #expect(Scoring.score(sampleLesson, inputs) == Scoring.score(sampleLesson, inputs))
    }
}
