import Foundation
import Testing

/// The reference lesson (`stage-12/05-final-production-incident`), end to end on a real sandbox.
@Suite(.serialized)
struct ReferenceLessonTests {
    static let home = ["PGCOACH_HOME": BinaryRunner.packageRoot]

    @Test func authorSelfTestPasses() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["lesson", "check", "final-production-incident"], input: "", environment: Self.home)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("11 passed, 0 failed"), "\(result.output)")
    }

    @Test func goldenPathFindsEveryFrontAndIsDeterministic() throws {
        let golden = try String(
            contentsOfFile: BinaryRunner.packageRoot + "/lessons/stage-12/05-final-production-incident/golden.sql", encoding: .utf8)
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
        let script = try String(contentsOfFile: BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/alternative-fix.sql", encoding: .utf8)
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin"], input: script,
            environment: Self.home)
        #expect(result.output.contains("Total   100/100"), "\(result.output)")
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
