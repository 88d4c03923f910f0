import Testing
import TutorCore

@testable import PGCoachKit

/// `kind: rewind` and `rebuild_standby … from:` at load: the servers exist and differ, a slot
/// name is one, and pg_rewind's server settings are declared.
@Suite struct LessonLoaderRewindTests {
    static let actions = """
          - id: rewind-old
            kind: rewind
            server: primary
            from: replica1
            slot: old_primary_slot
            description: rewind the old primary onto replica1
          - id: recopy-old
            kind: rebuild_standby
            server: primary
            from: replica1
            description: copy the old primary again from replica1
        """

    static let rewindSettings = "{archive_command: 'cp %p {{archive}}/%f', wal_log_hints: 'on', full_page_writes: 'on'}"

    /// The two-server lesson with `actions` and (unless `settings` is false) pg_rewind's settings.
    static func lesson(_ actions: String = actions, settings: Bool = true) -> String {
        let yaml = LessonLoaderSandboxTests.withServerActions(actions)
        return settings ? yaml.replacingOccurrences(of: "{archive_command: 'cp %p {{archive}}/%f'}", with: rewindSettings) : yaml
    }

    @Test func loadsRewindAndRebuildFrom() throws {
        let lesson = try LessonLoader.parseLessonYAML(Self.lesson(), file: "lesson.yaml")
        #expect(lesson.actions[0].kind == .rewind(RewindAction(server: "primary", from: "replica1", slot: "old_primary_slot")))
        #expect(lesson.actions[1].kind == .rebuildStandby(server: "primary", from: "replica1", slot: nil))
        #expect(try ActionRequest.parse("", for: lesson.actions[0]).get() == .fixed)
        #expect(throws: ActionProblem.self) { try ActionRequest.parse("now", for: lesson.actions[0]).get() }
        #expect(lesson.actions[0].usage == "\\action rewind-old")
    }

    @Test(arguments: [
        (
            "server: primary\n    from: replica1\n    slot", "server: primary\n    from: replica9\n    slot", "actions[0].from",
            "no server replica9"
        ),
        (
            "server: primary\n    from: replica1\n    slot", "server: replica1\n    from: replica1\n    slot", "actions[0].from",
            "cannot be rewound to itself"
        ),
        ("slot: old_primary_slot", "slot: Old-Slot", "actions[0].slot", "lower-case letters"),
        (
            "description: rewind the old primary onto replica1", "description: rewind\n    at_setup: true", "actions[0].at_setup",
            "learner's move"
        ),
        ("description: rewind the old primary onto replica1", "description: rewind\n    into: backups", "actions[0].into", "unknown field"),
        (
            "server: primary\n    from: replica1\n    description: copy", "server: primary\n    from: primary\n    description: copy",
            "actions[1].from", "copied from itself"
        ),
        (
            "server: primary\n    from: replica1\n    description: copy", "server: primary\n    description: copy", "actions[1].server",
            "name its new upstream with from:"
        ),
    ])
    func rewindErrors(_ replace: String, _ with: String, _ field: String, _ message: String) {
        let edited = Self.actions.replacingOccurrences(of: replace, with: with)
        #expect(edited != Self.actions, "the case must change the actions")
        LessonLoaderEngineTests.expectFormatError(Self.lesson(edited), field: field, message: message, line: nil)
    }

    /// Without wal_log_hints and full_page_writes (the template turns the latter off), pg_rewind
    /// would refuse at the learner's run: the lesson is refused at load instead.
    @Test func rewindNeedsItsServerSettings() {
        LessonLoaderEngineTests.expectFormatError(
            Self.lesson(settings: false), field: "actions[0].kind", message: "pg_rewind needs wal_log_hints = on", line: nil)
        let offHints = Self.lesson().replacingOccurrences(of: "wal_log_hints: 'on'", with: "wal_log_hints: 'off'")
        LessonLoaderEngineTests.expectFormatError(offHints, field: "actions[0].kind", message: "wal_log_hints = on", line: nil)
    }
}
