import Foundation
import PGCoachTestSupport
import PsqlCore
import Sandbox
import Testing
import TutorCore

/// The engine extensions of issue 9 against a real sandbox, through the built binary, on a
/// fixture lesson (`Fixtures/engine`): plan checks and traps, server settings, crowds of
/// sessions, workload settings, sessions waiting on a non-lock wait event.
@Suite(.serialized)
struct EngineExtensionTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/engine"
    static let environment = ["PGCOACH_HOME": home]

    /// Plays `script` and returns what it printed and the scorecard JSON it ended with.
    func scored(_ script: String) throws -> (output: String, card: String) {
        let score = NSTemporaryDirectory() + "engine-score-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: score) }
        let result = try start(script, scoreJSON: score)
        return (result.output, (try? String(contentsOfFile: score, encoding: .utf8)) ?? "(no scorecard)")
    }

    func start(_ script: String, scoreJSON: String? = nil) throws -> BinaryRunner.Outcome {
        var arguments = ["start", "engine-smoke", "--script", "/dev/stdin"]
        if let scoreJSON { arguments += ["--score-json", scoreJSON] }
        return try BinaryRunner.run(BinaryRunner.pgcoach, arguments, input: script, environment: Self.environment)
    }

    /// Golden (EXPLAIN as evidence, an index as the fix: the plan check passes), no-op (the
    /// plan check fails), and trap paths (a crowd's base name; a plan trap with ANALYZE).
    @Test func selfTestPassesForTheEngineFixture() throws {
        let result = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "check"], input: "", environment: Self.environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("6 passed, 0 failed"), "\(result.output)")
    }

    /// server.settings reach the server before its first start (a restart-level setting and a
    /// custom one); count: makes N copies with one application_name; until: waiting settles on
    /// the declared wait event.
    @Test func serverSettingsCrowdsAndWaits() throws {
        let (output, _) = try scored(
            """
            show max_connections;
            select current_setting('app.region') as region;
            select application_name, count(*) from pg_stat_activity where application_name in ('api_worker', 'report_sleeper') group by 1 order by 1;
            select wait_event from pg_stat_activity where application_name = 'report_sleeper';
            """)
        #expect(output.contains(" 40\n"), "\(output)")
        #expect(output.contains(" eu-west\n"), "\(output)")
        #expect(output.contains(" api_worker       |     3\n"), "\(output)")
        #expect(output.contains(" report_sleeper   |     1\n"), "\(output)")
        #expect(output.contains(" PgSleep\n"), "\(output)")
    }

    /// The plan check fails on the broken state and passes after the fix; the learner's own
    /// EXPLAIN output is evidence; the workload step runs with its settings (app.tenant_id).
    @Test func planCheckFollowsTheStateAndExplainIsEvidence() throws {
        let (output, card) = try scored(
            """
            explain select id from orders where tenant_id = 7 order by created_at desc limit 5;
            \\check
            create index on orders (tenant_id, created_at);
            \\check
            \\status
            \\score
            """)
        #expect(
            output.contains("FAIL  the dashboard query uses an index: the dashboard still scans orders (EXPLAIN: no plan line matches"),
            "\(output)")
        #expect(output.contains("PASS  the dashboard query uses an index"), "\(output)")
        #expect(output.contains("tenant_read: ok"), "\(output)")
        #expect(card.contains("\"total\" : 100"), "\(card)")
    }

    /// Without the EXPLAIN the same fix earns no Detect: the plan probe itself is never evidence.
    @Test func theTutorsPlanProbeIsNotTheLearnersEvidence() throws {
        let (_, card) = try scored("create index on orders (tenant_id, created_at);\n\\score\n")
        #expect(card.contains("\"scan\" : false"), "\(card)")
    }

    /// A notice the learner's input produced is evidence (`notice:`): VACUUM VERBOSE's INFO.
    @Test func noticesAreEvidence() throws {
        let (output, card) = try scored("vacuum (verbose) orders;\ncreate index on orders (tenant_id, created_at);\n\\score\n")
        #expect(output.contains("INFO:  vacuuming \"shop.public.orders\""), "\(output)")
        #expect(card.contains("\"total\" : 100"), "\(card)")
    }

    /// Terminating every other backend also ends pgcoach's checker connection: the audits
    /// reconnect instead of reading "no privileges left" (a false bystander finding).
    @Test func auditsSurviveTheCheckerBeingTerminated() throws {
        let (_, card) = try scored(
            """
            select count(pg_terminate_backend(pid)) > 0 from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid();
            \\score
            """)
        #expect(card.contains("production_sessions_killed"), "\(card)")
        #expect(!card.contains("bystander_privileges"), "\(card)")
    }

    /// `\\log` shows the server's log as rows and is evidence like any result; bad arguments
    /// get a one-line error.
    @Test func serverLogIsShownAndIsEvidence() throws {
        let (output, card) = try scored(
            """
            select id from orders where tenant_id = 7 and 1 / 0 = 1;
            \\log 5 division
            \\log 0
            \\log (unclosed
            create index on orders (tenant_id, created_at);
            \\score
            """)
        #expect(
            output.contains("| ERROR | division by zero | STATEMENT:  select id from orders where tenant_id = 7 and 1 / 0 = 1;"),
            "\(output)")
        #expect(output.contains("(1 row)"), "\(output)")
        #expect(output.contains("\\log: the number of entries must be between 1 and 1000"), "\(output)")
        #expect(output.contains("\\log: invalid regular expression: (unclosed"), "\(output)")
        #expect(card.contains("\"total\" : 100"), "\(card)")
    }

    /// The log is in a directory the learner (a superuser who can run programs as the server
    /// account) can write: a link or a FIFO in its place is refused, never followed or waited on.
    @Test func serverLogReaderRefusesLinksAndFifos() throws {
        let sandbox = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { sandbox.stop() }
        #expect(try sandbox.serverLogTail().contains("ready to accept connections"))
        #expect(try sandbox.serverLogTail(maxBytes: 10).count <= 10)
        let secret = NSTemporaryDirectory() + "pgcoach-secret-\(UUID().uuidString)"
        try "root only".write(toFile: secret, atomically: true, encoding: .utf8)
        defer { unlink(secret) }
        unlink(sandbox.logPath)
        #expect(symlink(secret, sandbox.logPath) == 0)
        #expect(throws: (any Error).self) { try sandbox.serverLogTail() }
        unlink(sandbox.logPath)
        #expect(mkfifo(sandbox.logPath, 0o600) == 0)
        #expect(throws: (any Error).self) { try sandbox.serverLogTail() }
        unlink(sandbox.logPath)
        #expect(link(secret, sandbox.logPath) == 0 || errno == EXDEV)
        #expect(throws: (any Error).self) { try sandbox.serverLogTail() }
    }

    /// A concurrent workload step replays sessions statement by statement: a writer queued
    /// behind a gate goes through once the gate lets go; two writers crossing deadlock, and the
    /// step reports it.
    @Test func concurrentStepsReplayInOrder() throws {
        let (output, _) = try scored("\\status\n")
        #expect(output.contains("  queued_update: ok"), "\(output)")
        #expect(output.contains("  crossing_updates: FAILING: ") && output.contains("deadlock detected"), "\(output)")
    }

    /// The deadlock lesson end to end: setup deadlocks for real, \\log shows it on a warm start
    /// too (the setup's log is replayed into each start's server.log), and the concurrent replay
    /// fails before the fix and passes after it.
    @Test func deadlockLessonPassesItsSelfTest() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["lesson", "check", "deadlock-from-server-log", "--jobs", "2"], input: "",
            environment: ["PGCOACH_HOME": BinaryRunner.packageRoot])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("10 passed, 0 failed"), "\(result.output)")
        let warm = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "deadlock-from-server-log", "--script", "/dev/stdin"], input: "\\log 5 deadlock\n",
            environment: ["PGCOACH_HOME": BinaryRunner.packageRoot])
        #expect(warm.output.contains("| ERROR | deadlock detected"), "\(warm.output)")
    }

    /// pgcoach cannot restart a server it does not own: a lesson whose server.settings that
    /// server lacks is refused with the settings named, before setup touches it.
    @Test func anExternalServerWithoutTheSettingsIsRefused() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "engine-smoke", "--server", server.conninfo(), "--script", "/dev/stdin"],
            input: "", environment: Self.environment)
        #expect(result.status != 0)
        #expect(result.output.contains("max_connections = '40' (it has '100')"), "\(result.output)")
        #expect(try SandboxTestSupport.query(server.conninfo(), "SELECT count(*) FROM pg_roles WHERE rolname = 'dba'") == "0")
    }

    /// The settings are written into the copy's postgresql.conf, quoted, after pgcoach's own.
    @Test func sandboxWritesServerSettingsBeforeTheFirstStart() throws {
        var options = SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory)
        options.serverSettings = [
            SettingValue(name: "max_connections", value: "25"), SettingValue(name: "app.note", value: "it's a \\ test"),
        ]
        let sandbox = try Sandbox.start(options)
        defer { sandbox.stop() }
        #expect(try SandboxTestSupport.query(sandbox.conninfo(), "SHOW max_connections") == "25")
        #expect(try SandboxTestSupport.query(sandbox.conninfo(), "SELECT current_setting('app.note')") == "it's a \\ test")
        #expect(
            try SandboxTestSupport.query(
                sandbox.conninfo(), "SELECT sourcefile ~ 'postgresql.conf$' FROM pg_settings WHERE name = 'max_connections'") == "t")
    }
}
