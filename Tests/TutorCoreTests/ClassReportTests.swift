import Foundation
import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct ClassReportTests {
    static func attempt(
        _ learner: String, _ total: Int?, met: [(String, Double)] = [], traps: [String] = [], gaveUp: Bool = false,
        notes: [String] = [], lesson: String = sampleLesson.id, started: String = "2026-05-31T21:00:00Z"
    ) -> Attempt {
        Attempt(
            source: "\(learner).jsonl", number: 1, learner: learner, lesson: lesson, started: started, durationMilliseconds: 90_000,
            scorecard: total.map { JournalFixture.card($0, met: Set(met.map(\.0)), traps: traps) }, hintsUsed: 1, notes: notes,
            milestones: met.map { .init(id: $0.0, elapsedMilliseconds: $0.1) }, gaveUp: gaveUp)
    }

    @Test(
        arguments: [
            ([], nil), ([70], 70), ([10, 90], 50), ([100, 20, 60], 60), ([1, 2, 3, 100], 2.5),
        ] as [([Int], Double?)])
    func median(_ values: [Int], _ expected: Double?) {
        #expect(ClassReport.median(values) == expected)
    }

    static let five = ClassReport(attempts: [
        attempt("golden", 100, met: [("blocker", 10_000), ("tenants", 50_000)], notes: ["blocker is the migration"]),
        attempt("gaveup", 20, met: [("blocker", 30_000)], gaveUp: true),
        attempt("trap1", 80, met: [("blocker", 5_000), ("tenants", 9_000)], traps: ["kill_writer"]),
        attempt("trap2", 80, met: [("blocker", 7_000), ("tenants", 8_000)], traps: ["superuser", "kill_writer"]),
        attempt("noop", 0),
    ])

    @Test func perLessonAggregates() throws {
        let summary = try #require(Self.five.summary(of: sampleLesson.id))
        #expect(summary.attempts == 5)
        #expect(summary.learners == 5)
        #expect(summary.scored == 5)
        #expect(summary.medianScore == 80)
        #expect(summary.gaveUp == 1)
        #expect(summary.commonTraps == [.init(id: "kill_writer", count: 2), .init(id: "superuser", count: 1)])
        #expect(summary.mostMissedMilestones == [.init(id: "tenants", count: 2)])
        #expect(summary.milestoneOrder == ["blocker", "tenants"])
        #expect(summary.notes == 1)
    }

    @Test func tiesInTheMostMissedFrontAreAllNamed() throws {
        let report = ClassReport(attempts: [Self.attempt("a", 0), Self.attempt("b", 100, met: [("blocker", 1), ("tenants", 2)])])
        let summary = try #require(report.lessons.first)
        #expect(summary.mostMissedMilestones.map(\.id) == ["blocker", "tenants"])
        #expect(ClassReportRenderer.missedText(summary) == "blocker, tenants (1 of 2 each)")
    }

    @Test func unscoredAttemptsAndSeveralLessons() {
        let report = ClassReport(attempts: [
            Self.attempt("a", nil, met: [("blocker", 1000)], lesson: "stage-02/01-b"),
            Self.attempt("b", 40, lesson: "stage-01/01-a", started: "2026-06-01T09:00:00Z"),
            Self.attempt("c", 60, lesson: "stage-01/01-a", started: "2026-06-01T08:00:00Z"),
        ])
        #expect(report.lessons.map(\.lesson) == ["stage-01/01-a", "stage-02/01-b"])
        #expect(report.attempts.map(\.learner) == ["c", "b", "a"], "ordered by lesson, then start")
        #expect(report.lessons[0].medianScore == 50)
        #expect(report.lessons[1].medianScore == nil)
        #expect(report.lessons[1].mostMissedMilestones.isEmpty, "an unscored attempt misses nothing it could not know of")
        let text = ClassReportRenderer.text(report)
        #expect(
            text.contains(" Learner |    Lesson     |") && text.contains(" c       | stage-01/01-a |"),
            "several lessons: a Lesson column\n\(text)")
    }

    @Test func textIsAlignedLikePsql() {
        let text = ClassReportRenderer.text(Self.five)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.contains("Attempts at \(sampleLesson.id)") })
        #expect(!lines.contains { $0.hasPrefix(" Learner ") && $0.contains("Lesson") }, "one lesson: in the title, not a column")
        #expect(lines.contains { $0.hasPrefix(" Learner ") && $0.contains("| Total |") })
        #expect(lines.contains { $0.contains(" golden ") && $0.contains("|   100 |") }, "\(text)")
        #expect(lines.contains { $0.contains(" blocker 10.0 s ") && $0.hasSuffix("+| no") }, "multi-line cells continue with +")
        #expect(text.contains("kill_writer ×2"))
        #expect(text.contains("tenants (2 of 5)"))
        #expect(text.contains("(5 rows)"))
        let widths = Set(lines.filter { $0.contains(" | ") && $0.contains("golden") }.map(\.count))
        #expect(widths.count == 1)
    }

    @Test func markdownEscapesCellsAndKeepsLinesApart() {
        let report = ClassReport(attempts: [Self.attempt("<img src=x>|eve", 50, met: [("blocker", 1000), ("tenants", 2000)])])
        let md = ClassReportRenderer.markdown(report)
        #expect(md.contains("&lt;img src=x&gt;\\|eve"))
        #expect(!md.contains("<img"))
        #expect(md.contains("blocker 1.0 s<br>tenants 2.0 s"))
        #expect(md.contains("| Learner | Started (UTC) | Duration |"))
        #expect(md.contains("|---|---|---:|---:|"))
    }

    @Test func csvQuotesAndHasAColumnPerMilestone() {
        let report = ClassReport(
            attempts: [Self.attempt("Lovelace, \"Ada\"", 100, met: [("blocker", 1500)], traps: ["a", "b"])],
            skipped: [.init(source: "x.jsonl", reason: "broken")])
        let csv = ClassReportRenderer.csv(report)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0].hasSuffix("time_to_blocker_s,time_to_tenants_s"))
        #expect(rows[1].contains(",\"Lovelace, \"\"Ada\"\"\","))
        #expect(rows[1].hasSuffix(",1.5,"))
        #expect(rows[1].contains(",a;b,"))
        #expect(rows[2] == "")
        #expect(rows[3].hasPrefix("lesson,attempts,"))
    }

    @Test func skippedFilesAndConnectSessionsAreListed() {
        var report = ClassReport(attempts: [], skipped: [.init(source: "notes.jsonl", reason: "line 1: not a pgcoach journal event")])
        report.connectSessions = 3
        let text = ClassReportRenderer.text(report)
        #expect(text.contains("Skipped 1 file:\n  notes.jsonl: line 1: not a pgcoach journal event"))
        #expect(text.contains("Not counted: 3 `pgcoach connect` sessions"))
        #expect(text.hasPrefix("No lesson attempts in these journals.\n"))
        #expect(ClassReportRenderer.markdown(report).contains("No lesson attempts in these journals.\n\nNot counted: 3"))
    }
}

@Suite struct ClassReportDocumentTests {
    @Test func everyKeyIsPresentNullWhenMissing() throws {
        let report = ClassReport(attempts: [
            ClassReportTests.attempt("a", nil, met: [("blocker", 1500)]),
            ClassReportTests.attempt("b", 100, met: [("blocker", 1000), ("tenants", 2000)]),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(ClassReportDocument(report)), as: UTF8.self)
        #expect(json.contains(#""time_to_milestone":{"blocker":1.5,"tenants":null}"#), "\(json)")
        #expect(json.contains(#""total":null"#))
        #expect(json.contains(#""median_score":100"#))
        #expect(json.contains(#""connect_sessions":0"#))
    }
}
