import Foundation
import PGCoachTestSupport
import Testing

/// Lesson directories and safe actions against a real sandbox, through the built binary, on a
/// fixture lesson (`Fixtures/files`): setup writes into the directory through a placeholder and
/// a setup-time backup, `\files` lists it, actions dump, verify and edit pg_hba.conf, `\reset`
/// puts the files back, and hostile entries (a FIFO, a link) are shown for what they are and
/// never counted or opened.
@Suite(.serialized)
struct FilesAndActionsTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/files"

    func start(_ script: String, state: String) throws -> BinaryRunner.Outcome {
        try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "files-smoke", "--script", "/dev/stdin"], input: script,
            environment: ["PGCOACH_HOME": Self.home, "XDG_STATE_HOME": state])
    }

    func withState<T>(_ body: (String) throws -> T) rethrows -> T {
        let state = NSTemporaryDirectory() + "pgcoach-files-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        return try body(state)
    }

    @Test func selfTestPassesForTheFilesFixture() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["lesson", "check", "stage-0/03-files-smoke"], input: "", environment: ["PGCOACH_HOME": Self.home])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("4 passed, 0 failed"), "\(result.output)")
    }

    /// Setup's files are listed; an action's dump appears, passes verification and the checks;
    /// `\reset` brings the directory back to setup's files and forgets the actions run; the
    /// runs are journaled as action events.
    @Test func actionsWriteFilesAndResetRestoresThem() throws {
        try withState { state in
            let result = try start(
                """
                \\action
                \\files backups
                \\action dump app_db
                \\action verify
                \\files backups
                \\check
                \\reset
                \\files backups
                \\check
                """, state: state)
            let output = result.output
            #expect(
                output.range(of: #"\\action dump \[DATABASE \.\.\.\] +dump databases now"#, options: .regularExpression) != nil, "\(output)"
            )
            // Each listing up to its row count.
            let listings = output.components(separatedBy: "Files in backups").map { $0.components(separatedBy: " rows)")[0] }
            #expect(listings.count == 4, "\(output)")
            #expect(listings[1].contains("app_db_nightly.dump") && listings[1].contains("seed.txt"), "\(output)")
            #expect(!listings[1].contains("app_db_2"), "\(output)")
            #expect(output.contains("dump: dumped 1 database into backups: app_db"), "\(output)")
            #expect(output.contains("verify: all 2 verified"), "\(output)")
            #expect(listings[2].range(of: #"app_db_2\d{7}T\d{6}Z\.dump"#, options: .regularExpression) != nil, "\(output)")
            #expect(listings[3].contains("app_db_nightly.dump") && listings[3].contains("seed.txt"), "\(output)")
            #expect(!listings[3].contains("app_db_2"), "after \\reset the action's dump is gone: \(output)")
            let journal = try #require(journalText(state))
            #expect(journal.contains(#""kind":"action""#) && journal.contains("dump ran: dumped 1 database"), "\(journal)")
        }
    }

    /// A FIFO and a link named like dumps: listed with their kind, never read, never counted.
    @Test func hostileEntriesAreShownNotFollowed() throws {
        try withState { state in
            let started = Date()
            let result = try start(
                """
                COPY (SELECT 1) TO PROGRAM 'mkfifo ../files/backups/app_db_20990101T000000Z.dump && ln -s /etc/passwd ../files/backups/app_db_20990102T000000Z.dump';
                \\files backups
                \\action verify
                \\check
                """, state: state)
            let output = result.output
            #expect(output.contains("app_db_20990101T000000Z.dump|"), "\(output)")
            #expect(output.contains("app_db_20990102T000000Z.dump@"), "\(output)")
            #expect(output.contains("verify: all 1 verified"), "only the nightly dump is read: \(output)")
            #expect(output.contains("a fresh dump of app_db restores") && !output.contains("✓ a fresh dump"), "\(output)")
            #expect(Date().timeIntervalSince(started) < 30, "nothing blocked on the FIFO")
        }
    }

    /// An hba edit takes effect for the next login; one that would lock out pgcoach's own
    /// superuser is refused and undone.
    @Test func hbaEditsReloadAndCannotLockOutTheJudge() throws {
        try withState { state in
            let result = try start(
                """
                \\c app_db blocked_user
                SELECT line_number, user_name, auth_method FROM pg_hba_file_rules WHERE auth_method = 'reject';
                \\action edit-hba remove 89
                \\c app_db blocked_user
                SELECT current_user;
                \\c app_db dba
                \\action edit-hba insert 1 local all all reject
                \\c app_db dba
                SELECT count(*) AS rules FROM pg_hba_file_rules WHERE auth_method = 'reject';
                """, state: state)
            let output = result.output
            #expect(output.contains("pg_hba.conf rejects connection"), "\(output)")
            #expect(output.contains("edit-hba: removed line 89: local all blocked_user reject; configuration reloaded"), "\(output)")
            #expect(output.contains(" blocked_user\n"), "the next login is let in: \(output)")
            #expect(output.contains("locks out the superuser pgcoach checks your work with"), "\(output)")
            #expect(output.contains("pg_hba.conf is back as it was"), "\(output)")
            #expect(output.contains("     0\n"), "no reject rule is left: \(output)")
        }
    }

    /// rebuild_standby copies the standby again through its slot and it streams; fence stops it
    /// and it stays down; `\\reset` brings it back.
    @Test func rebuildAndFenceAStandby() throws {
        try withState { state in
            let result = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["start", "server-actions-smoke", "--script", "/dev/stdin"],
                input: """
                    \\action rebuild-replica
                    SELECT slot_name, active FROM pg_replication_slots;
                    \\c app_db - replica1
                    SELECT pg_is_in_recovery() AS standby;
                    \\c app_db - primary
                    \\action fence-replica
                    \\c app_db - replica1
                    \\reset
                    \\c app_db - replica1
                    SELECT pg_is_in_recovery() AS standby_again;
                    """, environment: ["PGCOACH_HOME": Self.home, "XDG_STATE_HOME": state])
            let output = result.output
            #expect(
                output.contains("replica1 rebuilt from primary with pg_basebackup through slot replica1_slot, streaming and caught up"),
                "\(output)")
            #expect(output.contains(" replica1_slot | t\n"), "\(output)")
            #expect(output.contains(" standby \n---------\n t\n"), "\(output)")
            #expect(output.contains("fence-replica: replica1 stopped and fenced"), "\(output)")
            #expect(output.contains("nodes/replica1/.s.PGSQL.5432\" failed"), "the fenced standby refuses connections: \(output)")
            #expect(output.contains(" standby_again \n---------------\n t\n"), "\(output)")
        }
    }

    /// A base backup, a WAL archive fed by archive_command through a placeholder, and a restore
    /// to a named restore point: the restored server has the rows deleted after the point, is
    /// reached by name, and is gone after `\\reset`.
    @Test func baseBackupAndPointInTimeRestore() throws {
        try withState { state in
            let golden = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["lesson", "script", "stage-0/05-restore-smoke", "golden"], input: "",
                environment: ["PGCOACH_HOME": Self.home])
            let result = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["start", "restore-smoke", "--script", "/dev/stdin"],
                input: golden.output + "\\reset\n\\c app_db - restore_target\n",
                environment: ["PGCOACH_HOME": Self.home, "XDG_STATE_HOME": state])
            let output = result.output
            #expect(output.contains("pg_verifybackup: backup successfully verified"), "\(output)")
            #expect(output.contains("up to recovery_target_name = before_cleanup and promoted"), "\(output)")
            #expect(output.contains(" restored_rows \n---------------\n             2\n"), "\(output)")
            #expect(output.contains("nodes/restore_target/.s.PGSQL.5432\" failed"), "\\reset removed it: \(output)")
        }
    }

    func journalText(_ state: String) -> String? {
        let directory = state + "/pgcoach/sessions"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".jsonl") }
        return files.first.flatMap { try? String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
    }
}
