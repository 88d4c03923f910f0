import Foundation
import PGCoachTestSupport
import Testing

/// `pooler_set` against a real pgbouncer, through the built binary, on a fixture lesson
/// (`Fixtures/files`, stage-0/06-pooler-set-smoke): a pool of one held by an open transaction
/// with a request queued behind it. Bad arguments are refused before anything changes; a good
/// run writes pgbouncer.ini, reloads, shows the console's value, serves the queued request and
/// counts for `action_taken`; `\reset` brings the lesson's pool back.
@Suite(.serialized)
struct PoolerSetActionLessonTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/files"

    @Test func resizesThePoolAndResetPutsItBack() throws {
        let state = NSTemporaryDirectory() + "pgcoach-pooler-set-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "pooler-set-smoke", "--script", "/dev/stdin"],
            input: """
                \\action resize-pool default_pool_size ten
                \\action resize-pool default_pool_size 0
                \\action resize-pool listen_port 7000
                \\action resize-pool default_pool_size
                \\c pgbouncer
                SHOW CONFIG;
                SHOW POOLS;
                \\check
                \\action resize-pool default_pool_size 3
                \\action resize-pool app_db.pool_size 4
                \\check
                \\reset
                \\c pgbouncer
                SHOW DATABASES;
                \\check
                """, environment: ["PGCOACH_HOME": Self.home, "XDG_STATE_HOME": state])
        let output = result.output
        // Refused with what to do, before anything changed (the first SHOW CONFIG still shows 1).
        #expect(output.contains("\\action: ten is not a whole number; give default_pool_size a value from 1 to 1000\n"), "\(output)")
        #expect(output.contains("\\action: default_pool_size must be from 1 to 1000, not 0\n"), "\(output)")
        #expect(
            output.contains(
                "\\action: resize-pool does not change listen_port (it changes default_pool_size, app_db.pool_size, max_client_conn)\n"),
            "\(output)")
        #expect(output.contains("\\action: give a setting and its new value; usage: \\action resize-pool"), "\(output)")
        #expect(output.range(of: #"\n default_pool_size +\| 1 +\|"#, options: .regularExpression) != nil, "\(output)")
        #expect(output.contains("FAIL  the pool is bigger"), "\(output)")
        // The runs: the console's value before and after, and the one line.
        #expect(output.contains(" default_pool_size | 1      | 3     | SHOW CONFIG\n"), "\(output)")
        #expect(
            output.contains("resize-pool: default_pool_size = 3 written to pgbouncer.ini and reloaded; SHOW CONFIG shows 3"), "\(output)")
        #expect(output.contains(" app_db.pool_size | 3      | 4     | SHOW DATABASES\n"), "\(output)")
        // The queued request got a server connection; the action counts until \reset.
        let checks = output.components(separatedBy: "PASS  the pool is bigger")
        #expect(checks.count == 2, "\(output)")
        #expect(output.contains("PASS  the action ran"), "\(output)")
        // \reset starts the pooler from the lesson's configuration again.
        #expect(output.range(of: #"\n app_db +\| [^\n]*\| +1 \| +0 \| +0 \|"#, options: .regularExpression) != nil, "\(output)")
        #expect(output.components(separatedBy: "FAIL  the action ran").count == 3, "\(output)")
        let journal = try #require(FilesAndActionsTests().journalText(state))
        #expect(journal.contains("resize-pool ran: default_pool_size = 3 written to pgbouncer.ini"), "\(journal)")
    }

}
