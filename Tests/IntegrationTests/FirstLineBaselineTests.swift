import Foundation
import PGCoachTestSupport
import Testing

/// A cold start measures the judge's baseline while the briefing is read. A script's first
/// line comes at once: it must wait until the baseline is measured, or rows it deletes would
/// be missing from the baseline too, and their loss would go unseen. The fixture
/// (`Fixtures/baseline`) makes the measuring slow: its first preserved table is read behind a
/// sleep, the deleted rows' table after it.
@Suite struct FirstLineBaselineTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/baseline"

    @Test func rowsDeletedByTheFirstLineOfAColdStartAreDataLoss() throws {
        // A cache of its own: no saved cluster, no cached baseline, a cold start.
        let cache = NSTemporaryDirectory() + "pgcoach-first-line-\(UUID().uuidString)"
        let score = cache + ".json"
        defer {
            try? FileManager.default.removeItem(atPath: cache)
            try? FileManager.default.removeItem(atPath: score)
        }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "first-line", "--script", "/dev/stdin", "--score-json", score],
            input: "DELETE FROM accounts WHERE id <= 5;\n", environment: ["PGCOACH_HOME": Self.home, "XDG_CACHE_HOME": cache])
        #expect(result.output.contains("DELETE 5"), "\(result.output)")
        let card = try String(contentsOfFile: score, encoding: .utf8)
        #expect(card.contains("\"data_loss\""), "\(card)")
        #expect(result.output.contains("app_db.accounts: 5 rows of 100"), "\(result.output)")
    }

    /// A baseline that cannot be measured ends the session at the first line, with the reason
    /// and a failing status; the line itself never runs.
    @Test func anUnmeasurableBaselineEndsTheSessionWithTheReason() throws {
        let cache = NSTemporaryDirectory() + "pgcoach-first-line-ghost-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "unreadable-preserve", "--script", "/dev/stdin"],
            input: "SELECT 4242 AS answer;\n", environment: ["PGCOACH_HOME": Self.home, "XDG_CACHE_HOME": cache])
        #expect(result.status == 1, "\(result.output)")
        #expect(
            result.output.contains(
                "could not set up the lesson: preserve app_db.ghost_accounts: relation \"ghost_accounts\" does not exist"),
            "\(result.output)")
        #expect(!result.output.contains("4242"), "\(result.output)")
    }

    /// The fixture is a whole lesson: its own self-test passes (the same trap, run by `lesson check`).
    @Test func fixtureSelfTestPasses() throws {
        let cache = NSTemporaryDirectory() + "pgcoach-first-line-check-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["lesson", "check", "first-line"], input: "",
            environment: ["PGCOACH_HOME": Self.home, "XDG_CACHE_HOME": cache])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("3 passed, 0 failed"), "\(result.output)")
    }
}
