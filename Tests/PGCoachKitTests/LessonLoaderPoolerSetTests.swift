import Foundation
import Testing
import TutorCore

@testable import PGCoachKit

/// `kind: pooler_set` in `actions:`: the settings the learner may change, checked at load.
@Suite struct LessonLoaderPoolerSetTests {
    static let actions = """

        actions:
          - id: resize-pool
            kind: pooler_set
            description: change a pool size in pgbouncer.ini and reload
            settings: [default_pool_size, app_db.pool_size]
        """
    static let yaml = poolerLessonYAML + actions

    @Test func loadsTheAllowedSettings() throws {
        let lesson = try LessonLoader.parseLessonYAML(Self.yaml, file: "lesson.yaml")
        #expect(
            lesson.actions[0].kind
                == .poolerSet(
                    PoolerSetAction(settings: [
                        PoolerSetting(key: "default_pool_size", range: 1...1000),
                        PoolerSetting(key: "pool_size", database: "app_db", range: 1...1000),
                    ])))
        #expect(lesson.actions[0].usage == "\\action resize-pool default_pool_size|app_db.pool_size N")
    }

    @Test(arguments: [
        LessonLoaderTests.Broken(
            replace: "settings: [default_pool_size, app_db.pool_size]", with: "settings: []", line: nil, field: "actions[0].settings",
            message: "missing (required)"),
        LessonLoaderTests.Broken(
            replace: "settings: [default_pool_size, app_db.pool_size]", with: "settings: [default_pool_size, listen_port]", line: nil,
            field: "actions[0].settings[1]", message: "listen_port is not a pgbouncer setting pgcoach can change"),
        LessonLoaderTests.Broken(
            replace: "settings: [default_pool_size, app_db.pool_size]", with: "settings: [other_db.pool_size]", line: nil,
            field: "actions[0].settings[0]", message: "other_db is not a database of the pooler"),
        LessonLoaderTests.Broken(
            replace: "settings: [default_pool_size, app_db.pool_size]", with: "settings: [default_pool_size, default_pool_size]",
            line: nil, field: "actions[0].settings[1]", message: "listed twice"),
        LessonLoaderTests.Broken(
            replace: "    settings: [default_pool_size, app_db.pool_size]",
            with: "    settings: [default_pool_size]\n    at_setup: true", line: nil, field: "actions[0].at_setup",
            message: "give the pooler its settings in pooler:"),
        LessonLoaderTests.Broken(
            replace: "    settings: [default_pool_size, app_db.pool_size]",
            with: "    settings: [default_pool_size]\n    server: primary", line: nil, field: "actions[0].server",
            message: "unknown field"),
    ])
    func reportsFieldAndMessage(_ b: LessonLoaderTests.Broken) {
        let source = Self.yaml.replacingOccurrences(of: b.replace, with: b.with)
        #expect(source != Self.yaml, "the case must change the lesson")
        LessonLoaderEngineTests.expectFormatError(source, field: b.field, message: b.message, line: b.line)
    }

    @Test func needsAPooler() {
        LessonLoaderEngineTests.expectFormatError(
            LessonLoaderPoolerTests.withoutPoolerYAML + Self.actions, field: "actions[0].kind", message: "add a pooler: block", line: nil)
    }
}
