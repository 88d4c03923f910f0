import Foundation
import PGCoachTestSupport
import Sandbox
import Testing

/// A journal that cannot be written is never lost silently, and one huge value does not make a
/// huge journal.
@Suite struct JournalFailureTests {
    /// A state directory of its own for one test.
    private func stateDirectory() -> String {
        let state = NSTemporaryDirectory() + "pgcoach-jf-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        return state
    }

    private func journals(in state: String) -> [String] {
        let dir = state + "/pgcoach/sessions"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).map { dir + "/" + $0 }
    }

    @Test func aFailingStateDiskIsReportedOnceAndTheExitStatusSaysSo() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let state = stateDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        // A file-size limit stands in for a full disk: writes past it fail with EFBIG (SIGXFSZ
        // ignored, as a full disk sends no signal). The output (to a file too) stays small.
        let script = String(repeating: "set application_name = 'journal-test';\n", count: 300) + "select 'still here' as note;\n"
        let run = try BinaryRunner.run(
            "/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 32; exec \"$0\" connect \"$1\"", BinaryRunner.pgcoach, server.conninfo()],
            input: script, environment: ["XDG_STATE_HOME": state])
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("still here"), "the session goes on: \(run.output.suffix(500))")
        let reports = run.output.components(separatedBy: "cannot write the session journal").count - 1
        #expect(reports == 1, "\(run.output.suffix(800))")
        // What was written before the failure still exports.
        let journal = try #require(journals(in: state).first)
        let export = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["export", journal, "-o", state + "/t.md"], input: "", environment: ["XDG_STATE_HOME": state])
        #expect(export.status == 0, "\(export.output)")
    }

    @Test func aHugeValueIsJournaledBoundedAndSaysWhatWasLeftOut() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let state = stateDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let run = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["connect", server.conninfo()],
            input: "select repeat('x', 3000000) as big, 'small' as other;\n", environment: ["XDG_STATE_HOME": state])
        #expect(run.status == 0)
        #expect(run.output.utf8.count > 3_000_000, "the learner sees the whole value")
        let journal = try #require(journals(in: state).first)
        var info = stat()
        #expect(stat(journal, &info) == 0 && info.st_size < 300_000, "journal is \(info.st_size) bytes")
        let export = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["export", journal, "-o", state + "/t.md"], input: "", environment: ["XDG_STATE_HOME": state])
        #expect(export.status == 0)
        let text = try String(contentsOfFile: state + "/t.md", encoding: .utf8)
        #expect(text.contains("bytes of long values were left out of the journal"))
        #expect(text.contains("small"))
    }
}
