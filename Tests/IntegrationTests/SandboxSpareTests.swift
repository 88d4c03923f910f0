import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// The shortcuts of a restore (`\reset`): a spare copy of the saved cluster swapped in, and an
/// immediate shutdown of a server whose data is thrown away. Whatever the shortcut, a restore
/// must give back exactly the saved cluster, and nothing of the server may outlive it.
@Suite("Sandbox restore shortcuts")
struct SandboxSpareTests {
    typealias Support = SandboxTestSupport

    /// A sandbox started from a saved cluster (as a cached lesson starts), holding table `kept`.
    private static func seededSandbox(runtime: String) throws -> (sandbox: Sandbox, saved: String) {
        let builder = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        try Support.query(builder.conninfo(), "create table kept(x int); insert into kept values (42)")
        try builder.snapshot(to: "saved")
        let saved = runtime + "-saved"
        try? FileTree.remove(saved)
        try Sandbox.saveCopy(of: try builder.snapshotDirectory(named: "saved"), to: saved, account: builder.account)
        builder.stop()
        var options = Support.options(runtimeDirectory: runtime)
        options.initialData = saved
        return (try Sandbox.start(options), saved)
    }

    @Test("every restore from a saved cluster gives back exactly that cluster")
    func restoresRepeatedly() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let (sandbox, saved) = try Self.seededSandbox(runtime: runtime)
        defer { try? FileTree.remove(saved) }
        defer { sandbox.stop() }
        for round in 1...3 {
            try Support.query(sandbox.conninfo(), "delete from kept; create table added_\(round)(x int)")
            // Round 1 restores before the spare is made (the copy waits a moment: called off,
            // the restore copies); later rounds wait for it, and the spare itself becomes the data.
            var spareInode: ino_t?
            if round > 1 {
                #expect(sandbox.spare?.waitUntilMade() == true)
                var spare = stat()
                #expect(lstat(sandbox.directory + "/snapshots/.spare", &spare) == 0)
                spareInode = spare.st_ino
            }
            try sandbox.restore(fromDirectory: saved)
            var data = stat()
            #expect(lstat(sandbox.dataDirectory, &data) == 0)
            if let spareInode { #expect(data.st_ino == spareInode, "the spare was swapped in") }
            #expect(try Support.query(sandbox.conninfo(), "select sum(x) from kept") == "42", "round \(round)")
            #expect(try Support.query(sandbox.conninfo(), "select to_regclass('added_\(round)') is null") == "t")
            #expect(try Support.query(sandbox.conninfo(), "select count(*) from pg_class where relname like 'added_%'") == "0")
            var info = stat()
            #expect(lstat(sandbox.dataDirectory, &info) == 0 && info.st_uid == Support.expectedServerUID)
            #expect(info.st_mode & 0o777 == 0o700)
            if round == 1 {
                // The restore that copied set the old data aside instead of removing it while
                // the learner waited; the next spare run removes it.
                #expect(sandbox.spare?.waitUntilMade() == true)
                var discarded = stat()
                #expect(lstat(sandbox.directory + "/snapshots/.discarded", &discarded) != 0, "the old data is gone")
            }
        }
    }

    @Test("stopping a server whose data is discarded leaves no process and no shared memory")
    func discardingStopLeavesNothing() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let (sandbox, saved) = try Self.seededSandbox(runtime: runtime)
        defer { try? FileTree.remove(saved) }
        defer { sandbox.stop() }
        let before = try #require(Support.sharedMemorySegment(of: sandbox.dataDirectory))
        let pid = try #require(sandbox.serverProcessID)
        try sandbox.restore(fromDirectory: saved)
        var info = shmid_ds()
        #expect(shmctl(before, IPC_STAT, &info) != 0, "the replaced server's segment is gone")
        #expect(!Support.isAlive(pid))
        let segment = try #require(Support.sharedMemorySegment(of: sandbox.dataDirectory))
        sandbox.stop()
        #expect(shmctl(segment, IPC_STAT, &info) != 0)
        #expect(Support.processes(under: runtime).isEmpty)
    }

    @Test(
        "the spare is out of the learner's reach, and one the learner plants is never swapped in",
        .enabled(if: geteuid() == 0 && getpwnam("postgres") != nil))
    func plantedSpareIsRefused() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let (sandbox, saved) = try Self.seededSandbox(runtime: runtime)
        defer { try? FileTree.remove(saved) }
        defer { sandbox.stop() }
        let shell = { (command: String) throws in
            let quoted = ("cat >/dev/null; " + command).replacingOccurrences(of: "'", with: "''")
            try Support.query(sandbox.conninfo(), "COPY (SELECT 1) TO PROGRAM '\(quoted)'")
        }
        // The genuine spare sits in a directory the server account cannot enter.
        try sandbox.restore(fromDirectory: saved)
        #expect(sandbox.spare?.waitUntilMade() == true)
        #expect(throws: (any Error).self) { try shell("ls ../snapshots/.spare >/dev/null") }

        // The learner swaps in a `snapshots` of their own with a spare that would change the data.
        try shell(
            "mv ../snapshots ../old && mkdir -p ../snapshots/.spare && cp -a . ../snapshots/.spare/ && touch ../snapshots/.spare/planted")
        var planted = stat()
        #expect(lstat(sandbox.directory + "/snapshots/.spare", &planted) == 0 && planted.st_uid == Support.expectedServerUID)
        try Support.query(sandbox.conninfo(), "delete from kept")
        try sandbox.restore(fromDirectory: saved)
        var data = stat()
        #expect(lstat(sandbox.dataDirectory, &data) == 0 && data.st_ino != planted.st_ino)
        #expect(!FileManager.default.fileExists(atPath: sandbox.dataDirectory + "/planted"))
        #expect(try Support.query(sandbox.conninfo(), "select sum(x) from kept") == "42")
    }

    @Test("a stopped sandbox's spare starts the next sandbox from that very cache entry, and no other")
    func readyCopyStartsTheNextSandbox() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        defer { try? FileTree.remove(runtime + "/ready") }
        let (first, saved) = try Self.seededSandbox(runtime: runtime)
        defer { try? FileTree.remove(saved) }
        defer { try? FileTree.remove(saved + "-before") }
        var options = Support.options(runtimeDirectory: runtime)
        options.initialData = saved

        // The spare of a sandbox that goes away becomes the next start's data, by rename.
        first.keepSpare(of: saved, asCopyOf: saved)
        #expect(first.spare?.waitUntilMade() == true)
        var spare = stat()
        #expect(lstat(first.directory + "/snapshots/.spare", &spare) == 0)
        try Support.query(first.conninfo(), "insert into kept values (1)")
        first.stop()
        var ready = stat()
        #expect(lstat(runtime + "/ready", &ready) == 0 && ready.st_uid == geteuid() && ready.st_mode & 0o077 == 0)
        let second = try Sandbox.start(options)
        var data = stat()
        #expect(lstat(second.dataDirectory, &data) == 0 && data.st_ino == spare.st_ino, "the ready copy was taken")
        #expect(data.st_uid == Support.expectedServerUID && data.st_mode & 0o777 == 0o700)
        #expect(try Support.query(second.conninfo(), "select sum(x) from kept") == "42")

        // A cache entry saved again is another directory: the copy of the old one is not used.
        second.keepSpare(of: saved, asCopyOf: saved)
        #expect(second.spare?.waitUntilMade() == true)
        #expect(lstat(second.directory + "/snapshots/.spare", &spare) == 0)
        second.stop()
        #expect(rename(saved, saved + "-before") == 0)
        try FileTree.copy(from: saved + "-before", to: saved, owner: second.account.needsSwitch ? second.account : nil)
        let third = try Sandbox.start(options)
        defer { third.stop() }
        #expect(lstat(third.dataDirectory, &data) == 0 && data.st_ino != spare.st_ino, "the old entry's copy was not taken")
        #expect(try Support.query(third.conninfo(), "select sum(x) from kept") == "42")
        // Without keepSpare, a sandbox's spare goes with it.
        #expect(third.spare?.waitUntilMade() == true)
        third.stop()
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime + "/ready").count == 1)
    }
}
