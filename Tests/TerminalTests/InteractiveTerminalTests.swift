import Foundation
import PGCoachTestSupport
import Testing

/// The REPL at a real terminal: a Python pty driver types at the built binary (Ctrl-C cancel,
/// tab completion, transaction prompts, multi-line input, non-ASCII, \q and SIGTERM cleanup,
/// reconnect after the backend is terminated, the lesson prompt, COPY typed at the `>>` prompt). See drive_terminal.py.
@Suite(.serialized)
struct InteractiveTerminalTests {
    @Test func personAtATerminal() throws {
        let python = "/usr/bin/python3"
        try #require(FileManager.default.isExecutableFile(atPath: python), "python3 drives the pty (make test installs it)")
        let driver = BinaryRunner.packageRoot + "/Tests/TerminalTests/drive_terminal.py"
        let result = try BinaryRunner.run(python, [driver, BinaryRunner.pgcoach, BinaryRunner.fixturesHome], input: "")
        let lines = result.output.split(separator: "\n").map(String.init)
        for line in lines where line.hasPrefix("FAIL") {
            Issue.record(Comment(rawValue: line))
        }
        #expect(lines.filter { $0.hasPrefix("ok ") }.count == 8, "\(result.output)")
        #expect(result.status == 0)
    }
}
