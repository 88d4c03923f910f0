import Foundation
import PGCoachTestSupport
import Sandbox
import Testing

/// `pgcoach start --server CONNINFO`: a lesson on a server pgcoach does not own (here a
/// separate sandbox standing in for the learner's server).
@Suite(.serialized)
struct ExternalServerTests {
    static let fixture = ["PGCOACH_HOME": BinaryRunner.fixturesHome]

    @Test func runsOnAnEmptyServerAndCleansUpAfter() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let golden = try String(contentsOfFile: BinaryRunner.fixturesHome + "/lessons/stage-0/01-lock-smoke/golden.sql", encoding: .utf8)
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "lock-smoke", "--server", server.conninfo(), "--script", "/dev/stdin"],
            input: golden, environment: Self.fixture)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Total   100/100"), "\(result.output)")
        #expect(try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM pg_database WHERE datname = 'shop'") == "0")
        #expect(
            try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM pg_roles WHERE rolname IN ('dba', 'app', 'migrator')")
                == "0")
    }

    @Test func refusesAServerWithDatabasesUnlessForced() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        try SandboxTestSupport.query(server.conninfo(), "CREATE DATABASE precious")
        let refused = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "lock-smoke", "--server", server.conninfo(), "--script", "/dev/stdin"],
            input: "", environment: Self.fixture)
        #expect(refused.status != 0)
        #expect(refused.output.contains("refusing to set up the lesson"), "\(refused.output)")
        #expect(refused.output.contains("precious") && refused.output.contains("--force"))
        let forced = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "lock-smoke", "--server", server.conninfo(), "--force", "--script", "/dev/stdin"],
            input: "select count(*) as items from items;\n", environment: Self.fixture)
        #expect(forced.status == 0, "\(forced.output)")
        #expect(forced.output.contains("  100\n"), "\(forced.output)")
        #expect(try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM pg_database WHERE datname = 'precious'") == "1")
    }

    /// A server holding only `postgres` and a table owned by an existing role named like a
    /// lesson role: setup must refuse before creating anything, and nothing of it is dropped.
    @Test func refusesAnExistingLessonRoleAndKeepsItsData() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        try SandboxTestSupport.query(
            server.conninfo(),
            """
            CREATE ROLE app; CREATE TABLE ledger (id int); ALTER TABLE ledger OWNER TO app;
            INSERT INTO ledger SELECT generate_series(1, 1000)
            """)
        let refused = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "lock-smoke", "--server", server.conninfo(), "--script", "/dev/stdin"],
            input: "", environment: Self.fixture)
        #expect(refused.status != 0)
        #expect(refused.output.contains("roles the lesson creates (app)"), "\(refused.output)")
        #expect(try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM ledger") == "1000")
        #expect(
            try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM pg_roles WHERE rolname IN ('dba', 'migrator')") == "0")
        #expect(try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM pg_database WHERE datname = 'shop'") == "0")

        let forced = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "lock-smoke", "--server", server.conninfo(), "--force", "--script", "/dev/stdin"],
            input: "", environment: Self.fixture)
        #expect(forced.status == 0, "\(forced.output)")
        #expect(forced.output.contains("--force: dropping roles app and everything they own"), "\(forced.output)")
    }
}
