import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// The sandbox directory is hostile territory: the learner is a superuser in the sandbox and
/// runs shell commands as the server account (`COPY … TO PROGRAM`), which owns the directory.
/// These tests play that learner when pgcoach runs as root with a separate server account.
@Suite("Hostile sandbox (root with a server account)", .enabled(if: geteuid() == 0 && getpwnam("postgres") != nil))
struct HostileSandboxTests {
    typealias Support = SandboxTestSupport

    /// A root-owned file in a root-only directory: what an attacker would like to own.
    private static func makeVictim() throws -> (directory: String, file: String) {
        var template = Array("/root/pgct-victim-XXXXXX".utf8CString)
        let directory = String(cString: try #require(mkdtemp(&template)))
        let file = directory + "/secret"
        try "root only\n".write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, 0o600)
        return (directory, file)
    }

    private static func owner(of path: String) -> uid_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_uid : nil
    }

    /// Runs a shell command as the server account, the way a learner would.
    private static func shell(_ sandbox: Sandbox, _ command: String) throws {
        // Reading the row first: a program that leaves without reading makes COPY fail.
        let quoted = ("cat >/dev/null; " + command).replacingOccurrences(of: "'", with: "''")
        try Support.query(sandbox.conninfo(), "COPY (SELECT 1) TO PROGRAM '\(quoted)'")
    }

    @Test("a symlinked server.log, snapshots and data are never followed by a restart, snapshot or stop")
    func symlinksAreNotFollowed() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let victim = try Self.makeVictim()
        defer { try? FileManager.default.removeItem(atPath: victim.directory) }
        // The server account cannot reach /root; the link only has to be followed by root.
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }

        try Self.shell(sandbox, "rm -f server.log 2>/dev/null; ln -sf \(victim.file) ../server.log")
        #expect(Self.owner(of: sandbox.logPath) == Support.expectedServerUID)
        try sandbox.restart()  // what \reset does: the server is started again, appending to its log
        #expect(Self.owner(of: victim.file) == 0)
        #expect(try String(contentsOfFile: victim.file, encoding: .utf8) == "root only\n")
        var info = stat()
        #expect(lstat(sandbox.logPath, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)

        // A `snapshots` link to a root directory: a snapshot must neither write nor remove there.
        try Self.shell(sandbox, "ln -s \(victim.directory) ../snapshots")
        #expect(throws: SandboxError.self) { try sandbox.snapshot(to: "lesson") }
        #expect(FileManager.default.fileExists(atPath: victim.file))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: victim.directory)) == ["secret"])
        #expect(Self.owner(of: victim.directory) == 0)

        // Stopping removes the links themselves, not what they point to.
        sandbox.stop()
        #expect(try String(contentsOfFile: victim.file, encoding: .utf8) == "root only\n")
        #expect(!FileManager.default.fileExists(atPath: sandbox.directory))
    }

    @Test("snapshots are out of the learner's reach, and a swapped-in one never reaches the cache")
    func snapshotsCannotBePoisoned() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let cache = runtime + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        try sandbox.snapshot(to: "lesson")
        let snapshot = try sandbox.snapshotDirectory(named: "lesson")
        #expect(Self.owner(of: snapshot + "/PG_VERSION") == 0)
        #expect(throws: (any Error).self) { try Self.shell(sandbox, "echo planted > ../snapshots/lesson/planted") }

        // The learner swaps in a snapshot of their own: saving it to the cache is refused.
        try Self.shell(sandbox, "mv ../snapshots ../old && mkdir -p ../snapshots/lesson && cp PG_VERSION ../snapshots/lesson/")
        #expect(throws: SandboxError.self) {
            try Sandbox.saveCopy(of: snapshot, to: cache + "/lesson-0000000000000000", account: sandbox.account)
        }
        #expect(!FileManager.default.fileExists(atPath: cache + "/lesson-0000000000000000"))
    }

    @Test("processes the learner starts from the server account end with the sandbox")
    func learnerProcessesEnd() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        // Three ways out: a new session; a new session away from the sandbox with a clean
        // environment; a double fork.
        try Self.shell(sandbox, "setsid sleep 1001 </dev/null >/dev/null 2>&1 &")
        try Self.shell(sandbox, "cd / && env -i setsid sleep 1002 </dev/null >/dev/null 2>&1 &")
        try Self.shell(sandbox, "(cd /tmp; sh -c 'sleep 1003 &' ) </dev/null >/dev/null 2>&1 &")
        usleep(200_000)
        let before = Self.sleepers()
        #expect(before.count == 3, "the learner's programs should be running: \(before)")
        sandbox.stop()
        #expect(Self.sleepers().isEmpty, "left running: \(Self.sleepers())")
    }

    /// Running `sleep 100N` processes of the server account.
    private static func sleepers() -> [Int32] {
        let uid = Support.expectedServerUID
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard Support.isAlive(pid), Support.userID(of: pid) == uid,
                let command = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
            else { return false }
            return command.split(separator: "\u{0}").starts(with: ["sleep"]) && command.contains("100")
        }
    }
}
