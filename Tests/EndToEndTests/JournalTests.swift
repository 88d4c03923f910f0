import Foundation
import PGCoachTestSupport
import Testing

/// Journals, transcripts and regrading, through the built binary on the fixture lesson.
@Suite(.serialized)
struct JournalTests {
    /// A private state directory per test, so journals and progress do not mix.
    func environment() -> (env: [String: String], state: String) {
        let state = NSTemporaryDirectory() + "pgcoach-state-\(UUID().uuidString)"
        return (["PGCOACH_HOME": BinaryRunner.fixturesHome, "XDG_STATE_HOME": state], state)
    }

    func journals(in state: String) -> [String] {
        let dir = state + "/pgcoach/sessions"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".jsonl") }.map { dir + "/" + $0 }
    }

    @Test func goldenSessionExportsAndRegrades() throws {
        let (env, state) = environment()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let script = """
            \\hint
            select application_name, state from pg_stat_activity where application_name = 'migration_runner';
            select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'migration_runner';
            alter role dba password 'not-in-the-journal';
            alter role dba password E'not-\\'in-the-journal' validd;
            alter role dba password /* new */ $pw$not-in-the-journal$pw$;
            \\score
            """
        let run = try BinaryRunner.run(BinaryRunner.pgcoach, ["start", "lock-smoke"], input: script, environment: env)
        #expect(run.status == 0, "\(run.output)")
        let journal = try #require(journals(in: state).first)
        let raw = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(!raw.contains("in-the-journal"), "passwords never reach the journal")

        let markdown = state + "/t.md"
        let export = try BinaryRunner.run(BinaryRunner.pgcoach, ["export", journal, "-o", markdown], input: "", environment: env)
        #expect(export.status == 0, "\(export.output)")
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("select application_name, state from pg_stat_activity"))
        #expect(text.contains("migration_runner | idle in transaction"), "outputs are in the transcript")
        #expect(text.contains("**Hint**"))
        #expect(text.contains("**Milestone**"))
        #expect(text.contains("### Scorecard") && text.contains("Total   100/100"))
        #expect(text.contains("### Postmortem") && text.contains("A migration left a transaction open."))
        #expect(!text.contains("in-the-journal"))
        var info = stat()
        #expect(stat(markdown, &info) == 0 && info.st_mode & 0o777 == 0o600, "transcripts are private like journals")

        let json = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["export", journal, "--format", "json", "-o", state + "/t.json"], input: "", environment: env)
        #expect(json.status == 0)
        #expect(try String(contentsOfFile: state + "/t.json", encoding: .utf8).contains("\"kind\" : \"scorecard\""))

        let grade = try BinaryRunner.run(BinaryRunner.pgcoach, ["grade", journal], input: "", environment: env)
        #expect(grade.status == 0, "\(grade.output)")
        #expect(grade.output.contains("Regraded:  100/100"))
        #expect(grade.output.contains("matches the recorded one"))

        let list = try BinaryRunner.run(BinaryRunner.pgcoach, ["list"], input: "", environment: env)
        #expect(list.output.contains("|  100"), "best score shown: \(list.output)")
    }

    @Test func tamperedJournalIsFlaggedByGrade() throws {
        let (env, state) = environment()
        defer { try? FileManager.default.removeItem(atPath: state) }
        _ = try BinaryRunner.run(BinaryRunner.pgcoach, ["start", "lock-smoke"], input: "\\score\n", environment: env)
        let journal = try #require(journals(in: state).first)
        var text = try String(contentsOfFile: journal, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"total\":0", with: "\"total\":100")
        try text.write(toFile: journal, atomically: true, encoding: .utf8)
        let grade = try BinaryRunner.run(BinaryRunner.pgcoach, ["grade", journal], input: "", environment: env)
        #expect(grade.status == 1, "\(grade.output)")
        #expect(grade.output.contains("DIFFERENT"))
    }

    @Test func corruptedAndTornJournals() throws {
        let (env, state) = environment()
        defer { try? FileManager.default.removeItem(atPath: state) }
        _ = try BinaryRunner.run(BinaryRunner.pgcoach, ["start", "lock-smoke"], input: "select 1 as one;\n", environment: env)
        let journal = try #require(journals(in: state).first)
        let good = try String(contentsOfFile: journal, encoding: .utf8)

        try (good + "{\"kind\":\"inp").write(toFile: journal, atomically: true, encoding: .utf8)
        let torn = try BinaryRunner.run(BinaryRunner.pgcoach, ["export", journal, "-o", state + "/torn.md"], input: "", environment: env)
        #expect(torn.status == 0, "\(torn.output)")
        #expect(try String(contentsOfFile: state + "/torn.md", encoding: .utf8).contains("cut off"))

        let lines = good.split(separator: "\n").map(String.init)
        let rest: [String] = Array(lines[1...])
        try (lines[0] + "\n\u{1}garbage\u{FF}\n" + rest.joined(separator: "\n") + "\n").write(
            toFile: journal, atomically: true, encoding: .utf8)
        let corrupt = try BinaryRunner.run(BinaryRunner.pgcoach, ["export", journal], input: "", environment: env)
        #expect(corrupt.status == 1)
        #expect(corrupt.output.contains(":2: not a pgcoach journal event"), "\(corrupt.output)")

        let missing = try BinaryRunner.run(BinaryRunner.pgcoach, ["export", state + "/nope.jsonl"], input: "", environment: env)
        #expect(missing.status == 1)
        #expect(missing.output.contains("cannot read the journal"))
    }

    @Test func killedDuringAQueryTheJournalStillExports() throws {
        let (env, state) = environment()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let session = try InteractiveProcess(["start", "lock-smoke"], environment: env)
        session.type("select 'before' as marker;\nselect pg_sleep(30);\n")
        session.read(until: "before")
        usleep(300_000)
        session.kill()

        let journal = try #require(journals(in: state).first)
        let export = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["export", journal, "-o", state + "/killed.md"], input: "", environment: env)
        #expect(export.status == 0, "\(export.output)")
        let text = try String(contentsOfFile: state + "/killed.md", encoding: .utf8)
        #expect(text.contains("select 'before' as marker;"))
        #expect(text.contains("select pg_sleep(30);"), "the statement in flight was journaled before it ran")
        #expect(text.contains("did not end normally"))

        // The next start removes the orphaned sandbox and its server.
        let next = try BinaryRunner.run(BinaryRunner.pgcoach, ["start", "lock-smoke"], input: "\\q\n", environment: env)
        #expect(next.status == 0)
        let doctor = try BinaryRunner.run(BinaryRunner.pgcoach, ["doctor"], input: "", environment: env)
        #expect(doctor.output.contains("no stale sandboxes"), "\(doctor.output)")
    }
}
