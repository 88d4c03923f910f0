import Foundation
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.pgcoach)
        process.arguments = ["start", Self.lesson]
        process.environment = ProcessInfo.processInfo.environment.merging(Self.env) { $1 }
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("\\c pgbouncer\nSHOW VERSION;\n".utf8))
        var seen = ""
        while !seen.contains("PgBouncer 1.") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let directory = try #require(seen.firstMatch(of: /via socket in "([^"]+)\/pooler"/).map { String($0.1) }, "\(seen)")
        return directory
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
