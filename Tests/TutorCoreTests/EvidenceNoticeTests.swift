import PsqlCore
import Testing
import TutorCore

/// `notice:` in an evidence rule: a NOTICE, WARNING or INFO the learner's input produced.
@Suite struct EvidenceNoticeTests {
    static func info(_ message: String, detail: String? = nil) -> ServerMessage {
        ServerMessage(
            severity: "INFO", severityCode: "INFO", sqlState: "00000", message: message, detail: detail, formatted: "INFO:  \(message)\n")
    }

    static let vacuumVerbose = ExecutionRecord(
        kind: .sql, input: "VACUUM (VERBOSE) orders", database: "shop",
        notices: [info("vacuuming \"shop.public.orders\"", detail: "tuples: 0 removed, 1000 remain, 1000 are dead but not yet removable")])

    struct Case: Sendable, CustomTestStringConvertible {
        var rule: EvidenceRule
        var record: ExecutionRecord
        var matches: Bool
        var testDescription: String { "\(rule.notice ?? "-") → \(matches)" }
    }

    static func rule(_ notice: String, input: String? = nil) -> EvidenceRule {
        var rule = EvidenceRule(input: input)
        rule.notice = notice
        return rule
    }

    @Test(arguments: [
        Case(rule: rule("dead but not yet removable"), record: vacuumVerbose, matches: true),  // in the detail
        Case(rule: rule("^vacuuming \"shop"), record: vacuumVerbose, matches: true),  // in the message
        Case(rule: rule("DEAD BUT NOT YET", input: "(?i)vacuum"), record: vacuumVerbose, matches: true),  // case-insensitive, with input
        Case(rule: rule("dead but not yet removable", input: "analyze"), record: vacuumVerbose, matches: false),  // input must hold too
        Case(rule: rule("removable"), record: ExecutionRecord(kind: .sql, input: "VACUUM orders", database: "shop"), matches: false),
    ])
    func noticeRules(_ c: Case) {
        let matcher = EvidenceMatcher(
            lesson: Lesson(
                id: "s/01-x", title: "", topic: "", level: 1, duration: "", promptLabel: "",
                learner: LearnerAccount(role: "r", database: "shop"),
                setup: LessonSetup(roles: [], databases: []), sessions: [],
                milestones: [Milestone(id: "m", title: "", evidence: [c.rule])], checks: [], traps: [], workload: []))
        #expect(matcher.matches(c.rule, c.record) == c.matches)
    }
}
