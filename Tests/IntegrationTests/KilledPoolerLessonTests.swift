import Foundation
import PGCoachTestSupport
import Testing

/// kill -9 of pgcoach during a lesson with a pooler leaves pgbouncer running beside the
/// server; the next start (or doctor --clean) must find and end it with the sandbox.
@Suite(.serialized)
struct KilledPoolerLessonTests {
    static let runtime = SandboxTestSupport.makeRuntimeDirectory()
    static let env = [
        "PGCOACH_RUNTIME_DIR": runtime, "PGCOACH_HOME": BinaryRunner.packageRoot,
        "XDG_STATE_HOME": NSTemporaryDirectory() + "pgcoach-test-state-pooler",
    ]
    static let lesson = "stage-03/04-pgbouncer-pool-exhausted"

    /// Starts the lesson, goes to the pooler's console, learns the pooler's directory, then
    /// kills pgcoach with SIGKILL.
    func killedLesson() throws -> String {
        let session = try InteractiveProcess(["start", Self.lesson], environment: Self.env)
        session.type("\\c pgbouncer\nSHOW VERSION;\n")
        let seen = session.read(until: "PgBouncer 1.")
        session.kill()
        return try #require(seen.firstMatch(of: /via socket in "([^"]+)\/pooler"/).map { String($0.1) }, "\(seen)")
    }

    func poolers(in directory: String) -> [Int32] {
        PoolerSandboxTests.poolers(in: directory + "/pooler")
    }

    @Test func nextStartEndsThePoolerAKilledLessonLeft() throws {
        let directory = try killedLesson()
        #expect(poolers(in: directory).count == 1, "the killed lesson leaves its pgbouncer")
        let next = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect"], input: "select 1 as fresh;\n", environment: Self.env)
        #expect(next.output.contains("fresh"))
        #expect(poolers(in: directory).isEmpty, "the next start ends it")
        #expect(SandboxTestSupport.processes(under: directory).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func doctorCleanEndsThePoolerAKilledLessonLeft() throws {
        let directory = try killedLesson()
        #expect(poolers(in: directory).count == 1)
        let report = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor"], input: "", environment: Self.env)
        #expect(report.output.contains("stale sandbox \(directory)"), "\(report.output)")
        #expect(report.output.contains("pgbouncer pid \(poolers(in: directory).first ?? 0) still running"), "\(report.output)")
        let cleaned = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor", "--clean"], input: "", environment: Self.env)
        #expect(cleaned.output.contains("removed"), "\(cleaned.output)")
        #expect(poolers(in: directory).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }
}
