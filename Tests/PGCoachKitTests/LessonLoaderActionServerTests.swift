import Testing
import TutorCore

@testable import PGCoachKit

/// `server:` on backup and hba actions: the home server by default, a named server checked at
/// load (unknown, lost, or at setup before the standbys exist: one-line errors).
@Suite struct LessonLoaderActionServerTests {
    static let actions = """
          - id: dump-replica
            kind: backup
            server: replica1
            into: backups
            description: dump from replica1
          - id: hba-replica
            kind: hba
            server: replica1
            description: edit replica1's pg_hba.conf
        """

    @Test func actionsNameTheirServerOrGetTheHomeServer() throws {
        let lesson = try LessonLoader.parseLessonYAML(LessonLoaderSandboxTests.withServerActions(Self.actions), file: "lesson.yaml")
        #expect(lesson.actions.map(\.server) == ["replica1", "replica1", "primary", "primary", "primary", "primary"])
        let lostPrimary = LessonLoaderSandboxTests.withServerActions(Self.actions)
            .replacingOccurrences(of: "servers:\n", with: "servers:\n  - {name: primary, lost: true}\n")
        let home = try LessonLoader.parseLessonYAML(lostPrimary, file: "lesson.yaml")
        // The nightly backup runs at setup, on the primary, before it is lost.
        #expect(home.actions.map(\.server) == ["replica1", "replica1", "primary", "replica1", "replica1", "replica1"])
    }

    @Test(arguments: [
        (
            "server: replica1\n    into", "server: replica9\n    into", "actions[0].server",
            "no server replica9 (servers: primary, replica1)"
        ),
        ("server: replica1\n    description: edit", "server: [replica1]\n    description: edit", "actions[1].server", "expected text"),
        ("into: backups", "into: backups\n    at_setup: true", "actions[0].server", "at_setup actions run before the standbys are built"),
        (
            "kind: hba\n    server: replica1", "kind: verify_backup\n    dir: backups\n    server: replica1", "actions[1].server",
            "unknown field"
        ),
    ])
    func serverErrors(_ replace: String, _ with: String, _ field: String, _ message: String) {
        LessonLoaderSandboxTests.expectActionsError(Self.actions, replace, with, field, message)
    }

    @Test func aLostServerCannotBeActedOn() {
        let yaml = LessonLoaderSandboxTests.withServerActions(Self.actions)
            .replacingOccurrences(
                of: "servers:\n  - {name: replica1, standby_of: primary}",
                with: "servers:\n  - {name: replica1, standby_of: primary, lost: true}")
        LessonLoaderEngineTests.expectFormatError(yaml, field: "actions[0].server", message: "replica1 is lost at every start", line: nil)
    }
}
