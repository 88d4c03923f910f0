import Foundation
import PGCoachTestSupport
import Testing

/// `\e`, `\ef` and `\ev` at a terminal, against psql 15 typed the same keys with the same
/// editor script (Terminal/drive_editor.py); and their refusal when no one is at a terminal.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlEditorParityTests {
    @Test func editingAtATerminalDoesWhatPsqlDoes() throws {
        let python = "/usr/bin/python3"
        try #require(FileManager.default.isExecutableFile(atPath: python), "python3 drives the pty (make test installs it)")
        let base = testServerConninfo().replacingOccurrences(of: "dbname=postgres", with: "")
        let driver = BinaryRunner.packageRoot + "/Tests/TerminalTests/drive_editor.py"
        let result = try BinaryRunner.run(python, [driver, PsqlParity.psql, BinaryRunner.pgcoach, base], input: "")
        let parts = result.output.components(separatedBy: "\n=====\n").map { $0.trimmingCharacters(in: .newlines) }
        try #require(parts.count == 2, "\(result.output)")
        #expect(parts[0].contains("answer"), "the edited statement ran in psql: \(parts[0])")
        #expect(parts[0].contains("No changes"))
        PsqlParity.expectSame((parts[0], parts[1]))
    }

    @Test func aScriptIsToldTheEditorNeedsATerminal() throws {
        let outputs = try PsqlParity.run("select 1;\n\\e\n\\ef\n\\ev v\nselect 2;\n", database: "parity_editor_script")
        let lines = outputs.pgcoach.split(separator: "\n")
        #expect(lines.filter { $0.contains("the editor needs a terminal") }.count == 3, "\(outputs.pgcoach)")
        #expect(outputs.pgcoach.contains(" ?column? \n----------\n        2\n"), "the script goes on")
    }
}
