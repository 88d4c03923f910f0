import Foundation
import PGCoachTestSupport
import Testing

/// A preserved table that a background session keeps locked from the very start (an export's
/// AccessShare, a migration's AccessExclusive request queued behind it, which blocks every
/// later read) still has a baseline: rows deleted once the queue clears are data loss.
@Suite struct PreserveUnderLockTests {
    @Test func rowsDeletedAfterTheQueueClearsAreDataLoss() throws {
        // A cache of its own: the baseline is taken on a cold start, never loaded.
        let cache = NSTemporaryDirectory() + "pgcoach-locked-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let environment = [
            "PGCOACH_HOME": BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/locked", "XDG_CACHE_HOME": cache,
        ]
        let result = try BinaryRunner.run(BinaryRunner.pgcoach, ["lesson", "check"], input: "", environment: environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("trap path data_loss triggers it"), "\(result.output)")
        #expect(result.output.contains("3 passed, 0 failed"), "\(result.output)")
    }
}
