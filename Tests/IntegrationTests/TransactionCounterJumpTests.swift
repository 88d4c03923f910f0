import Foundation
import PGCoachTestSupport
import Testing

/// `server: {next_xid: N}` on a real sandbox, through the built binary, on a fixture lesson
/// (`Fixtures/xid`): setup prepares a transaction, pgcoach moves the counter with pg_resetwal,
/// and the cluster the learner gets — cold, after `\reset`, and warm from the lesson cache —
/// has the counter ahead, every row's age grown by the jump, and the prepared transaction
/// still there.
@Suite(.serialized)
struct TransactionCounterJumpTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/xid"

    static let script = """
        select 'age_grew=' || (age(datfrozenxid) > 8000000)::text from pg_database where datname = 'ledger';
        select 'counter_ahead=' || (pg_current_xact_id()::text::bigint >= 8388608)::text;
        select 'prepared=' || gid || ':' || (age(transaction) > 8000000)::text from pg_prepared_xacts;
        select 'rows=' || count(*) from entries;
        \\reset
        select 'after_reset_prepared=' || gid from pg_prepared_xacts;
        select 'after_reset_age_grew=' || (age(datfrozenxid) > 8000000)::text from pg_database where datname = 'ledger';
        """

    func play() throws -> String {
        // A cache of its own: the first run is cold (setup, then the jump), the second warm.
        let cache = NSTemporaryDirectory() + "xid-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        var outputs = ""
        for _ in 0..<2 {
            let result = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["start", "xid-jump", "--script", "/dev/stdin"], input: Self.script,
                environment: ["PGCOACH_HOME": Self.home, "XDG_CACHE_HOME": cache])
            #expect(result.status == 0, "\(result.output)")
            outputs += result.output
        }
        return outputs
    }

    @Test func theCounterJumpsAndThePreparedTransactionSurvives() throws {
        let output = try play()
        for marker in [
            " age_grew=true", " counter_ahead=true", " prepared=batch_42:true", " rows=100", " after_reset_prepared=batch_42",
            " after_reset_age_grew=true",
        ] {
            // Once in the cold start, once in the warm one.
            #expect(output.components(separatedBy: marker).count == 3, "\(marker) in \(output)")
        }
    }
}
