import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// The sandbox's pgbouncer against a real server: start, pool, console, stop, and what a
/// pgcoach killed with -9 leaves.
@Suite("Pooler in a sandbox", .serialized)
struct PoolerSandboxTests {
    typealias Support = SandboxTestSupport

    static func options(poolSize: Int = 2) -> PoolerOptions {
        PoolerOptions(
            databases: ["postgres"], poolMode: "transaction", defaultPoolSize: poolSize,
            settings: [("query_wait_timeout", "0")], users: [TemplateCluster.superuser], adminUsers: [TemplateCluster.superuser])
    }

    /// pgbouncer running in `directory` (its working directory), read from /proc.
    static func poolers(in directory: String) -> [Int32] {
        Support.processes(under: directory).filter {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\($0)/exe"))?.hasSuffix("/pgbouncer") == true
        }
    }

    @Test("it forwards to the server, its console answers, and stop ends it")
    func startServeStop() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        let started = Date()
        let pooler = try sandbox.startPooler(Self.options())
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 5, "started in \(seconds) s")
        #expect(pooler.directory == sandbox.directory + "/pooler")
        #expect(FileManager.default.fileExists(atPath: pooler.directory + "/.s.PGSQL.6432"))
        // Through the pooler to the sandbox's server.
        let through = pooler.conninfo(database: "postgres", user: sandbox.superuser)
        #expect(try Support.query(through, "select current_setting('port')") == String(sandbox.port))
        // The console: pool_mode of the postgres pool.
        let console = pooler.conninfo(database: "pgbouncer", user: sandbox.superuser)
        #expect(try Support.query(console, "SHOW VERSION")?.contains("PgBouncer") == true)
        // Runs as the server account, in the pooler directory, never on TCP.
        #expect(Support.userID(of: pooler.pid) == Support.expectedServerUID)
        #expect(Self.poolers(in: pooler.directory) == [pooler.pid])
        let configuration = try String(contentsOfFile: pooler.directory + "/pgbouncer.ini", encoding: .utf8)
        #expect(configuration.contains("listen_addr =\n"))
        pooler.stop()
        #expect(!Support.isAlive(pooler.pid))
        #expect(!FileManager.default.fileExists(atPath: pooler.directory))
        pooler.stop()  // idempotent
        // Started again (\reset does this) in a fresh directory.
        let again = try sandbox.startPooler(Self.options())
        #expect(try Support.query(again.conninfo(database: "postgres", user: sandbox.superuser), "select 1") == "1")
        again.stop()
    }

    @Test("stopping the sandbox ends a pooler its owner forgot")
    func sandboxStopEndsPooler() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        let pooler = try sandbox.startPooler(Self.options())
        let pid = pooler.pid
        sandbox.stop()
        #expect(!Support.isAlive(pid))
        #expect(Support.processes(under: runtime).isEmpty)
        withExtendedLifetime(pooler) {}
    }

    @Test("a bad setting fails the start with pgbouncer's own words, and leaves nothing running")
    func badSettingFails() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        var options = Self.options()
        options.settings = [("no_such_setting", "1")]
        do {
            _ = try sandbox.startPooler(options, timeout: 5)
            Issue.record("expected a failure")
        } catch let error as SandboxError {
            #expect("\(error)".contains("pgbouncer exited during start"), "\(error)")
            #expect("\(error)".contains("no_such_setting"), "\(error)")
        }
        #expect(Self.poolers(in: sandbox.directory).isEmpty)
    }

    @Test("the pooler's files are the configuration pgcoach means")
    func configurationText() {
        let text = PoolerConfiguration.configuration(
            Self.options(poolSize: 4), directory: "/run/sb/pooler", serverSocketDirectory: "/run/sb", serverPort: 5432)
        #expect(text.contains("postgres = host=/run/sb port=5432 dbname=postgres\n"))
        #expect(text.contains("unix_socket_dir = /run/sb/pooler\n"))
        #expect(text.contains("auth_type = trust\n"))
        #expect(text.contains("pool_mode = transaction\n"))
        #expect(text.contains("default_pool_size = 4\n"))
        #expect(text.hasSuffix("query_wait_timeout = 0\n"))
        #expect(PoolerConfiguration.quoteName("app_db") == "app_db")
        #expect(PoolerConfiguration.quoteName("my db") == "\"my db\"")
        #expect(PoolerConfiguration.quoteValue("/tmp/a b") == "'/tmp/a b'")
        #expect(PoolerConfiguration.users(["app", "o\"k"]) == "\"app\" \"\"\n\"o\"\"k\" \"\"\n")
    }
}
