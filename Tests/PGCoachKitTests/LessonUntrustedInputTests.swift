import Foundation
import Testing

@testable import PGCoachKit

/// Lessons are untrusted input: hostile nesting (author paths: `LessonFiles`).
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
}
