import Foundation
import PGCoachTestSupport
import Testing

/// kill -9 of pgcoach leaves a server and a sandbox behind; the next start (or doctor --clean)
/// must find and remove both.
@Suite(.serialized)
struct KilledSessionTests {
    /// A runtime directory of this suite's own, so no other suite's sandbox start cleans up
    /// (or is confused by) the sandboxes these tests kill.
    static let runtime = SandboxTestSupport.makeRuntimeDirectory()
    static let env = ["PGCOACH_RUNTIME_DIR": runtime]

    /// Starts `pgcoach connect` on a fresh sandbox, learns its directory, then kills it with SIGKILL.
    func killedSession() throws -> String {
        let session = try InteractiveProcess(["connect"], environment: Self.env)
        session.type("\\conninfo\n")
        let seen = session.read(until: "at port")
        session.kill()
        let directory = try #require(seen.firstMatch(of: /via socket in "([^"]+)"/).map { String($0.1) }, "\(seen)")
        return directory
    }

    func serverProcesses(in directory: String) -> [Int32] {
        SandboxTestSupport.processes(under: directory + "/data")
    }

    /// Ready copies of saved lessons (warm starts take one by rename) sit in memory under the
    /// runtime directory: doctor names them with their size, and --clean frees them.
    @Test func doctorShowsAndFreesReadyCopies() throws {
        let runtime = SandboxTestSupport.makeRuntimeDirectory()
        defer { try? FileManager.default.removeItem(atPath: runtime) }
        let copy = runtime + "/ready/1-2-3.4-5.6"
        try FileManager.default.createDirectory(atPath: copy + "/base", withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: runtime + "/ready")
        try Data(repeating: 7, count: 1 << 20).write(to: URL(fileURLWithPath: copy + "/base/16384"))
        let environment = ["PGCOACH_RUNTIME_DIR": runtime]
        let report = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor"], input: "", environment: environment)
        #expect(report.output.contains("1 ready lesson copy for warm starts, 1"), "\(report.output)")
        #expect(FileManager.default.fileExists(atPath: copy))
        let cleaned = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor", "--clean"], input: "", environment: environment)
        #expect(cleaned.output.contains("removed 1 ready lesson copy"), "\(cleaned.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime + "/ready").isEmpty)
    }

    @Test func doctorFindsAndCleansWhatAKilledSessionLeft() throws {
        let directory = try killedSession()
        #expect(FileManager.default.fileExists(atPath: directory), "the killed session leaves its sandbox")
        #expect(!serverProcesses(in: directory).isEmpty, "and its server")
        let report = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor"], input: "", environment: Self.env)
        #expect(report.output.contains("stale sandbox \(directory)"), "\(report.output)")
        #expect(report.status != 0)
        let cleaned = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor", "--clean"], input: "", environment: Self.env)
        #expect(cleaned.output.contains("removed"), "\(cleaned.output)")
        #expect(!FileManager.default.fileExists(atPath: directory))
        #expect(serverProcesses(in: directory).isEmpty)
    }

    @Test func nextStartCleansWhatAKilledSessionLeft() throws {
        let directory = try killedSession()
        #expect(FileManager.default.fileExists(atPath: directory))
        let next = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect"], input: "select 1 as fresh;\n", environment: Self.env)
        #expect(next.output.contains("fresh"))
        #expect(!FileManager.default.fileExists(atPath: directory), "the next start removes the leftover")
        #expect(serverProcesses(in: directory).isEmpty)
    }
}
