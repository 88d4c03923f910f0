import PsqlCore
import Testing
import TutorCore

/// The pure plan judge: plan lines against require / forbid patterns.
@Suite struct PlanShapeTests {
    static let seqScanPlan = [
        "Limit", "  ->  Sort", "        Sort Key: created_at DESC", "        ->  Seq Scan on orders",
        "              Filter: (tenant_id = $1)",
    ]
    static let indexPlan = [
        "Limit", "  ->  Index Scan Backward using orders_tenant_created_idx on orders", "        Index Cond: (tenant_id = 7)",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var require: [String]
        var forbid: [String]
        var matches: Bool
        var reason: String
        var testDescription: String { "\(require) \(forbid) → \(matches)" }
    }

    @Test(arguments: [
        Case(
            lines: indexPlan, require: ["(Index|Index Only|Bitmap Index) Scan.* on orders"], forbid: ["^Sort", "Seq Scan"], matches: true,
            reason: "the plan matches"),
        Case(lines: seqScanPlan, require: ["Index Scan"], forbid: [], matches: false, reason: "no plan line matches Index Scan"),
        // `^` anchors at the node name: indentation and the arrow are not part of a line.
        Case(lines: seqScanPlan, require: [], forbid: ["^Sort"], matches: false, reason: "the plan has Sort (matches ^Sort)"),
        Case(lines: seqScanPlan, require: ["^Seq Scan on orders$"], forbid: [], matches: true, reason: "the plan matches"),
        // Sort Key lines start with Sort too: an author who means the node writes ^Sort$.
        Case(lines: indexPlan, require: [], forbid: ["^Sort$"], matches: true, reason: "the plan matches"),
        // Case-insensitive, like every pattern in lesson.yaml.
        Case(lines: seqScanPlan, require: ["seq scan ON orders"], forbid: [], matches: true, reason: "the plan matches"),
        // Parameters stay visible in generic plans.
        Case(lines: seqScanPlan, require: ["\\$1"], forbid: [], matches: true, reason: "the plan matches"),
        Case(lines: [], require: ["Index"], forbid: [], matches: false, reason: "no plan line matches Index"),
        Case(lines: [], require: [], forbid: ["Seq Scan"], matches: true, reason: "the plan matches"),
    ])
    func verdict(_ c: Case) {
        let verdict = PlanShape.verdict(lines: c.lines, require: c.require, forbid: c.forbid)
        #expect(verdict.matches == c.matches)
        #expect(verdict.reason == c.reason)
    }

    @Test func normalizedLinesDropIndentAndArrow() {
        #expect(PlanShape.normalized("        ->  Seq Scan on orders") == "Seq Scan on orders")
        #expect(PlanShape.normalized("  Filter: (x = 1)") == "Filter: (x = 1)")
        #expect(PlanShape.normalized("Limit") == "Limit")
    }

    /// A plan probe's verdict counts as a check pass only when the plan matched.
    @Test func planProbesAreTrueOnlyWhenTheyMatch() {
        #expect(Observations.Probe.plan(matches: true, reason: "").isTrue)
        #expect(!Observations.Probe.plan(matches: false, reason: "x").isTrue)
        #expect(!Observations.Probe.failed("relation orders does not exist").isTrue)
    }
}

/// The judge reads plan probes like any probe: a matching plan passes a check and triggers a
/// trap; a failing plan's reason reaches the check report.
@Suite struct PlanJudgingTests {
    static let lesson: Lesson = {
        var check = FixCheck(
            id: "indexed", milestone: "scan", title: "uses an index", databases: ["shop"], passText: "ok", failText: "still scans")
        check.plan = PlanProbe(sql: "SELECT 1", require: ["Index Scan"])
        var trap = Trap(id: "pk_gone", title: "lookups scan", databases: ["shop"], severity: .minor)
        trap.plan = PlanProbe(sql: "SELECT 2", require: ["Seq Scan"])
        return Lesson(
            id: "s/01-plan", title: "", topic: "", level: 1, duration: "", promptLabel: "",
            learner: LearnerAccount(role: "r", database: "shop"),
            setup: LessonSetup(roles: [], databases: []), sessions: [], milestones: [Milestone(id: "scan", title: "", evidence: [])],
            checks: [check], traps: [trap], workload: [])
    }()

    @Test func planVerdictsDecideChecksAndTraps() {
        let broken = Observations(
            checkProbes: ["indexed": ["shop": .plan(matches: false, reason: "no plan line matches Index Scan")]],
            trapProbes: ["pk_gone": ["shop": .plan(matches: true, reason: "the plan matches")]])
        let verdict = LessonJudge.verdict(Self.lesson, broken, milestonesMet: ["scan"])
        #expect(verdict.checks["indexed"] == false)
        #expect(verdict.planNotes["indexed"] == "no plan line matches Index Scan")
        #expect(verdict.triggered == ["pk_gone"])
        #expect(LessonJudge.frontIsBroken(Self.lesson, milestone: "scan", broken))

        let fixed = Observations(
            checkProbes: ["indexed": ["shop": .plan(matches: true, reason: "the plan matches")]],
            trapProbes: ["pk_gone": ["shop": .plan(matches: false, reason: "no plan line matches Seq Scan")]])
        let after = LessonJudge.verdict(Self.lesson, fixed, milestonesMet: ["scan"])
        #expect(after.checks["indexed"] == true && after.planNotes.isEmpty && after.triggered.isEmpty)
        #expect(!LessonJudge.frontIsBroken(Self.lesson, milestone: "scan", fixed))
    }
}
