import Foundation
import Testing

@testable import PsqlCore
@testable import TutorCore

/// The hand-written journal lines read back, through JSONDecoder, as the events written.
@Suite struct JournalEventJSONTests {
    static let error = ServerMessage(
        severity: "ERROR", severityCode: "ERROR", sqlState: "42P01", message: "relation \"nope\" does not exist",
        position: 15, formatted: "ERROR:  relation \"nope\" does not exist\nLINE 1: select * from nope;\n                      ^\n",
        verbose: "ERROR:  42P01: …\tüñí\u{1}\u{7f}")
    static let events: [JournalEvent] = [
        JournalEvent(
            kind: .sessionStart, time: "2026-12-01T10:00:00Z", elapsedMilliseconds: 0, lesson: "stage-0/01",
            learner: "dba", pgcoachVersion: "0.1", serverVersion: "15.18", database: "shop"),
        JournalEvent(kind: .input, time: "t", elapsedMilliseconds: 12.345, database: "d", input: "select 1;\n\"q\" \\ /", inputKind: .sql),
        JournalEvent(
            kind: .result, time: "t", elapsedMilliseconds: 1e-5, database: "d",
            record: ExecutionRecord(
                kind: .sql, input: "select a, b from t", database: "d",
                results: [
                    ObservedResult(
                        columns: ["a", "b"], rows: [["1", nil], ["\u{0}x", "😀"]], rowCount: 5, commandTag: "SELECT 5",
                        columnTypes: [23, 25]),
                    ObservedResult(columns: [], rows: [], rowCount: 0, commandTag: "SET"),
                ],
                error: error, notices: [error], durationMilliseconds: 3, transactionState: .inFailedTransaction,
                connectionLost: true)),
        JournalEvent(kind: .checks, time: "t", elapsedMilliseconds: 99, checks: ["b": true, "a": false]),
        JournalEvent(kind: .hint, time: "t", elapsedMilliseconds: 1, milestone: "m1", level: 2, text: "look\tthere"),
        JournalEvent(kind: .end, time: "t", elapsedMilliseconds: 123_456_789.5),
    ]

    @Test(arguments: events)
    func linesDecodeToTheSameEvent(event: JournalEvent) throws {
        var bounded = event
        bounded.record?.results[0].bytesOmitted = event.record == nil ? nil : 7
        let line = try #require(JournalEventJSON.line(bounded))
        #expect(!line.contains(UInt8(ascii: "\n")), "one event, one line")
        let decoded = try JSONDecoder().decode(JournalEvent.self, from: Data(line))
        #expect(decoded == bounded)
    }

    @Test func scorecardsAreLeftToJSONEncoder() {
        var event = JournalEvent(kind: .scorecard, time: "t", elapsedMilliseconds: 1)
        let dimension = Scorecard.Dimension(score: 0, max: 40, reason: "")
        event.scorecard = Scorecard(
            lesson: "l", total: 0, detect: dimension, fix: dimension, trap: dimension, hintsUsed: 0, milestones: [:],
            checks: [:], traps: [])
        #expect(JournalEventJSON.line(event) == nil)
    }
}

/// The hand-written journal lines must carry every field: a field added to one of these types
/// fails here until `JournalEventJSON` writes it (and this count is raised).
@Suite struct JournalEventJSONCoverageTests {
    @Test func everyStoredFieldIsWritten() {
        let message = JournalEventJSONTests.error
        let result = ObservedResult(columns: [], rows: [], rowCount: 0, commandTag: "")
        let record = ExecutionRecord(kind: .sql, input: "", database: "")
        let event = JournalEvent(kind: .end, time: "", elapsedMilliseconds: 0)
        #expect(Mirror(reflecting: event).children.count == 16, "JournalEvent: update JournalEventJSON.line")
        #expect(Mirror(reflecting: record).children.count == 9, "ExecutionRecord: update JournalEventJSON.Writer.record")
        #expect(Mirror(reflecting: result).children.count == 6, "ObservedResult: update JournalEventJSON.Writer.result")
        #expect(Mirror(reflecting: message).children.count == 10, "ServerMessage: update JournalEventJSON.Writer.message")
    }
}
