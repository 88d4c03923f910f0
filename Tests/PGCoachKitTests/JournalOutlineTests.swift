import Foundation
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// A report reads journals in outline: results keep only whether they failed.
@Suite struct JournalOutlineTests {
    @Test func outlineKeepsFailuresAndSkipsPrintedText() throws {
        let failure = ServerMessage(
            severity: "ERROR", severityCode: "ERROR", sqlState: "42601", message: "syntax error", formatted: "ERROR:  syntax error\n")
        // A cell that spells the patterns inside a string must not fool the outline.
        let tricky = ObservedResult(columns: ["t"], rows: [["\"error\":{ \"kind\":\"output\""]], rowCount: 1, commandTag: "SELECT 1")
        let events = [
            JournalEvent(kind: .sessionStart, time: "t", elapsedMilliseconds: 0, lesson: "stage-1/01-x", learner: "ada"),
            JournalEvent(kind: .input, time: "t", elapsedMilliseconds: 1, input: "select 1", inputKind: .sql),
            JournalEvent(
                kind: .result, time: "t", elapsedMilliseconds: 2,
                record: ExecutionRecord(kind: .sql, input: "select 1", database: "d", results: [tricky])),
            JournalEvent(kind: .input, time: "t", elapsedMilliseconds: 3, input: "selec", inputKind: .sql),
            JournalEvent(
                kind: .result, time: "t", elapsedMilliseconds: 4,
                record: ExecutionRecord(kind: .sql, input: "selec", database: "d", error: failure)),
            JournalEvent(kind: .output, time: "t", elapsedMilliseconds: 5, text: "Expanded display is on."),
            JournalEvent(kind: .end, time: "t", elapsedMilliseconds: 6),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for event in events { data += try encoder.encode(event) + Data("\n".utf8) }
        let path = NSTemporaryDirectory() + "outline-\(UUID().uuidString).jsonl"
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        let full = try JournalFile.read(path)
        #expect(full.events == events)
        let outline = try JournalFile.read(path, outline: true)
        #expect(outline.events.map(\.kind) == [.sessionStart, .input, .result, .input, .result, .end])
        #expect(outline.events.filter { $0.record?.error != nil }.count == 1)
        #expect(outline.events[4].record?.error != nil)
        let attempt = try #require(try AttemptSplitter.attempts(in: outline.events, source: path).first)
        #expect(attempt.statements == 2)
        #expect(attempt.errors == 1)
        #expect(JournalFile.firstEvent(path)?.learner == "ada")
    }

    @Test func eventsOfANewerPgcoachAreLeftOutNotFatal() throws {
        let text = """
            {"elapsed_ms":0,"kind":"session_start","lesson":"stage-1/01-x","learner":"ada","time":"t"}
            {"elapsed_ms":1,"kind":"hologram","time":"t","text":"from the future"}
            {"elapsed_ms":2,"kind":"end","time":"t"}

            """
        let path = NSTemporaryDirectory() + "future-\(UUID().uuidString).jsonl"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let contents = try JournalFile.read(path)
        #expect(contents.events.map(\.kind) == [.sessionStart, .end])
        #expect(contents.notes == ["1 event of a kind this pgcoach does not know (a newer version wrote them) left out"])
    }
}
