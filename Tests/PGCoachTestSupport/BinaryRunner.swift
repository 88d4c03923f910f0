import Foundation

/// Runs a program with a file as standard input and returns everything it printed (stdout and
/// stderr through one pipe, as `2>&1` gives them) and its exit status.
public enum BinaryRunner {
    /// The package root.
    public static var packageRoot: String { BuiltBinary.packageRoot }

    /// The pgcoach binary `swift build` made for these tests.
    public static var pgcoach: String { BuiltBinary.pgcoach }

    /// `PGCOACH_HOME` of the small fixture catalog the end-to-end suites run.
    public static var fixturesHome: String { packageRoot + "/Tests/IntegrationTests/Fixtures/home" }

    public struct Outcome {
        public var output: String
        public var status: Int32
    }

    public static func run(
        _ executable: String, _ arguments: [String], input: String, environment: [String: String] = [:]
    ) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputFile = directory.appendingPathComponent("input.sql")
        try input.write(to: inputFile, atomically: true, encoding: .utf8)
        let outputFile = directory.appendingPathComponent("output.txt")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        env["PGCOACH_TEST_CONNINFO"] = nil
        // Journals and progress of test sessions stay out of the user's own state directory.
        if environment["XDG_STATE_HOME"] == nil { env["XDG_STATE_HOME"] = NSTemporaryDirectory() + "pgcoach-test-state" }
        if environment["XDG_CACHE_HOME"] == nil { env["XDG_CACHE_HOME"] = SandboxTestSupport.cacheHome }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let sink = try FileHandle(forWritingTo: outputFile)
        process.standardOutput = sink
        process.standardError = sink
        try process.run()
        process.waitUntilExit()
        try sink.close()
        let data = try Data(contentsOf: outputFile)
        return Outcome(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}
