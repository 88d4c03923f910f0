import Foundation
import Testing
import TutorCore

@testable import PGCoachKit

/// `server: {next_xid: N}` at load: accepted values, and one-line errors for the rest.
@Suite struct LessonLoaderNextXidTests {
    /// The engine fixture lesson with `next_xid` added to its server block.
    static func lesson(_ nextXid: String) -> String {
        engineLessonYAML.replacingOccurrences(
            of: "auto_explain'}\n", with: "auto_explain'}\n  next_xid: \(nextXid)\n")
    }

    @Test(arguments: [
        ("2_110_783_488", UInt32(2_110_783_488)),
        ("1048576", UInt32(1_048_576)),
        ("2140000000", UInt32(2_140_000_000)),
    ])
    func loadsTheJump(_ text: String, _ expected: UInt32) throws {
        let lesson = try LessonLoader.parseLessonYAML(Self.lesson(text), file: "lesson.yaml")
        #expect(lesson.transactionCounterJump == TransactionCounterJump(nextXid: expected))
    }

    @Test func withoutItNothingMoves() throws {
        #expect(try LessonLoader.parseLessonYAML(engineLessonYAML, file: "lesson.yaml").transactionCounterJump == nil)
    }

    @Test(arguments: [
        ("1000", "between 1048576 and 2140000000"),
        ("2147483647", "between 1048576 and 2140000000"),
        ("-5", "between 1048576 and 2140000000"),
        ("soon", "expected a whole number"),
        ("[1, 2]", "expected a whole number"),
    ])
    func refusesBadValues(_ text: String, _ message: String) {
        LessonLoaderEngineTests.expectFormatError(Self.lesson(text), field: "server.next_xid", message: message, line: 9)
    }

    @Test func refusesTrackCommitTimestamp() {
        let source = Self.lesson("2000000000").replacingOccurrences(
            of: "max_connections: 30,", with: "track_commit_timestamp: 'on',")
        LessonLoaderEngineTests.expectFormatError(source, field: "server.next_xid", message: "track_commit_timestamp", line: 9)
    }

    @Test func refusesStandbys() {
        let source = Self.lesson("2000000000").replacingOccurrences(
            of: "learner: {role: dba", with: "servers:\n  - name: replica1\n    standby_of: primary\nlearner: {role: dba")
        LessonLoaderEngineTests.expectFormatError(source, field: "server.next_xid", message: "servers:", line: 9)
    }
}
