import Foundation
import PGCoachTestSupport
import Testing

/// The `rewind` and `rebuild_standby … from:` actions after a real divergence: replica1 is
/// promoted, both servers take a write, the old primary is fenced and made a standby of
/// replica1; it then streams on replica1's new timeline and has lost its own diverged row.
/// Refusals (the old primary still running, the source not a primary) change nothing.
@Suite(.serialized)
struct RewindActionTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/files"

    func start(_ script: String) throws -> String {
        let state = NSTemporaryDirectory() + "pgcoach-rewind-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        return try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "rewind-smoke", "--script", "/dev/stdin"], input: script,
            environment: ["PGCOACH_HOME": Self.home, "XDG_STATE_HOME": state]
        ).output
    }

    static let diverge = """
        \\c app_db - replica1
        SELECT pg_promote();
        INSERT INTO t VALUES (2);
        \\c app_db - primary
        INSERT INTO t VALUES (3);

        """

    static let followerState = """
        \\c app_db - primary
        SELECT pg_is_in_recovery() AS standby, received_tli AS tli, status FROM pg_stat_wal_receiver;
        SELECT string_agg(id::text, ',' ORDER BY id) AS ids FROM t;
        \\c app_db - replica1
        SELECT timeline_id AS new_tli FROM pg_control_checkpoint();
        SELECT application_name, state FROM pg_stat_replication;

        """

    @Test func rewindMakesTheDivergedPrimaryFollowTheNewTimeline() throws {
        let output = try start(
            Self.diverge + """
                \\action rewind-primary
                \\action fence-primary
                \\action rewind-primary

                """ + Self.followerState)
        #expect(
            output.contains("rewind-primary: primary is running: pg_rewind needs it stopped first (\\action fence-primary stops it)"),
            "\(output)")
        #expect(
            output.range(
                of:
                    #"rewind-primary: primary rewound with pg_rewind to replica1's timeline 2 and streams from replica1 through slot primary_slot"#,
                options: .regularExpression) != nil, "\(output)")
        #expect(output.contains(" standby | tli |  status   \n---------+-----+-----------\n t       |   2 | streaming\n"), "\(output)")
        #expect(output.contains(" ids \n-----\n 1,2\n"), "the diverged row 3 is gone, replica1's row 2 is there: \(output)")
        #expect(output.contains(" new_tli \n---------\n       2\n"), "\(output)")
        #expect(output.contains(" primary          | streaming\n"), "replica1 sees the old primary streaming: \(output)")
    }

    @Test func rebuildFromTheNewPrimaryIsTheOtherWay() throws {
        let output = try start(Self.diverge + "\\action rebuild-primary\n" + Self.followerState)
        #expect(output.contains("rebuild-primary: primary rebuilt from replica1 with pg_basebackup, streaming on timeline 2"), "\(output)")
        #expect(output.contains(" standby | tli |  status   \n---------+-----+-----------\n t       |   2 | streaming\n"), "\(output)")
        #expect(output.contains(" ids \n-----\n 1,2\n"), "\(output)")
    }

    /// Before any promotion replica1 is no primary to rewind to: refused, the fenced primary
    /// stays down, and `\\reset` brings both back.
    @Test func rewindToAStandbyIsRefusedAndResetRecovers() throws {
        let output = try start(
            """
            \\action fence-primary
            \\action rewind-primary
            \\reset
            \\c app_db - primary
            SELECT pg_is_in_recovery() AS in_recovery, count(*) AS rows FROM t;
            """)
        #expect(
            output.contains(
                "rewind-primary: replica1 is not a primary (it is still in recovery): promote it first (SELECT pg_promote() on replica1)"),
            "\(output)")
        #expect(output.contains(" in_recovery | rows \n-------------+------\n f           |    1\n"), "\(output)")
    }
}
