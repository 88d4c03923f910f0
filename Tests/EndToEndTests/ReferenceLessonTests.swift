import Foundation
import PGCoachTestSupport
import Testing

/// The reference lesson (`stage-12/05-final-production-incident`), end to end on a real sandbox.
@Suite(.serialized)
struct ReferenceLessonTests {
    static let home = ["PGCOACH_HOME": BinaryRunner.packageRoot]

    /// The script a path composes from the lesson's steps.
    func script(_ path: String) throws -> String {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["lesson", "script", "final-production-incident", path], input: "", environment: Self.home)
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }

    /// Runs a script through the lesson and returns the scorecard JSON and the output.
    func play(_ script: String) throws -> (card: [String: Any], output: String) {
        let path = NSTemporaryDirectory() + "/ref-score-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin", "--score-json", path],
            input: script, environment: Self.home)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:], result.output)
    }

    @Test func goldenPathFindsEveryFrontAndIsDeterministic() throws {
        let golden = try script("golden")
        var cards: [String] = []
        for _ in 0..<2 {
            let path = NSTemporaryDirectory() + "/ref-score-\(UUID().uuidString).json"
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin", "--score-json", path],
                input: golden, environment: Self.home)
            #expect(result.status == 0)
            #expect(result.output.components(separatedBy: " fronts found)").count - 1 == 4, "\(result.output)")
            #expect(result.output.contains("── Postmortem ──"))
            cards.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        #expect(cards[0] == cards[1])
        #expect(cards[0].contains("\"total\" : 100"))
    }

    /// Checks judge state, not commands: ending the blocker through pg_locks, another backfill
    /// value with a matching default, and billing access through a granted role all pass.
    @Test func anotherCorrectFixAlsoScores100() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin"],
            input: try script("alternative:locks-backfill-role"), environment: Self.home)
        #expect(result.output.contains("Total   100/100"), "\(result.output)")
    }

    /// The shortcuts an expert grader never lets pass: at most 90, with the reason named.
    @Test(arguments: [
        ("trap:least_privilege", "attribute SUPERUSER"),
        ("trap:data_loss", "app_db.orders: 4200 rows of 4200 deleted"),
        ("graded:update-without-where", "tenant_a.orders: 24 rows overwritten"),
        ("trap:production_sessions_killed", "production work lost: writer-"),
        ("graded:grant-to-public", "granted to PUBLIC"),
        ("trap:cluster_settings_changed", "ALTER SYSTEM SET idle_in_transaction_session_timeout"),
    ])
    func shortcutsCostWithTheirReason(_ path: String, _ reason: String) throws {
        let (card, _) = try play(try script(path))
        let total = try #require(card["total"] as? Int)
        #expect(total <= 90, "\(path) scored \(total)")
        let findings = card["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { ($0["reason"] as? String ?? "").contains(reason) }, "\(findings)")
    }

    /// `\giveup`, then the fix read in the postmortem, then `\score`: the give-up score stays.
    @Test func giveUpThenFixKeepsTheGiveUpScore() throws {
        let fix = try script("golden").components(separatedBy: "-- Stabilize").last ?? ""
        let (card, output) = try play("\\giveup\n-- Stabilize" + fix + "\\score\n")
        #expect(card["standing"] as? String == "gave_up", "\(card)")
        #expect((card["total"] as? Int ?? 100) < 100)
        #expect(output.contains("Practice score"), "\(output)")
    }

    /// A journal with two attempts regrades to the score it recorded (the first attempt's,
    /// when the second was never scored).
    @Test func gradeReplaysAttempts() throws {
        let state = NSTemporaryDirectory() + "pgcoach-attempts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        var env = Self.home
        env["XDG_STATE_HOME"] = state
        let fixed = try script("golden")
        _ = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin"],
            input: fixed + "\\score\n\\reset\nselect 1;\n", environment: env)
        let journal = try #require(
            try FileManager.default.contentsOfDirectory(atPath: state + "/pgcoach/sessions")
                .first { $0.hasSuffix(".jsonl") })
        let text = try String(contentsOfFile: state + "/pgcoach/sessions/" + journal, encoding: .utf8)
        #expect(text.contains("\"kind\":\"attempt_start\""), "the journal records the new attempt")
        let grade = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["grade", state + "/pgcoach/sessions/" + journal], input: "", environment: env)
        #expect(grade.status == 0, "\(grade.output)")
        #expect(grade.output.contains("Regraded:  100/100"), "\(grade.output)")
    }

    /// The on-call view says what fails, never which sessions to look at.
    @Test func statusNamesNoSessions() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin"], input: "\\status\n",
            environment: Self.home)
        #expect(result.output.contains("FAILING"), "\(result.output)")
        #expect(!result.output.contains("migration_runner"), "\(result.output)")
        #expect(!result.output.contains("app_writer"), "\(result.output)")
    }

    @Test func earlyHintsNameNoFixAndThePostmortemStaysLocked() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin"],
            input: String(repeating: "\\hint\n", count: 12) + "\\postmortem\n", environment: Self.home)
        let lower = result.output.lowercased()
        for fix in ["pg_terminate_backend", "grant ", "set default", "update orders", "alter table"] {
            #expect(!lower.contains(fix), "a hint before triage names a fix step: \(fix)")
        }
        #expect(!result.output.contains("── Postmortem ──"))
        #expect(result.output.contains("The postmortem opens once the incident is resolved"))
    }
}
