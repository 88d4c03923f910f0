import CSystem
import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// Sandboxes left behind by a pgcoach that was killed: found, and removed with their server.
@Suite("Sandbox stale cleanup")
struct SandboxStaleTests {
    typealias Support = SandboxTestSupport

    /// Makes `sandbox` look like the sandbox of a pgcoach killed with kill -9: its owner file
    /// names a process that really ran and is now dead.
    private func orphan(_ sandbox: Sandbox) throws -> SandboxOwner {
        let sleeper = try ChildProcess.spawn(
            "/bin/sleep", arguments: ["60"], environment: [:], account: .current)
        let owner = try #require(SandboxOwner.process(sleeper))
        try owner.write(toSandbox: sandbox.directory)
        kill(sleeper, SIGKILL)
        _ = pgcoach_wait(sleeper)
        #expect(!owner.isAlive)
        return owner
    }

    @Test("the next start kills a dead owner's server and removes its directory")
    func nextStartCleans() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let abandoned = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { abandoned.stop() }
        let abandonedServer = try #require(abandoned.serverProcessID)
        let deadOwner = try orphan(abandoned)

        let stale = StaleSandboxes(runtimeDirectory: runtime).find()
        #expect(stale == [StaleSandbox(directory: abandoned.directory, owner: deadOwner, serverPID: abandonedServer)])

        let next = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { next.stop() }
        #expect(!FileManager.default.fileExists(atPath: abandoned.directory))
        #expect(!Support.isAlive(abandonedServer))
        #expect(Support.processes(under: abandoned.directory).isEmpty)
        #expect(try Support.query(next.conninfo(), "select 1") == "1")
        #expect(StaleSandboxes(runtimeDirectory: runtime).find().isEmpty)
    }

    @Test("clean() removes only sandboxes whose owner is dead")
    func cleanKeepsLiveOnes() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let live = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { live.stop() }
        let abandoned = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { abandoned.stop() }
        _ = try orphan(abandoned)

        let cleaned = StaleSandboxes(runtimeDirectory: runtime).clean()
        #expect(cleaned.map(\.directory) == [abandoned.directory])
        #expect(!FileManager.default.fileExists(atPath: abandoned.directory))
        #expect(try Support.query(live.conninfo(), "select 1") == "1")
    }

    @Test("a stale sandbox whose server is already gone is removed too")
    func serverAlreadyGone() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let abandoned = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { abandoned.stop() }
        let server = try #require(abandoned.serverProcessID)
        _ = try orphan(abandoned)
        kill(server, SIGKILL)
        let segment = try #require(Support.sharedMemorySegment(of: abandoned.dataDirectory))

        let cleaned = StaleSandboxes(runtimeDirectory: runtime).clean()
        #expect(cleaned.map(\.directory) == [abandoned.directory])
        var info = shmid_ds()
        #expect(shmctl(segment, IPC_STAT, &info) != 0, "the killed server's shared memory was left behind")
        #expect(Support.processes(under: runtime).isEmpty)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: runtime))?.isEmpty == true)
    }
}
