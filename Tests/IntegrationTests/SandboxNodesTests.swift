import Foundation
import PGCoachTestSupport
import PsqlCore
import Sandbox
import Testing
import TutorCore

/// Sandboxes with more than one server: a streaming standby beside the primary, saved and
/// restored together, stopped on every path, and found after a kill -9.
@Suite(.serialized)
struct SandboxNodesTests {
    static let runtime = SandboxTestSupport.makeRuntimeDirectory()
    static let env = ["PGCOACH_RUNTIME_DIR": runtime]

    @Test func aStandbyStreamsAndComesBackWithTheSnapshot() throws {
        let sandbox = try Sandbox.start(SandboxTestSupport.options(runtimeDirectory: Self.runtime))
        defer { sandbox.stop() }
        _ = try SandboxTestSupport.query(sandbox.conninfo(), "CREATE TABLE marker (v int); INSERT INTO marker VALUES (1)")
        let standby = try sandbox.addStandby(
            "replica1", of: nil, slot: "replica1_slot", settings: [SettingValue(name: "hot_standby_feedback", value: "on")])
        let onStandby = sandbox.conninfo(server: "replica1")
        #expect(try SandboxTestSupport.query(onStandby, "SELECT pg_is_in_recovery()") == "t")
        #expect(try SandboxTestSupport.query(onStandby, "SHOW hot_standby_feedback") == "on")
        try expectEventually {
            try SandboxTestSupport.query(sandbox.conninfo(), "SELECT active FROM pg_replication_slots WHERE slot_name = 'replica1_slot'")
                == "t"
        }
        // What the primary writes arrives on the standby.
        _ = try SandboxTestSupport.query(sandbox.conninfo(), "INSERT INTO marker VALUES (2)")
        try expectEventually({ try SandboxTestSupport.query(onStandby, "SELECT count(*) FROM marker") == "2" }, log: standby.logPath)
        // Each server keeps its own log: the standby's walreceiver speaks in the standby's (`\log` on replica1).
        #expect(try sandbox.serverLogTail(server: "replica1").contains("started streaming WAL"))
        #expect(try !sandbox.serverLogTail().contains("started streaming WAL"))
        #expect(try sandbox.serverLogTail(server: "nowhere") == sandbox.serverLogTail(), "an unknown name reads the primary's")

        try sandbox.snapshot(to: "lesson")
        _ = try SandboxTestSupport.query(sandbox.conninfo(), "INSERT INTO marker VALUES (3)")
        try expectEventually { try SandboxTestSupport.query(onStandby, "SELECT count(*) FROM marker") == "3" }
        try sandbox.restore(fromDirectory: try sandbox.snapshotDirectory(named: "lesson"))
        #expect(standby.isRunning)
        #expect(try SandboxTestSupport.query(sandbox.conninfo(), "SELECT count(*) FROM marker") == "2")
        #expect(try SandboxTestSupport.query(onStandby, "SELECT count(*) FROM marker") == "2", "the standby is restored with the primary")
        // And it streams again from the restored primary.
        _ = try SandboxTestSupport.query(sandbox.conninfo(), "INSERT INTO marker VALUES (4)")
        try expectEventually { try SandboxTestSupport.query(onStandby, "SELECT count(*) FROM marker") == "3" }

        // A lost primary: the standby goes on alone.
        try sandbox.stopServer(named: Sandbox.primaryName)
        #expect(!sandbox.isRunning(Sandbox.primaryName))
        #expect(try SandboxTestSupport.query(onStandby, "SELECT count(*) FROM marker") == "3")

        let directory = sandbox.directory
        sandbox.stop()
        #expect(SandboxTestSupport.processes(under: directory + "/nodes/replica1/data").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func refusesBadNodeNamesAndUnknownServers() throws {
        let sandbox = try Sandbox.start(SandboxTestSupport.options(runtimeDirectory: Self.runtime))
        defer { sandbox.stop() }
        #expect(throws: SandboxError.self) { try sandbox.addStandby("../escape", of: nil, slot: nil, settings: []) }
        #expect(throws: SandboxError.self) { try sandbox.addStandby("primary", of: nil, slot: nil, settings: []) }
        #expect(throws: SandboxError.self) { try sandbox.addStandby("replica2", of: "nowhere", slot: nil, settings: []) }
    }

    /// kill -9 of pgcoach in a two-server lesson: both postmasters are left; the next start
    /// finds and stops them.
    @Test func nextStartCleansBothServersOfAKilledLesson() throws {
        let session = try InteractiveProcess(["start", "stage-04/01-replica-replay-paused"], environment: Self.env)
        session.type("\\c app_db - replica1\n\\conninfo\n")
        let seen = session.read(until: "at port")
        session.kill()
        let node = try #require(seen.firstMatch(of: /via socket in "([^"]+)"/).map { String($0.1) }, "\(seen)")
        #expect(node.hasSuffix("/nodes/replica1"), "\(node)")
        let directory = String(node.dropLast("/nodes/replica1".count))
        #expect(!SandboxTestSupport.processes(under: node + "/data").isEmpty, "the killed lesson leaves its standby running")
        #expect(!SandboxTestSupport.processes(under: directory + "/data").isEmpty, "and its primary")

        let next = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect"], input: "select 1 as fresh;\n", environment: Self.env)
        #expect(next.output.contains("fresh"))
        #expect(SandboxTestSupport.processes(under: node + "/data").isEmpty, "the next start stops the standby")
        #expect(SandboxTestSupport.processes(under: directory + "/data").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    /// Polls `condition` for up to 5 s (a standby applies WAL moments after the primary wrote it).
    func expectEventually(_ condition: () throws -> Bool, log: String? = nil) throws {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if try condition() { return }
            usleep(20_000)
        }
        #expect(try condition(), "\(log.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? "")")
    }
}
