import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// A sandbox's life against a real server: start, answer, restart, snapshot, stop.
@Suite("Sandbox lifecycle")
struct SandboxLifecycleTests {
    typealias Support = SandboxTestSupport

    @Test("start answers queries; stop leaves no process and no directory")
    func startAndStop() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        let pid = try #require(sandbox.serverProcessID)

        #expect(try Support.query(sandbox.conninfo(), "select 1") == "1")
        #expect(try Support.query(sandbox.conninfo(), "show listen_addresses") == "")
        #expect(try Support.query(sandbox.conninfo(), "show shared_preload_libraries") == "pg_stat_statements")
        #expect(try Support.query(sandbox.conninfo(), "show fsync") == "off")
        #expect(try Support.query(sandbox.conninfo(), "show dynamic_shared_memory_type") == "mmap")
        #expect(try Support.query(sandbox.conninfo(), "select current_user") == sandbox.superuser)
        #expect(sandbox.conninfo().contains("host=\(sandbox.socketDirectory) "))

        var info = stat()
        #expect(stat(sandbox.socketDirectory, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect(FileManager.default.fileExists(atPath: sandbox.socketDirectory + "/.s.PGSQL.\(sandbox.port)"))
        // Its own session: the terminal's Ctrl-C (sent to our process group) cannot reach it.
        #expect(getsid(pid) == pid)

        sandbox.stop()
        #expect(!Support.isAlive(pid))
        #expect(!FileManager.default.fileExists(atPath: sandbox.directory))
        #expect(Support.processes(under: runtime).isEmpty)
        #expect(sandbox.serverProcessID == nil)
        sandbox.stop()  // idempotent
    }

    @Test("the server runs as the postgres account when we are root, else as us")
    func serverAccount() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        let pid = try #require(sandbox.serverProcessID)
        #expect(Support.userID(of: pid) == Support.expectedServerUID)
        var info = stat()
        #expect(stat(sandbox.dataDirectory, &info) == 0)
        #expect(info.st_uid == Support.expectedServerUID)
        #expect(info.st_mode & 0o777 == 0o700)
        // Every process of the cluster, not just the postmaster.
        let cluster = Support.processes(under: sandbox.dataDirectory)
        #expect(cluster.count > 1)
        // A short-lived backend may exit between the listing and the look (nil): not a failure.
        #expect(cluster.compactMap { Support.userID(of: $0) }.allSatisfy { $0 == Support.expectedServerUID })
    }

    @Test("two sandboxes run at once, each in its own directory")
    func twoAtOnce() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let first = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { first.stop() }
        let second = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { second.stop() }
        #expect(first.directory != second.directory)
        try Support.query(first.conninfo(), "create table only_in_first(x int)")
        #expect(try Support.query(first.conninfo(), "select to_regclass('only_in_first') is not null") == "t")
        #expect(try Support.query(second.conninfo(), "select to_regclass('only_in_first') is not null") == "f")
        first.stop()
        #expect(try Support.query(second.conninfo(), "select 2") == "2")
    }

    @Test("restart keeps the data and brings up a new postmaster")
    func restart() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        let before = try #require(sandbox.serverProcessID)
        try Support.query(sandbox.conninfo(), "create table survives(x int); insert into survives values (42)")
        try sandbox.restart()
        let after = try #require(sandbox.serverProcessID)
        #expect(before != after)
        #expect(!Support.isAlive(before))
        #expect(try Support.query(sandbox.conninfo(), "select x from survives") == "42")
    }

    @Test("restore brings back the snapshot's data")
    func snapshotAndRestore() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        try Support.query(sandbox.conninfo(), "create table kept(x int)")
        try sandbox.snapshot(to: "initial")
        try Support.query(sandbox.conninfo(), "drop table kept; create table added_later(x int)")
        try sandbox.restore(from: "initial")
        #expect(try Support.query(sandbox.conninfo(), "select to_regclass('kept') is not null") == "t")
        #expect(try Support.query(sandbox.conninfo(), "select to_regclass('added_later') is not null") == "f")
        #expect(throws: SandboxError.self) { try sandbox.restore(from: "missing") }
        #expect(throws: SandboxError.self) { try sandbox.snapshot(to: "../escape") }
    }

    @Test("a server that dies during start is reported with its log, and nothing is left")
    func serverDiesDuringStart() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        var options = Support.options(runtimeDirectory: runtime)
        options.port = 99_999  // postgres rejects it after the sandbox is set up
        do {
            let sandbox = try Sandbox.start(options)
            sandbox.stop()
            Issue.record("the start should have failed")
        } catch let error as SandboxError {
            guard case .serverExited(_, let log) = error else {
                Issue.record("unexpected error: \(error)")
                return
            }
            #expect(log.contains("port"))
        }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: runtime))?.isEmpty == true)
        #expect(Support.processes(under: runtime).isEmpty)
    }

    @Test("stop from deinit cleans up a sandbox that was simply dropped")
    func deinitStops() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        var directory = ""
        var pid: Int32 = 0
        do {
            let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
            directory = sandbox.directory
            pid = try #require(sandbox.serverProcessID)
        }
        #expect(!FileManager.default.fileExists(atPath: directory))
        #expect(!Support.isAlive(pid))
        #expect(Support.processes(under: runtime).isEmpty)
    }
}
