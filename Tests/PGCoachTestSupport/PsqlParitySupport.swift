import Foundation
import Testing

/// Runs one script through `psql -X` and through `pgcoach connect`, each on a fresh database of
/// the shared test server, and reports the first line where they differ.
public enum PsqlParity {
    public static let psql = "/usr/bin/psql"

    /// A directory for files the scripts read and write (`\i`, `\o`), passed to both clients
    /// as `PARITY_DIR` (scripts read it with `\getenv`).
    public static func scratchDirectory(files: [String: String]) throws -> String {
        let dir = NSTemporaryDirectory() + "pgcoach-parity-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Both outputs (stdout and stderr together) with the exit status appended.
    /// `withoutTerminal` runs both in a new session (`setsid`), with no `/dev/tty` to prompt on,
    /// so `\prompt` and `\password` read the script, as they do under cron or CI.
    public static func run(
        _ script: String, database: String, files: [String: String] = [:], withoutTerminal: Bool = false
    ) throws -> (psql: String, pgcoach: String) {
        let base = testServerConninfo()
        try #require(!base.isEmpty, "a sandbox is needed")
        try #require(FileManager.default.isExecutableFile(atPath: psql), "psql is installed by make test")
        let dir = try scratchDirectory(files: files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let environment = ["PARITY_DIR": dir]
        let reset = "drop database if exists \(database);\ncreate database \(database);\n"
        let target = base.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(database)")
        _ = try BinaryRunner.run(psql, ["-X", "-q", base], input: reset)
        func client(_ executable: String, _ arguments: [String]) throws -> BinaryRunner.Outcome {
            withoutTerminal
                ? try BinaryRunner.run("/usr/bin/setsid", ["-w", executable] + arguments, input: script, environment: environment)
                : try BinaryRunner.run(executable, arguments, input: script, environment: environment)
        }
        let expected = try client(psql, ["-X", target])
        _ = try BinaryRunner.run(psql, ["-X", "-q", base], input: reset)
        let actual = try client(BinaryRunner.pgcoach, ["connect", target])
        _ = try BinaryRunner.run(psql, ["-X", "-q", base], input: "drop database if exists \(database);\n")
        return (expected.output + "<exit \(expected.status)>\n", actual.output + "<exit \(actual.status)>\n")
    }

    /// Runs `script` through both and records the first differing line (exit status included);
    /// `minimumBytes` guards against a script that silently prints nothing.
    public static func expectSameOutput(
        _ script: String, database: String, minimumBytes: Int = 200, withoutTerminal: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let outputs = try run(script, database: database, withoutTerminal: withoutTerminal)
        #expect(outputs.psql.utf8.count >= minimumBytes, "the script must print something", sourceLocation: sourceLocation)
        expectSame(outputs, sourceLocation: sourceLocation)
    }

    /// Records the first differing line, if any.
    public static func expectSame(_ outputs: (psql: String, pgcoach: String), sourceLocation: SourceLocation = #_sourceLocation) {
        guard outputs.psql != outputs.pgcoach else { return }
        let a = outputs.pgcoach.split(separator: "\n", omittingEmptySubsequences: false)
        let e = outputs.psql.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        Issue.record(
            "output differs from psql at line \(first + 1):\n  psql:    \(first < e.count ? String(e[first]) : "<end>")\n  pgcoach: \(first < a.count ? String(a[first]) : "<end>")",
            sourceLocation: sourceLocation)
    }
}
