import Foundation
import Testing

/// Runs one script through `psql -X` and `pgcoach connect`, each on a fresh database of the
/// test server, and records where their outputs (stdout and stderr together) first differ.
enum PsqlParityHarness {
    static func expectSameOutput(
        _ script: String, database: String, minimumBytes: Int = 200, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let base = testServerConninfo()
        try #require(!base.isEmpty, "a sandbox is needed")
        let psql = "/usr/bin/psql"
        try #require(FileManager.default.isExecutableFile(atPath: psql), "psql is installed by make test")
        let recreate = "drop database if exists \(database);\ncreate database \(database);\n"
        let target = base.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(database)")
        _ = try BinaryRunner.run(psql, ["-X", "-q", base], input: recreate)
        let expected = try BinaryRunner.run(psql, ["-X", target], input: script)
        _ = try BinaryRunner.run(psql, ["-X", "-q", base], input: recreate)
        let actual = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect", target], input: script)
        _ = try BinaryRunner.run(psql, ["-X", "-q", base], input: "drop database \(database);\n")

        #expect(expected.output.utf8.count >= minimumBytes, "the script must print something", sourceLocation: sourceLocation)
        #expect(actual.status == expected.status, sourceLocation: sourceLocation)
        if actual.output != expected.output {
            let a = actual.output.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.output.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record(
                "output differs from psql at line \(first + 1):\n  psql:    \(first < e.count ? String(e[first]) : "<end>")\n  pgcoach: \(first < a.count ? String(a[first]) : "<end>")",
                sourceLocation: sourceLocation)
        }
    }
}
