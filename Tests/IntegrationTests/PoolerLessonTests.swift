import Foundation
import PGCoachTestSupport
import Testing

/// The pooler lesson as a learner meets it: the console from the REPL, its rows as evidence,
/// connections through the pooler, and a pooler started afresh by \reset.
@Suite(.serialized)
struct PoolerLessonTests {
    static let env = [
        "PGCOACH_HOME": BinaryRunner.packageRoot, "XDG_STATE_HOME": NSTemporaryDirectory() + "pgcoach-test-state-pooler-lesson",
    ]
    static let lesson = "stage-03/04-pgbouncer-pool-exhausted"

    @Test func theConsoleIsReachableAndItsRowsAreEvidence() throws {
        let script = """
            \\c pgbouncer
            SHOW POOLS;
            \\c app_db - pooler
            SELECT current_setting('application_name') AS through_pooler;
            \\c app_db - server
            SELECT 'direct' AS route;
            \\reset
            \\c pgbouncer
            SHOW VERSION;
            \\c nowhere - pooler

            """
        let run = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", Self.lesson, "--script", "/dev/stdin"], input: script, environment: Self.env)
        let output = run.output
        #expect(output.contains("You are now connected to database \"pgbouncer\""), "\(output)")
        #expect(output.contains("/pooler\" at port \"6432\""), "\(output)")
        // SHOW POOLS is an ordinary result: its row proves the milestone.
        #expect(output.contains("cl_waiting"))
        #expect(output.contains("✓ Saw checkout's requests queued in pgbouncer"), "\(output)")
        #expect(output.contains("through_pooler"))
        #expect(output.contains("direct"))
        // \reset starts a fresh pooler the console is reachable on again.
        #expect(output.contains("PgBouncer 1."), "\(output)")
        // A database the pooler does not serve: pgbouncer's own refusal, the connection kept.
        #expect(output.contains("no such database: nowhere"), "\(output)")
        #expect(output.contains("Previous connection kept"))
    }
}
