import Foundation
import PGCoachTestSupport
import Testing

/// The lesson engine end to end, through the built binary, on a small fixture lesson
/// (`Fixtures/home`): real sandbox, real background sessions, real scoring.
@Suite(.serialized)
struct LessonEngineTests {
    static let fixture = ["PGCOACH_HOME": BinaryRunner.fixturesHome]

    func start(_ script: String, scoreJSON: String? = nil) throws -> BinaryRunner.Outcome {
        var arguments = ["start", "lock-smoke", "--script", "/dev/stdin"]
        if let scoreJSON { arguments += ["--score-json", scoreJSON] }
        return try BinaryRunner.run(BinaryRunner.pgcoach, arguments, input: script, environment: Self.fixture)
    }

    @Test func selfTestPassesForTheFixtureLesson() throws {
        let result = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "check"], input: "", environment: Self.fixture)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("4 passed, 0 failed"), "\(result.output)")
    }

    /// `lesson new` scaffolds a lesson that `lesson lint` and `lesson check` pass as it is.
    @Test func scaffoldedLessonPassesItsSelfTest() throws {
        let home = NSTemporaryDirectory() + "pgcoach-scaffold-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        for folder in ["lessons", "hints"] {
            try FileManager.default.createDirectory(atPath: home + "/" + folder, withIntermediateDirectories: true)
        }
        let env = ["PGCOACH_HOME": home]
        let made = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "new", "stage-02/01-scaffolded"], input: "", environment: env)
        #expect(made.status == 0, "\(made.output)")
        let again = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "new", "stage-02/01-scaffolded"], input: "", environment: env)
        #expect(again.status == 2 && again.output.contains("exists already"), "\(again.output)")
        let lint = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "lint"], input: "", environment: env)
        #expect(lint.output.contains("1 passed, 0 failed"), "\(lint.output)")
        let check = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "check", "--jobs", "2"], input: "", environment: env)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("4 passed, 0 failed"), "\(check.output)")
    }

    @Test func sameScriptSameScorecard() throws {
        let golden = try String(contentsOfFile: BinaryRunner.fixturesHome + "/lessons/stage-0/01-lock-smoke/golden.sql", encoding: .utf8)
        let dir = NSTemporaryDirectory()
        let first = dir + "/score-\(UUID().uuidString).json"
        let second = dir + "/score-\(UUID().uuidString).json"
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        _ = try start(golden, scoreJSON: first)
        _ = try start(golden, scoreJSON: second)
        let a = try String(contentsOfFile: first, encoding: .utf8)
        let b = try String(contentsOfFile: second, encoding: .utf8)
        #expect(a == b)
        #expect(a.contains("\"total\" : 100"))
        for key in ["\"lesson\"", "\"detect\"", "\"fix\"", "\"trap\"", "\"hints_used\"", "\"milestones\"", "\"checks\"", "\"traps\""] {
            #expect(a.contains(key), "scorecard JSON carries \(key)")
        }
    }

    @Test func hintsBeforeEvidenceNeverNameTheFix() throws {
        let result = try start("\\hint\n\\hint\n\\hint\n\\hint\n\\postmortem\n")
        #expect(result.output.contains("Hint (where to look, 1/3)"))
        #expect(!result.output.contains("End the migration session"), "remediation hint leaked before triage")
        #expect(!result.output.contains("A migration left a transaction open"), "postmortem leaked")
        #expect(result.output.contains("The postmortem opens once the incident is resolved"))
    }

    @Test func resetRestoresTheBrokenStateWithItsSessions() throws {
        let script = """
            select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'migration_runner';
            select count(*) from pg_stat_activity where application_name = 'migration_runner';
            \\reset
            select application_name, state, wait_event_type from pg_stat_activity where application_name in ('migration_runner', 'app_writer') order by 1;
            """
        let result = try start(script)
        #expect(result.output.contains("back in its broken state"), "\(result.output)")
        #expect(result.output.contains(" app_writer       | active              | Lock"), "\(result.output)")
        #expect(result.output.contains(" migration_runner | idle in transaction | Client"), "\(result.output)")
    }

    @Test func survivesTheLearnerTerminatingEveryBackend() throws {
        let script = """
            select application_name from pg_stat_activity where application_name = 'migration_runner';
            select count(*) > 0 from (select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend') t;
            select pg_terminate_backend(pg_backend_pid());
            select 'still here' as status;
            \\score
            """
        let result = try start(script)
        #expect(result.output.contains("Attempting reset: Succeeded."), "\(result.output)")
        #expect(result.output.contains("still here"))
        // The writer was terminated too: a trap, scored without a crash.
        #expect(result.output.contains("Shortcuts taken: the app writer was terminated"), "\(result.output)")
        #expect(result.status == 0)
    }

    @Test func unknownLessonListsCloseMatches() throws {
        let result = try BinaryRunner.run(BinaryRunner.pgcoach, ["start", "lock-smok"], input: "", environment: Self.fixture)
        #expect(result.status == 2)
        #expect(result.output.contains("no lesson \"lock-smok\""))
        #expect(result.output.contains("stage-0/01-lock-smoke"))
    }

    @Test func scriptModeCancelsAStatementBlockedTooLong() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "lock-smoke", "--script", "/dev/stdin", "--statement-timeout", "1"],
            input: "insert into items values (5000, 'blocked');\nselect 'after' as next;\n", environment: Self.fixture)
        #expect(result.output.contains("canceling statement due to user request"), "\(result.output)")
        #expect(result.output.contains("was cancelled (script mode"), "\(result.output)")
        #expect(result.output.contains("after"))
    }
}
