import Foundation
import Testing

@testable import PGCoachKit

/// Lessons are untrusted input: hostile nesting, paths out of the folder, FIFOs.
@Suite struct LessonUntrustedInputTests {
    @Test(arguments: [
        // Apostrophes in comments and plain text are not quotes: the deep nesting after them counts.
        ("# the team's runbook\nx: " + String(repeating: "[", count: 5000), true),
        ("title: Don't panic\nx: " + String(repeating: "{a: ", count: 100), true),
        ("x:\n" + String(repeating: "- ", count: 300) + "a", true),
        // Brackets in comments, quotes and block scalars are text.
        ("# " + String(repeating: "[", count: 500) + "\nx: 1", false),
        ("x: '" + String(repeating: "[", count: 500) + "'", false),
        ("x: \"" + String(repeating: "{", count: 500) + "\\\" \"", false),
        ("sql: |\n  SELECT ARRAY" + String(repeating: "[", count: 500) + "\n  -- it's text\nnext: [1, [2]]", false),
        ("x: [a, 'b]', \"c]\", [d]] # [[[\ny: it's [not a flow", false),
        ("x: 'it''s [' \ny: [[1]]", false),
    ])
    func nestingIsMeasuredLikeYAML(source: String, refused: Bool) {
        #expect((YAMLNestingScanner.problem(in: source) != nil) == refused)
    }

    @Test func deepNestingAfterAnApostropheIsAnErrorNotACrash() {
        let source = "# the author's note\nid: x\nsetup: " + String(repeating: "[", count: 5000)
        #expect(throws: LessonFormatError.self) { try LessonLoader.parseLessonYAML(source, file: "lesson.yaml") }
    }

    @Test func authorPathsStayInsideTheFolderAndAreRegularFiles() throws {
        let root = NSTemporaryDirectory() + "pgcoach-lfp-\(UUID().uuidString)"
        let folder = root + "/lesson"
        try FileManager.default.createDirectory(atPath: folder + "/sql", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "select 1;\n".write(toFile: folder + "/sql/golden.sql", atomically: true, encoding: .utf8)
        try "secret\n".write(toFile: root + "/outside.sql", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out.sql", withDestinationPath: root + "/outside.sql")
        try FileManager.default.createSymbolicLink(atPath: folder + "/in.sql", withDestinationPath: "sql/golden.sql")
        #expect(mkfifo(folder + "/fifo.sql", 0o600) == 0)

        #expect(LessonFilePolicy.problem(with: "sql/golden.sql", in: folder) == nil)
        #expect(LessonFilePolicy.problem(with: "in.sql", in: folder) == nil)
        #expect(LessonFilePolicy.problem(with: "../outside.sql", in: folder)?.contains("..") == true)
        #expect(LessonFilePolicy.problem(with: "sql/../../outside.sql", in: folder) != nil)
        #expect(LessonFilePolicy.problem(with: "/etc/passwd", in: folder)?.contains("absolute") == true)
        #expect(LessonFilePolicy.problem(with: "out.sql", in: folder)?.contains("link out") == true)
        #expect(LessonFilePolicy.problem(with: "fifo.sql", in: folder)?.contains("not a regular file") == true)
        #expect(LessonFilePolicy.problem(with: "missing.sql", in: folder)?.contains("not found") == true)
        // Opened for running: a FIFO is refused at once, never waited on.
        #expect(LessonFilePolicy.openScript(folder + "/fifo.sql") == -1)
        let opened = LessonFilePolicy.openScript(folder + "/sql/golden.sql")
        #expect(opened >= 0)
        close(opened)
    }
}
