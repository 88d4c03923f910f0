import PsqlCore
import Testing
import TutorCore

/// The evidence matcher, rule field by rule field: what a learner's input must show for a
/// milestone to count, and the near misses that must not count. (Notices: EvidenceNoticeTests.)
@Suite struct EvidenceMatcherTests {
    /// `pg_stat_activity` as a learner sees it while a session blocks the others.
    static let activity = ExecutionRecord(
        kind: .sql, input: "SELECT pid, state, query FROM pg_stat_activity", database: "shop",
        results: [
            ObservedResult(
                columns: ["pid", "state", "query"],
                rows: [
                    ["4242", "idle in transaction", "UPDATE orders SET total = 0 WHERE id = 1"],
                    ["4243", "active", "UPDATE orders SET total = 1 WHERE id = 1"],
                    ["4244", nil, nil],
                ],
                rowCount: 3, commandTag: "SELECT 3")
        ])

    /// The same statement, refused: nothing was shown.
    static let refused = ExecutionRecord(
        kind: .sql, input: "SELECT pid, state FROM pg_stat_activty", database: "shop",
        error: error("42P01", "relation \"pg_stat_activty\" does not exist"))

    /// A lock wait the learner ran into, with the rows an earlier statement of the string showed.
    static let timedOut = ExecutionRecord(
        kind: .sql, input: "SELECT 1 AS probe; UPDATE orders SET total = 2 WHERE id = 1", database: "shop",
        results: [ObservedResult(columns: ["probe"], rows: [["1"]], rowCount: 1, commandTag: "SELECT 1")],
        error: error("55P03", "canceling statement due to lock timeout"))

    /// `\d+ orders`: a meta-command's table.
    static let describe = ExecutionRecord(
        kind: .metaCommand, input: "\\d+ orders", database: "shop",
        results: [
            ObservedResult(
                columns: ["Column", "Type"], rows: [["id", "integer"], ["total", "numeric"]], rowCount: 2,
                commandTag: "")
        ])

    static func error(_ sqlState: String, _ message: String) -> ServerMessage {
        ServerMessage(
            severity: "ERROR", severityCode: "ERROR", sqlState: sqlState, message: message,
            formatted: "ERROR:  \(message)\n")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rule: EvidenceRule
        var record: ExecutionRecord
        var matches: Bool
        var testDescription: String { "\(name) → \(matches)" }
    }

    static func rule(_ configure: (inout EvidenceRule) -> Void) -> EvidenceRule {
        var rule = EvidenceRule()
        configure(&rule)
        return rule
    }

    @Test(arguments: [
        // input: a case-insensitive regex over the statement as sent.
        Case(name: "input", rule: rule { $0.input = "pg_stat_activity" }, record: activity, matches: true),
        Case(name: "input, other case", rule: rule { $0.input = "PG_STAT_ACTIVITY" }, record: activity, matches: true),
        Case(name: "input absent", rule: rule { $0.input = "pg_locks" }, record: activity, matches: false),
        // databases: the input ran in one of them.
        Case(name: "database listed", rule: rule { $0.databases = ["shop", "ops"] }, record: activity, matches: true),
        Case(name: "database not listed", rule: rule { $0.databases = ["ops"] }, record: activity, matches: false),
        // cell: any cell shown; NULL never matches a cell pattern.
        Case(name: "cell", rule: rule { $0.cell = "^idle in transaction$" }, record: activity, matches: true),
        Case(name: "cell not shown", rule: rule { $0.cell = "^waiting$" }, record: activity, matches: false),
        Case(name: "NULL is no cell", rule: rule { $0.cell = "^$" }, record: activity, matches: false),
        // column: a column name shown.
        Case(name: "column", rule: rule { $0.column = "^state$" }, record: activity, matches: true),
        Case(name: "column not shown", rule: rule { $0.column = "^wait_event$" }, record: activity, matches: false),
        // row: every condition in one row, each in its column when one is named.
        Case(
            name: "row: pid with its state",
            rule: rule { $0.row = [RowCondition(column: "^pid$", cell: "^4242$"), RowCondition(column: "^state$", cell: "idle in")] },
            record: activity, matches: true),
        Case(
            name: "row: the two cells are in different rows",
            rule: rule { $0.row = [RowCondition(column: "^pid$", cell: "^4243$"), RowCondition(column: "^state$", cell: "idle in")] },
            record: activity, matches: false),
        Case(
            name: "row: the value is there, in another column",
            rule: rule { $0.row = [RowCondition(column: "^query$", cell: "^idle in transaction$")] },
            record: activity, matches: false),
        Case(
            name: "row: a NULL cell reads as empty",
            rule: rule { $0.row = [RowCondition(column: "^pid$", cell: "^4244$"), RowCondition(column: "^state$", cell: "^$")] },
            record: activity, matches: true),
        // A failed statement shows nothing: no evidence from it, whatever its text.
        Case(name: "plain rule, failed statement", rule: rule { $0.input = "pg_stat_activ" }, record: refused, matches: false),
        Case(name: "cell rule, failed statement", rule: rule { $0.cell = "." }, record: refused, matches: false),
        // ...unless the rule asks for the error.
        Case(name: "error SQLSTATE", rule: rule { $0.errorSQLState = "42P01" }, record: refused, matches: true),
        Case(name: "other SQLSTATE", rule: rule { $0.errorSQLState = "42703" }, record: refused, matches: false),
        Case(name: "error message", rule: rule { $0.error = "does not exist" }, record: refused, matches: true),
        Case(name: "error wanted, none came", rule: rule { $0.error = "." }, record: activity, matches: false),
        Case(
            name: "error SQLSTATE and message must both hold",
            rule: rule {
                $0.errorSQLState = "55P03"
                $0.error = "deadlock"
            }, record: timedOut, matches: false),
        // Rows shown before the error still count as shown.
        Case(name: "rows before an error", rule: rule { $0.cell = "^1$" }, record: timedOut, matches: true),
        // meta_command: the command's name, without its arguments or the backslash.
        Case(name: "meta-command", rule: rule { $0.metaCommand = ["d+", "d"] }, record: describe, matches: true),
        Case(name: "other meta-command", rule: rule { $0.metaCommand = ["dt"] }, record: describe, matches: false),
        Case(name: "meta-command rule, SQL input", rule: rule { $0.metaCommand = ["d+"] }, record: activity, matches: false),
        Case(
            name: "meta-command with its table",
            rule: rule {
                $0.metaCommand = ["d+"]
                $0.cell = "^numeric$"
            },
            record: describe, matches: true),
        // Every condition of a rule must hold.
        Case(
            name: "input and cell both hold",
            rule: rule {
                $0.input = "pg_stat_activity"
                $0.cell = "idle in"
            },
            record: activity, matches: true),
        Case(
            name: "input holds, cell does not",
            rule: rule {
                $0.input = "pg_stat_activity"
                $0.cell = "^waiting$"
            },
            record: activity, matches: false),
    ])
    func matches(_ c: Case) {
        let matcher = EvidenceMatcher(lesson: Self.lesson(evidence: [c.rule]))
        #expect(matcher.matches(c.rule, c.record) == c.matches)
    }

    @Test(
        arguments: [
            ("\\d+ orders", "d+"), ("\\dt", "dt"), ("\\x", "x"), ("select 1", nil), ("", nil),
        ] as [(String, String?)])
    func metaCommandName(input: String, name: String?) {
        #expect(EvidenceMatcher.metaCommandName(input) == name)
    }

    @Test func invalidPatternsAreRefusedAndNeverMatch() {
        #expect(!EvidenceMatcher.isValidPattern("(unclosed"))
        #expect(EvidenceMatcher.isValidPattern("^idle in (transaction)?$"))
        let broken = Self.rule { $0.input = "(unclosed" }
        let matcher = EvidenceMatcher(lesson: Self.lesson(evidence: [broken]))
        #expect(!matcher.matches(broken, Self.activity))
    }

    static func lesson(evidence: [EvidenceRule]) -> Lesson {
        Lesson(
            id: "s/01-x", title: "", topic: "", level: 1, duration: "", promptLabel: "",
            learner: LearnerAccount(role: "r", database: "shop"), setup: LessonSetup(roles: [], databases: []),
            sessions: [], milestones: [Milestone(id: "m", title: "", evidence: evidence)], checks: [], traps: [],
            workload: [])
    }
}
