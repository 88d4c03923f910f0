import Testing
import TutorCore

@testable import PGCoachKit

/// `{{name}}` that names no lesson directory is a load error at its field (it would reach the
/// server as literal text), as is a placeholder on a standby, where pgcoach replaces nothing.
@Suite struct LessonLoaderPlaceholderTests {
    @Test(arguments: [
        (
            "'cp %p {{archive}}/%f'", "'cp %p {{archives}}/%f'", "server.settings.archive_command",
            "unknown placeholder {{archives}} (lesson directories: backups, archive)"
        ),
        (
            "TO PROGRAM 'cat > {{backups}}/seed.txt'", "TO PROGRAM 'cat > {{backup}}/seed.txt'", "setup.databases app_db.sql",
            "unknown placeholder {{backup}}"
        ),
        ("sql: SELECT 'app_db'}", "sql: \"SELECT '{{dumps}}'\"}", "actions nightly.databases_sql", "unknown placeholder {{dumps}}"),
    ])
    func unknownPlaceholderIsAnError(_ replace: String, _ with: String, _ field: String, _ message: String) {
        let source = sandboxLessonYAML.replacingOccurrences(of: replace, with: with)
        #expect(source != sandboxLessonYAML, "the case must change the lesson")
        LessonLoaderEngineTests.expectFormatError(source, field: field, message: message, line: nil)
    }

    @Test func aLessonWithoutDirectoriesSaysSo() {
        let source = validLessonYAML.replacingOccurrences(of: "sql: SELECT true", with: "sql: SELECT '{{backups}}' IS NOT NULL")
        #expect(source != validLessonYAML)
        LessonLoaderEngineTests.expectFormatError(
            source, field: "checks gone.sql", message: "unknown placeholder {{backups}} (this lesson has no files: dirs)", line: nil)
    }

    @Test func placeholdersOnAStandbyAreRefused() {
        let source = LessonLoaderSandboxTests.withServerActions("")
            .replacingOccurrences(
                of: "  - {name: replica1, standby_of: primary}",
                with: "  - {name: replica1, standby_of: primary, settings: {restore_command: 'cp {{archive}}/%f %p'}}")
        LessonLoaderEngineTests.expectFormatError(
            source, field: "servers replica1.settings.restore_command", message: "{{archive}} is not replaced on a standby", line: nil)
    }
}
