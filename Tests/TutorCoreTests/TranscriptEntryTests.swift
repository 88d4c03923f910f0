import Foundation
import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct TranscriptEntryTests {
    @Test func eachHintAppearsOncePerReveal() {
        var j = JournalFixture()
        j.hint("blocker", level: 1, text: "Look at pg_stat_activity.")
        j.hint("blocker", level: 2, text: "A migration holds a lock\nand writers queue.")
        let md = TranscriptRenderer.markdown(j.events)
        #expect(md.components(separatedBy: "Look at pg_stat_activity.").count - 1 == 1, "\(md)")
        #expect(md.components(separatedBy: "A migration holds a lock").count - 1 == 1)
        #expect(md.contains("> and writers queue."), "a multi-line hint stays inside its callout")
    }

    @Test func thePostmortemIsPrintedOnceAtTheEnd() {
        var j = JournalFixture()
        j.meta(
            "\\giveup",
            events: [JournalEvent(kind: .postmortem, time: "", elapsedMilliseconds: 0, text: "Root cause: a migration.\nThe fix: end it.")],
            printed: "Total 12/100\n── Postmortem ──\nRoot cause: a migration.\nThe fix: end it.")
        let md = TranscriptRenderer.markdown(j.events)
        #expect(md.components(separatedBy: "Root cause: a migration.").count - 1 == 1, "\(md)")
        #expect(md.contains("Total 12/100\n── Postmortem ──\n```"))
        #expect(md.hasSuffix("### Postmortem\n\nRoot cause: a migration.\nThe fix: end it.\n\n"))
    }

    @Test(arguments: [
        ("Hint (where to look, 1/3): look here", ["look here"], ""),
        ("Partial evidence\nHint (x, 1/3): look here\nafter", ["look here"], "Partial evidence\nafter"),
        ("Remediation hint 1/2: two\nlines", ["two\nlines"], ""),
        ("nothing to remove", ["absent"], "nothing to remove"),
    ])
    func removingHints(_ printed: String, _ hints: [String], _ expected: String) {
        #expect(TranscriptEntry.removingHints(hints, from: printed) == expected)
    }

    @Test func aNoteIsShownOnceAsANote() {
        var j = JournalFixture()
        j.note("terminating the migration runner")
        let entries = TranscriptEntry.build(j.events)
        #expect(entries.count == 1)
        guard case .event(let event) = entries.first else {
            Issue.record("expected the note event, got \(entries)")
            return
        }
        #expect(event.kind == .note)
        let md = TranscriptRenderer.markdown(j.events)
        #expect(md.contains("**Note** at +00:02: terminating the migration runner"))
        #expect(md.contains("### Learner's notes"))
        #expect(!md.contains("\\note"))
    }

    @Test func numbersAreRightAlignedWhenTheTypesWereJournaled() {
        var j = JournalFixture()
        j.sql("select", columns: ["name", "orders"], rows: [["a", "4200"], ["bb", "7"]], types: [25, 20])
        #expect(TranscriptRenderer.markdown(j.events).contains(" a    |   4200\n bb   |      7\n"))
    }

    @Test func olderJournalsWithoutTypesStillRender() throws {
        // A result as journals before `columnTypes` wrote it.
        let old = #"{"columns":["orders"],"rows":[["4200"],["7"]],"rowCount":2,"commandTag":"SELECT 2"}"#
        let result = try JSONDecoder().decode(ObservedResult.self, from: Data(old.utf8))
        #expect(result.columnTypes == nil)
        #expect(result.alignments == [.left])
        let typed = try JSONDecoder().decode(
            ObservedResult.self,
            from: JSONEncoder().encode(
                ObservedResult(columns: ["orders"], rows: [], rowCount: 0, commandTag: "SELECT 0", columnTypes: [20])))
        #expect(typed.alignments == [.right], "the types survive the journal")
        var j = JournalFixture()
        j.sql("select", columns: ["orders"], rows: [["4200"], ["7"]])
        #expect(TranscriptRenderer.markdown(j.events).contains(" 4200\n 7\n"))
    }

    @Test func metaCommandTablesAndTheirPrintedTextBothShow() {
        var j = JournalFixture()
        let table = ObservedResult(columns: ["Column", "Type"], rows: [["id", "bigint"]], rowCount: 1, commandTag: "")
        let footer = ObservedResult(
            columns: ["footer"], rows: [["Indexes:"], ["    \"orders_pkey\" PRIMARY KEY, btree (id)"]], rowCount: 2, commandTag: "")
        j.meta(
            "\\d orders",
            events: [
                JournalEvent(
                    kind: .result, time: "", elapsedMilliseconds: 0,
                    record: ExecutionRecord(kind: .metaCommand, input: "\\d orders", database: "app_db", results: [table, footer]))
            ],
            printed: "✓ Found the column (1 of 2 fronts found)")
        let md = TranscriptRenderer.markdown(j.events)
        #expect(md.contains(" id     | bigint\n\nIndexes:\n    \"orders_pkey\" PRIMARY KEY, btree (id)\n"), "\(md)")
        #expect(!md.contains("(1 row)"), "psql prints no row count under a describe table")
        #expect(md.contains("✓ Found the column"))
    }

    @Test func aStatementStillRunningWhenTheSessionWasKilled() {
        var j = JournalFixture()
        j.meta("select pg_sleep(30);")
        let entries = TranscriptEntry.build(j.events)
        guard case .step(let step) = entries.last else {
            Issue.record("no step")
            return
        }
        #expect(step.completion == .interrupted)
    }
}
