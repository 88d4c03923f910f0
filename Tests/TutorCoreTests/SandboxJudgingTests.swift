import Testing

@testable import PsqlCore
@testable import TutorCore

/// File checks, file and removal traps, and `action_taken:` through the judge.
@Suite struct SandboxJudgingTests {
    static let lesson: Lesson = {
        var dumped = FixCheck(id: "dumped", milestone: "gap", title: "every database dumped", passText: "", failText: "")
        dumped.file = FileCondition(directory: "backups", glob: "{{database}}_*.dump", databases: ["app_db"], verify: .pgRestoreList)
        var verified = FixCheck(id: "verified", milestone: "gap", title: "dumps verified", passText: "", failText: "")
        verified.actionTaken = "verify"
        var deleted = Trap(id: "deleted", title: "old dumps deleted", severity: .critical, front: "gap")
        deleted.filesRemoved = FilesRemovedRule(directory: "backups", glob: "*.dump")
        var inData = Trap(id: "in_data", title: "dump in the data directory")
        inData.file = FileCondition(directory: "data", glob: "*dump*")
        var unsafe = Trap(id: "unsafe", title: "ran the unsafe action", severity: .minor)
        unsafe.actionTaken = "restore-in-place"
        return Lesson(
            id: "stage-9/02-files", title: "Files", topic: "Backup", level: 2, duration: "5 min", promptLabel: "files",
            learner: LearnerAccount(role: "dba", database: "app_db"), setup: LessonSetup(roles: [], databases: []), sessions: [],
            milestones: [Milestone(id: "gap", title: "the gap", evidence: [])], checks: [dumped, verified],
            traps: [deleted, inData, unsafe], workload: [])
    }()

    static func facts(dumped: Bool = true, actions: [String] = ["verify"], removed: [String] = [], inData: Bool = false) -> Observations {
        var observed = Observations()
        observed.sandbox = SandboxFacts(
            checkFiles: ["dumped": FileVerdict(holds: dumped, reason: dumped ? "" : "no file for app_db in backups")],
            trapFiles: ["in_data": FileVerdict(holds: inData, reason: "")],
            removedFiles: ["deleted": removed], actionsTaken: actions)
        return observed
    }

    @Test func filesAndActionsPassChecks() {
        let card = LessonJudge.scorecard(Self.lesson, Self.facts(), milestonesMet: ["gap"], hintsUsed: 0)
        #expect(card.total == 100)
        let missing = LessonJudge.scorecard(Self.lesson, Self.facts(dumped: false, actions: []), milestonesMet: ["gap"], hintsUsed: 0)
        #expect(missing.checks == ["dumped": false, "verified": false])
        #expect(missing.fix.score == 0)
    }

    @Test func removedFilesAreACriticalFindingWithTheirNames() {
        let card = LessonJudge.scorecard(Self.lesson, Self.facts(removed: ["a.dump", "b.dump"]), milestonesMet: ["gap"], hintsUsed: 0)
        #expect(card.traps == ["deleted"])
        #expect(card.findings.first?.reason == "old dumps deleted (2 removed: a.dump, b.dump)")
        #expect(card.checks["dumped"] == false, "a critical finding undoes its front")
        #expect(card.total <= 50)
    }

    @Test func fileAndActionTrapsTrigger() {
        let card = LessonJudge.scorecard(
            Self.lesson, Self.facts(actions: ["verify", "restore-in-place"], inData: true), milestonesMet: ["gap"], hintsUsed: 0)
        #expect(card.traps == ["in_data", "unsafe"])
        #expect(card.total < 100)
    }
}
