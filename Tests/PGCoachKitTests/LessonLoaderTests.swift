import Testing
@testable import PGCoachKit
import PGCoachCore

/// A small valid lesson; each broken case edits one line of it.
let validLessonYAML = """
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
        Broken(replace: "level: 2", with: "level: 9", line: 4, field: "level", message: "between 1 and 5"),
        Broken(replace: "level: 2", with: "levle: 2", line: 4, field: "levle", message: "unknown field"),
        Broken(replace: "title: Sample\n", with: "", line: 1, field: "title", message: "missing"),
        Broken(replace: "until: idle_in_transaction", with: "until: sleeping", line: 20, field: "sessions[0].until", message: "unknown state"),
        Broken(replace: "'^migration_runner'", with: "'(unclosed'", line: 25, field: "milestones[0].evidence[0].cell", message: "regular expression"),
        Broken(replace: "milestone: blocker", with: "milestone: nope", line: 28, field: "checks[0].milestone", message: "no milestone nope"),
        Broken(replace: "sessions_terminated: [migration]", with: "sessions_terminated: [ghost]", line: 37, field: "traps[0].sessions_terminated", message: "no session ghost"),
        Broken(replace: "id: stage-1/01-sample", with: "id: stage-1/02-other", line: 1, field: "id", message: "folder says"),
        Broken(replace: "  database: app_db\nsetup", with: "  database: nowhere\nsetup", line: 8, field: "learner.database", message: "not created"),
        Broken(replace: "duration: 5 min", with: "duration: [unclosed", line: 6, field: "", message: "not valid YAML"),
        Broken(replace: "    - name: app_db", with: "    - name: App-DB", line: 12, field: "setup.databases[0].name", message: "lower-case identifier"),
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
        let inputs = ["", "\u{0}\u{1}", String(repeating: "[", count: 10_000), "id: " + String(repeating: "{a: ", count: 5000),
                      String(repeating: " ", count: 100_000) + "x", String(repeating: "- ", count: 20_000), "id: [1, 2", "- - - -", "a: &x [*x]",
                      String(repeating: "k: v\n", count: 5000), "\u{FFFD}\u{FFFD}: 1"]
        for input in inputs {
            #expect(throws: (any Error).self) { try LessonLoader.parseLessonYAML(input, file: "x.yaml") }
        }
    }
}
