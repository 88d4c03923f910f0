import Foundation
import Testing
import TutorCore

@testable import PGCoachKit

/// A small valid lesson; each broken case edits one line of it.
let validLessonYAML = """
    format_version: 2
    id: stage-1/01-sample
    title: Sample
    topic: Locks
    level: 2
    duration: 5 min
    learner:
      role: dba
      database: app_db
    setup:
      roles: CREATE ROLE dba LOGIN SUPERUSER;
      databases:
        - name: app_db
          sql: CREATE TABLE orders (id int);
    sessions:
      - name: migration
        database: app_db
        role: dba
        application_name: migration_runner
        statements: [BEGIN, LOCK orders IN SHARE MODE]
        until: idle_in_transaction
    milestones:
      - id: blocker
        title: the blocker
        evidence:
          - cell: '^migration_runner'
    checks:
      - id: gone
        milestone: blocker
        title: blocker gone
        database: app_db
        sql: SELECT true
        pass: gone
        fail: still there
    traps:
      - id: killed
        title: killed the wrong one
        sessions_terminated: [migration]
    """

@Suite struct LessonLoaderTests {
    @Test func loadsAValidLesson() throws {
        let lesson = try LessonLoader.parseLessonYAML(validLessonYAML, file: "lesson.yaml", expectedID: "stage-1/01-sample")
        #expect(lesson.slug == "sample")
        #expect(lesson.sessions.first?.until == .idleInTransaction)
        #expect(lesson.sessions.first?.statements == ["BEGIN", "LOCK orders IN SHARE MODE"])
        #expect(lesson.milestones.first?.evidence.first?.cell == "^migration_runner")
        #expect(lesson.weights == ScoreWeights())
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        var replace: String
        var with: String
        var line: Int?
        var field: String
        var message: String
        var testDescription: String { "\(field): \(message)" }
    }

    @Test(arguments: [
        Broken(replace: "level: 2", with: "level: 9", line: 5, field: "level", message: "between 1 and 5"),
        Broken(replace: "level: 2", with: "levle: 2", line: 5, field: "levle", message: "unknown field"),
        Broken(replace: "title: Sample\n", with: "", line: 1, field: "title", message: "missing"),
        Broken(
            replace: "until: idle_in_transaction", with: "until: sleeping", line: 21, field: "sessions[0].until", message: "unknown state"),
        Broken(
            replace: "'^migration_runner'", with: "'(unclosed'", line: 26, field: "milestones[0].evidence[0].cell",
            message: "regular expression"),
        Broken(
            replace: "milestone: blocker", with: "milestone: nope", line: 29, field: "checks[0].milestone", message: "no milestone nope"),
        Broken(
            replace: "sessions_terminated: [migration]", with: "sessions_terminated: [ghost]", line: 38,
            field: "traps[0].sessions_terminated", message: "no session ghost"),
        Broken(replace: "id: stage-1/01-sample", with: "id: stage-1/02-other", line: 2, field: "id", message: "folder says"),
        Broken(
            replace: "  database: app_db\nsetup", with: "  database: nowhere\nsetup", line: 9, field: "learner.database",
            message: "not created"),
        Broken(replace: "duration: 5 min", with: "duration: [unclosed", line: 7, field: "", message: "not valid YAML"),
        Broken(
            replace: "    - name: app_db", with: "    - name: App-DB", line: 13, field: "setup.databases[0].name",
            message: "lower-case identifier"),
        Broken(replace: "format_version: 2\n", with: "", line: 1, field: "format_version", message: "missing"),
        Broken(
            replace: "format_version: 2", with: "format_version: 1", line: 1, field: "format_version", message: "reads format_version 2"),
        Broken(
            replace: "sessions_terminated: [migration]", with: "sessions_terminated: [migration]\n    severity: fatal", line: 39,
            field: "traps[0].severity", message: "minor, major, critical"),
        Broken(
            replace: "sessions_terminated: [migration]", with: "sessions_terminated: [migration]\n    front: nowhere", line: 39,
            field: "traps[0].front", message: "no milestone nowhere"),
        Broken(replace: "  - id: killed", with: "  - id: data_loss", line: 36, field: "traps[0].id", message: "engine audit"),
        Broken(
            replace: "    database: app_db\n    sql: SELECT true", with: "    databases: [app_db, elsewhere]\n    sql: SELECT true",
            line: 31,
            field: "checks[0].databases", message: "elsewhere is not created"),
        Broken(
            replace: "    sql: SELECT true", with: "    sql_file: ../../../etc/passwd", line: 32,
            field: "checks[0].sql_file", message: "lesson in a folder"),
        Broken(
            replace: "      - cell: '^migration_runner'", with: "      - row: [{a: b, c: d}]", line: 26,
            field: "milestones[0].evidence[0].row[0]", message: "column-pattern: cell-pattern"),
        Broken(
            replace: "traps:", with: "preserve:\n  - database: app_db\n    table: orders\ntraps:", line: 36,
            field: "preserve[0].key", message: "identify a row"),
        Broken(
            replace: "traps:", with: "least_privilege:\n  - role: app\n    kind: watched\ntraps:", line: 37,
            field: "least_privilege[0].kind", message: "held or bystander"),
        Broken(
            replace: "traps:", with: "collateral:\n  sessions: [ghost]\ntraps:", line: 36,
            field: "collateral.sessions", message: "no session ghost"),
        Broken(
            replace: "traps:", with: "paths:\n  golden: [look]\ntraps:", line: 36,
            field: "paths.golden[0]", message: "neither a step"),
        Broken(
            replace: "traps:", with: "paths:\n  graded:\n    hurried: {steps: [x.sql], total: lots}\ntraps:", line: 37,
            field: "paths.graded.hurried.total", message: "score range"),
        Broken(
            replace: "traps:", with: "scoring: {detect: 40, fix: 40, trap: 20, critical_cap: 500}\ntraps:", line: 35,
            field: "scoring.critical_cap", message: "between 0 and 100"),
    ])
    func reportsFileLineAndField(_ b: Broken) {
        let source = validLessonYAML.replacingOccurrences(of: b.replace, with: b.with)
        #expect(source != validLessonYAML, "the case must change the lesson")
        do {
            _ = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml", expectedID: "stage-1/01-sample")
            Issue.record("expected an error")
        } catch let error as LessonFormatError {
            #expect(error.file == "lesson.yaml")
            #expect(error.field == b.field)
            #expect(error.message.contains(b.message), "\(error)")
            if let line = b.line { #expect(error.line == line, "\(error)") }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func hostileInputNeverCrashes() {
        let inputs = [
            "", "\u{0}\u{1}", String(repeating: "[", count: 10_000), "id: " + String(repeating: "{a: ", count: 5000),
            String(repeating: " ", count: 100_000) + "x", String(repeating: "- ", count: 20_000), "id: [1, 2", "- - - -", "a: &x [*x]",
            String(repeating: "k: v\n", count: 5000), "\u{FFFD}\u{FFFD}: 1",
        ]
        for input in inputs {
            #expect(throws: (any Error).self) { try LessonLoader.parseLessonYAML(input, file: "x.yaml") }
        }
    }

    /// `sql_file:` and path parts are read from the lesson folder and never from outside it.
    @Test func lessonFilesStayInsideTheLessonsFolder() throws {
        let root = NSTemporaryDirectory() + "pgcoach-files-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        let lessons = root + "/lessons"
        let folder = lessons + "/stage-1/01-sample"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: folder + "/steps", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: lessons + "/fixtures", withIntermediateDirectories: true)
        try "SELECT 1;".write(toFile: folder + "/steps/one.sql", atomically: true, encoding: .utf8)
        try "CREATE TABLE shared (id int);".write(toFile: lessons + "/fixtures/shop.sql", atomically: true, encoding: .utf8)
        try "secret".write(toFile: root + "/outside.sql", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.sql", withDestinationPath: root + "/outside.sql")
        #expect(mkfifo(folder + "/fifo.sql", 0o600) == 0)
        let files = LessonFiles(folder: folder, root: lessons)
        #expect(try files.read("steps/one.sql") == "SELECT 1;")
        #expect(try files.read("../../fixtures/shop.sql") == "CREATE TABLE shared (id int);")
        for (path, reason) in [
            ("../../../outside.sql", "out of the lessons folder"), ("/etc/passwd", "absolute"), ("link.sql", "symbolic link"),
            ("fifo.sql", "not a regular file"), ("steps", "not a regular file"), ("missing.sql", "does not exist"),
        ] {
            do {
                _ = try files.read(path)
                Issue.record("\(path) was read")
            } catch {
                #expect(error.message.contains(reason), "\(path): \(error)")
            }
        }
        // Through the loader: a database's SQL from a shared fixture.
        let source = validLessonYAML.replacingOccurrences(
            of: "      sql: CREATE TABLE orders (id int);", with: "      sql_file: ../../fixtures/shop.sql")
        let lesson = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml", files: files)
        #expect(lesson.setup.databases[0].sql == ["CREATE TABLE shared (id int);"])
    }

    @Test func setupStepsAreListsOfQueries() throws {
        let source = validLessonYAML.replacingOccurrences(
            of: "      sql: CREATE TABLE orders (id int);",
            with: "      sql:\n        - CREATE TABLE orders (id int)\n        - VACUUM orders")
        let lesson = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
        #expect(lesson.setup.databases[0].sql == ["CREATE TABLE orders (id int)", "VACUUM orders"])
        #expect(lesson.setup.roles == ["CREATE ROLE dba LOGIN SUPERUSER;"])
    }

    @Test func judgingFieldsLoad() throws {
        let source = validLessonYAML.replacingOccurrences(
            of: "traps:",
            with: """
                preserve:
                  - databases: [app_db]
                    table: orders
                    key: [id]
                    where: id > 0
                    front: blocker
                least_privilege:
                  - role: app
                    may_gain: [CONNECT on database app_db]
                    front: blocker
                  - role: billing
                    kind: bystander
                    severity: 3
                collateral:
                  sessions: [migration]
                  session_severity: critical
                  settings: true
                  settings_allowed_for_roles: [dba]
                traps:
                """
        ).replacingOccurrences(of: "sessions_terminated: [migration]", with: "sessions_terminated: [migration]\n    severity: minor")
        let lesson = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
        #expect(
            lesson.preserve == [PreserveRule(databases: ["app_db"], table: "orders", key: ["id"], condition: "id > 0", front: "blocker")])
        #expect(lesson.leastPrivilege[0].mayGain == ["CONNECT on database app_db"])
        #expect(lesson.leastPrivilege[1].kind == .bystander)
        #expect(lesson.leastPrivilege[1].severity == .points(3))
        #expect(lesson.collateral.sessionSeverity == .critical)
        #expect(lesson.traps[0].severity == .minor)
        #expect(
            LessonLoader.triggerableTrapIDs(lesson) == [
                "killed", "data_loss", "least_privilege", "bystander_privileges", "production_sessions_killed", "cluster_settings_changed",
            ])
    }
}
