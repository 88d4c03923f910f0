import Foundation
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// A valid lesson using every files and actions field; each broken case edits one line of it.
let sandboxLessonYAML = """
    format_version: 2
    id: stage-1/02-files
    title: Files
    topic: Backup
    level: 2
    duration: 5 min
    learner: {role: dba, database: app_db}
    files:
      dirs: [backups, archive]
    server:
      settings: {archive_command: 'cp %p {{archive}}/%f'}
    hba:
      - '# SEC-1: the contractor'
      - local all contractor reject
    setup:
      roles: CREATE ROLE dba LOGIN SUPERUSER;
      databases:
        - name: app_db
          sql: COPY (SELECT 1) TO PROGRAM 'cat > {{backups}}/seed.txt';
    actions:
      - id: nightly
        kind: backup
        description: run the nightly dump
        into: backups
        databases_sql: {database: app_db, sql: SELECT 'app_db'}
        file_name: '{{database}}-{{timestamp}}.dump'
        at_setup: true
      - id: verify
        kind: verify_backup
        description: check the dumps
        dir: backups
        glob: '*.dump'
        method: pg_restore_list
      - id: edit-hba
        kind: hba
        description: edit pg_hba.conf
      - id: unblock
        kind: hba
        description: remove the block
        edit: {remove: 90}
    milestones:
      - id: gap
        title: the gap
        evidence:
          - meta_command: [files]
            cell: 'dump$'
    checks:
      - id: dumped
        milestone: gap
        title: dumped
        file: {dir: backups, glob: '{{database}}-*.dump', databases: [app_db], verify: pg_restore_list, min_count: 1}
        action_taken: verify
        pass: ok
        fail: not ok
    traps:
      - id: deleted
        title: deleted dumps
        files_removed: {dir: backups, glob: '*.dump'}
      - id: in_data
        title: dump in data
        file: {dir: data, glob: '*.dump'}
      - id: unblocked
        title: unblocked
        action_taken: unblock
    """

@Suite struct LessonLoaderSandboxTests {
    @Test func loadsFilesHbaAndActions() throws {
        let lesson = try LessonLoader.parseLessonYAML(sandboxLessonYAML, file: "lesson.yaml")
        #expect(lesson.files.names == ["backups", "archive"])
        #expect(lesson.hbaLines == ["# SEC-1: the contractor", "local all contractor reject"])
        #expect(lesson.actions.map(\.id) == ["nightly", "verify", "edit-hba", "unblock"])
        #expect(lesson.actions[0].atSetup && !lesson.actions[1].atSetup)
        #expect(
            lesson.actions[0].kind
                == .backup(
                    BackupAction(
                        directory: "backups", databasesQuery: DatabasesQuery(database: "app_db", sql: "SELECT 'app_db'"),
                        fileName: "{{database}}-{{timestamp}}.dump")))
        #expect(lesson.actions[1].kind == .verifyBackup(VerifyBackupAction(directory: "backups", glob: "*.dump", method: .pgRestoreList)))
        #expect(lesson.actions[2].kind == .hba(HbaAction()))
        #expect(lesson.actions[3].kind == .hba(HbaAction(edit: .remove(line: 90))))
        #expect(
            lesson.checks[0].file
                == FileCondition(
                    directory: "backups", glob: "{{database}}-*.dump", databases: ["app_db"], verify: .pgRestoreList))
        #expect(lesson.checks[0].actionTaken == "verify")
        #expect(lesson.traps[0].filesRemoved == FilesRemovedRule(directory: "backups", glob: "*.dump"))
        #expect(lesson.traps[1].file?.directory == "data")
        #expect(lesson.traps[2].actionTaken == "unblock")
        // Placeholders become paths relative to the data directory, the same in every sandbox.
        #expect(lesson.serverSettings == [SettingValue(name: "archive_command", value: "cp %p ../files/archive/%f")])
        #expect(lesson.setup.databases[0].sql == ["COPY (SELECT 1) TO PROGRAM 'cat > ../files/backups/seed.txt';"])
    }

    @Test(arguments: [
        LessonLoaderTests.Broken(
            replace: "dirs: [backups, archive]", with: "dirs: [backups, data]", line: 9, field: "files.dirs[1]",
            message: "data names the cluster's data directory"),
        LessonLoaderTests.Broken(
            replace: "dirs: [backups, archive]", with: "dirs: [backups, backups]", line: 9, field: "files.dirs[1]", message: "listed twice"),
        LessonLoaderTests.Broken(
            replace: "dirs: [backups, archive]", with: "dirs: [backups, ../etc]", line: 9, field: "files.dirs[1]",
            message: "lower-case name"),
        LessonLoaderTests.Broken(replace: "dirs: [backups, archive]", with: "dirs: []", line: nil, field: "files.dirs", message: "missing"),
        LessonLoaderTests.Broken(
            replace: "  dirs: [backups, archive]", with: "  directories: [backups]", line: 9, field: "files.directories",
            message: "unknown field"),
        LessonLoaderTests.Broken(
            replace: "- local all contractor reject", with: "- include_if_exists other.conf", line: 14, field: "hba[1]",
            message: "connection type"),
        LessonLoaderTests.Broken(
            replace: "- local all contractor reject", with: "- local all contractor", line: 14, field: "hba[1]",
            message: "local DATABASE USER METHOD"),
        LessonLoaderTests.Broken(
            replace: "kind: backup", with: "kind: snapshot", line: 22, field: "actions[0].kind", message: "unknown action kind \"snapshot\""
        ),
        LessonLoaderTests.Broken(
            replace: "id: nightly", with: "id: Nightly Run", line: 21, field: "actions[0].id", message: "lower-case name"),
        LessonLoaderTests.Broken(
            replace: "id: verify\n", with: "id: nightly\n", line: nil, field: "actions[1].id", message: "listed twice"),
        LessonLoaderTests.Broken(
            replace: "description: run the nightly dump", with: "description: ''", line: nil, field: "actions[0].description",
            message: "one line"),
        LessonLoaderTests.Broken(
            replace: "into: backups", with: "into: wal", line: 24, field: "actions[0].into",
            message: "wal is not a lesson directory (files.dirs: backups, archive)"),
        LessonLoaderTests.Broken(
            replace: "into: backups", with: "into: backups\n    glob: '*'", line: 25, field: "actions[0].glob", message: "unknown field"),
        LessonLoaderTests.Broken(
            replace: "{database: app_db, sql: SELECT 'app_db'}", with: "{database: other_db, sql: SELECT 1}", line: nil,
            field: "actions[0].databases_sql.database", message: "not created by setup.databases"),
        LessonLoaderTests.Broken(
            replace: "{database: app_db, sql: SELECT 'app_db'}", with: "{database: app_db}", line: nil,
            field: "actions[0].databases_sql.sql", message: "missing"),
        LessonLoaderTests.Broken(
            replace: "    databases_sql: {database: app_db, sql: SELECT 'app_db'}",
            with: "    databases: [app_db]\n    databases_sql: {database: app_db, sql: SELECT 1}", line: nil,
            field: "actions[0].databases_sql", message: "not both"),
        LessonLoaderTests.Broken(
            replace: "    databases_sql: {database: app_db, sql: SELECT 'app_db'}", with: "    databases: [nope]", line: nil,
            field: "actions[0].databases", message: "nope is not created"),
        LessonLoaderTests.Broken(
            replace: "'{{database}}-{{timestamp}}.dump'", with: "'nightly.dump'", line: nil, field: "actions[0].file_name",
            message: "must contain {{database}}"),
        LessonLoaderTests.Broken(
            replace: "'{{database}}-{{timestamp}}.dump'", with: "'../{{database}}.dump'", line: nil, field: "actions[0].file_name",
            message: "no '/'"),
        LessonLoaderTests.Broken(
            replace: "at_setup: true", with: "at_setup: sometimes", line: nil, field: "actions[0].at_setup", message: "true or false"),
        LessonLoaderTests.Broken(
            replace: "method: pg_restore_list", with: "method: md5", line: nil, field: "actions[1].method",
            message: "pg_restore_list or pg_verifybackup"),
        LessonLoaderTests.Broken(
            replace: "glob: '*.dump'\n    method", with: "glob: '[x'\n    method", line: nil, field: "actions[1].glob",
            message: "not a file pattern"),
        LessonLoaderTests.Broken(
            replace: "edit: {remove: 90}", with: "edit: {remove: 90, line: local all all trust}", line: nil, field: "actions[3].edit.line",
            message: "only the line number"),
        LessonLoaderTests.Broken(
            replace: "edit: {remove: 90}", with: "edit: {insert: 90, line: trust everyone}", line: nil, field: "actions[3].edit.line",
            message: "connection type"),
        LessonLoaderTests.Broken(
            replace: "edit: {remove: 90}", with: "edit: {remove: 0}", line: nil, field: "actions[3].edit.remove",
            message: "between 1 and 100000"),
        LessonLoaderTests.Broken(
            replace: "edit: {remove: 90}", with: "edit: {}", line: nil, field: "actions[3].edit",
            message: "expected {insert: N, line: RULE} or {remove: N}"),
        LessonLoaderTests.Broken(
            replace: "description: edit pg_hba.conf", with: "description: edit pg_hba.conf\n    at_setup: true", line: nil,
            field: "actions[2].at_setup", message: "needs a fixed edit"),
        LessonLoaderTests.Broken(
            replace: "dir: backups, glob: '{{database}}-*.dump'", with: "dir: wal, glob: '{{database}}-*.dump'", line: nil,
            field: "checks[0].file.dir", message: "wal is not a lesson directory (known: backups, archive, data)"),
        LessonLoaderTests.Broken(
            replace: "glob: '{{database}}-*.dump', databases: [app_db]", with: "glob: '*.dump', databases: [app_db]", line: nil,
            field: "checks[0].file.glob", message: "must contain {{database}}"),
        LessonLoaderTests.Broken(
            replace: ", databases: [app_db], verify", with: ", verify", line: nil, field: "checks[0].file.databases",
            message: "list the databases"),
        LessonLoaderTests.Broken(
            replace: "databases: [app_db], verify", with: "databases: [other_db], verify", line: nil, field: "checks[0].file.databases",
            message: "other_db is not created"),
        LessonLoaderTests.Broken(
            replace: "verify: pg_restore_list, min_count", with: "verify: gzip, min_count", line: nil, field: "checks[0].file.verify",
            message: "pg_restore_list or pg_verifybackup"),
        LessonLoaderTests.Broken(
            replace: "min_count: 1}", with: "min_count: 0}", line: nil, field: "checks[0].file.min_count", message: "between 1 and 1000"),
        LessonLoaderTests.Broken(
            replace: "min_count: 1}", with: "min_count: 1, size: 3}", line: nil, field: "checks[0].file.size", message: "unknown field"),
        LessonLoaderTests.Broken(
            replace: "action_taken: verify", with: "action_taken: restore", line: nil, field: "checks[0].action_taken",
            message: "no action restore (actions: nightly, verify, edit-hba, unblock)"),
        LessonLoaderTests.Broken(
            replace: "files_removed: {dir: backups, glob: '*.dump'}", with: "files_removed: {dir: backups, glob: 'a/*'}", line: nil,
            field: "traps[0].files_removed.glob", message: "no '/'"),
        LessonLoaderTests.Broken(
            replace: "files_removed: {dir: backups, glob: '*.dump'}", with: "files_removed: {dir: data}", line: nil,
            field: "traps[0].files_removed.dir", message: "lesson directory"),
        LessonLoaderTests.Broken(
            replace: "action_taken: unblock", with: "action_taken: [unblock, verify]", line: nil, field: "traps[2].action_taken",
            message: "expected text"),
    ])
    func reportsFileLineAndField(_ b: LessonLoaderTests.Broken) {
        let source = sandboxLessonYAML.replacingOccurrences(of: b.replace, with: b.with)
        #expect(source != sandboxLessonYAML, "the case must change the lesson")
        LessonLoaderEngineTests.expectFormatError(source, field: b.field, message: b.message, line: b.line)
    }

    static let serverActions = """
          - id: fence-old
            kind: fence
            server: replica1
            description: stop replica1
          - id: rebuild
            kind: rebuild_standby
            server: replica1
            description: copy replica1 again
        """

    /// The lesson with two servers and the server action kinds.
    static func withServerActions(_ actions: String = serverActions) -> String {
        sandboxLessonYAML
            .replacingOccurrences(of: "hba:\n", with: "servers:\n  - {name: replica1, standby_of: primary}\nhba:\n")
            .replacingOccurrences(of: "actions:\n", with: "actions:\n" + actions + "\n")
    }

    @Test func loadsServerActions() throws {
        let lesson = try LessonLoader.parseLessonYAML(Self.withServerActions(), file: "lesson.yaml")
        #expect(lesson.actions[0].kind == .fence(server: "replica1"))
        #expect(lesson.actions[1].kind == .rebuildStandby(server: "replica1", from: nil, slot: nil))
        #expect(try ActionRequest.parse("", for: lesson.actions[0]).get() == .fixed)
        #expect(throws: ActionProblem.self) { try ActionRequest.parse("primary", for: lesson.actions[1]).get() }
        #expect(lesson.actions[1].usage == "\\action rebuild")
    }

    @Test(arguments: [
        (
            "server: replica1\n    description: stop", "server: replica9\n    description: stop", "actions[0].server",
            "no server replica9 (servers: primary, replica1)"
        ),
        (
            "server: replica1\n    description: copy", "server: primary\n    description: copy", "actions[1].server",
            "primary is not a standby in servers: (standbys: replica1)"
        ),
        ("description: stop replica1", "description: stop replica1\n    at_setup: true", "actions[0].at_setup", "lost: true"),
        ("description: copy replica1 again", "description: copy replica1 again\n    into: backups", "actions[1].into", "unknown field"),
    ])
    func serverActionErrors(_ replace: String, _ with: String, _ field: String, _ message: String) {
        Self.expectActionsError(Self.serverActions, replace, with, field, message)
    }

    /// `actions` (added to the two-server lesson) with one edit fails to load at `field`.
    static func expectActionsError(_ actions: String, _ replace: String, _ with: String, _ field: String, _ message: String) {
        let edited = actions.replacingOccurrences(of: replace, with: with)
        #expect(edited != actions, "the case must change the actions")
        LessonLoaderEngineTests.expectFormatError(withServerActions(edited), field: field, message: message, line: nil)
    }

    static let restoreActions = """
          - id: base
            kind: backup
            format: base
            description: base backup
            into: backups
          - id: restore
            kind: restore
            description: restore to before the job
            from: backups
            glob: 'base_*'
            as: restore_target
            archive: archive
            target: {name: before_cleanup}
        """

    @Test func loadsBaseBackupsAndRestores() throws {
        let lesson = try LessonLoader.parseLessonYAML(Self.withServerActions(Self.restoreActions), file: "lesson.yaml")
        var base = BackupAction(directory: "backups", fileName: BackupAction.defaultBaseName)
        base.format = .base
        #expect(lesson.actions[0].kind == .backup(base))
        #expect(
            lesson.actions[1].kind
                == .restore(
                    RestoreAction(
                        from: "backups", glob: "base_*", server: "restore_target", archive: "archive",
                        target: RecoveryTarget(kind: .name, value: "before_cleanup"))))
        #expect(
            try ActionRequest.parse("base_1 xid=742", for: lesson.actions[1]).get()
                == .restore(backup: "base_1", target: RecoveryTarget(kind: .xid, value: "742")))
        #expect(try ActionRequest.parse("", for: lesson.actions[1]).get() == .restore(backup: nil, target: nil))
        for bad in ["xid=abc", "lsn=12", "a b", "../base", "name=x name=y", "time='now'"] {
            #expect(throws: ActionProblem.self, "\(bad)") { try ActionRequest.parse(bad, for: lesson.actions[1]).get() }
        }
    }

    @Test(arguments: [
        ("    format: base\n", "    format: tar\n", "actions[0].format", "expected dump"),
        (
            "    into: backups\n  - id: restore", "    into: backups\n    databases: [app_db]\n  - id: restore", "actions[0].databases",
            "no database list"
        ),
        ("as: restore_target", "as: replica1", "actions[1].as", "must be a new server name"),
        ("as: restore_target", "as: Restore", "actions[1].as", "must be a new server name"),
        ("archive: archive", "archive: wal", "actions[1].archive", "not a lesson directory"),
        ("    archive: archive\n", "", "actions[1].target", "give archive:"),
        ("target: {name: before_cleanup}", "target: {when: yesterday}", "actions[1].target", "expected one of"),
        ("target: {name: before_cleanup}", "target: {lsn: 'zz'}", "actions[1].target.lsn", "lsn looks like"),
        ("from: backups", "from: data", "actions[1].from", "not a lesson directory"),
    ])
    func restoreErrors(_ replace: String, _ with: String, _ field: String, _ message: String) {
        Self.expectActionsError(Self.restoreActions, replace, with, field, message)
    }

    /// A check or trap with only a file or action condition is complete; without any, it is not.
    @Test func aCheckMayHaveOnlyAFileCondition() {
        let source = sandboxLessonYAML.replacingOccurrences(of: "    action_taken: verify\n", with: "")
            .replacingOccurrences(
                of: "    file: {dir: backups, glob: '{{database}}-*.dump', databases: [app_db], verify: pg_restore_list, min_count: 1}\n",
                with: "")
        LessonLoaderEngineTests.expectFormatError(source, field: "checks[0]", message: "file or action_taken", line: nil)
    }
}
