import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// What one action run did: a line for the learner and the journal, and rows shown like a
/// query result (so evidence rules can read them).
struct ActionOutcome {
    var succeeded: Bool
    var summary: String
    var columns: [String] = []
    var rows: [[String?]] = []
    /// A server the action made (`restore`): the learner reaches it by name, `\\reset` removes it.
    var createdServer: String?
}

/// Carries out lesson actions on a sandbox. Programs run as the server account (`pg_dump`,
/// `pg_restore`, `pg_verifybackup`), files are reached without following links, and nothing
/// outside the sandbox is touched.
enum LessonActionRunner {
    static func run(_ action: LessonAction, _ request: ActionRequest, lesson: Lesson, sandbox: Sandbox) -> ActionOutcome {
        switch (action.kind, request) {
        case (.backup(let backup), .backup(let databases)) where backup.format == .base:
            if !databases.isEmpty {
                return ActionOutcome(succeeded: false, summary: "a base backup copies the whole server; give no databases")
            }
            return runBaseBackup(backup, server: action.server, sandbox: sandbox)
        case (.backup(let backup), .backup(let databases)):
            return runBackup(backup, databases: databases, server: action.server, sandbox: sandbox)
        case (.restore(let restore), .restore(let backup, let target)):
            return runRestore(restore, backup: backup, target: target, sandbox: sandbox)
        case (.verifyBackup(let verify), .verifyBackup):
            return runVerify(verify, sandbox: sandbox)
        case (.hba, .hba(let edit)):
            return runHBA(edit, server: action.server, sandbox: sandbox)
        case (.fence(let server), .fixed):
            return runFence(server, sandbox: sandbox)
        case (.rebuildStandby(let server, let from?, let slot), .fixed):
            return runRecopy(server, from: from, slot: slot, lesson: lesson, sandbox: sandbox)
        case (.rebuildStandby(let server, nil, _), .fixed):
            return runRebuild(server, lesson: lesson, sandbox: sandbox)
        case (.rewind(let rewind), .fixed):
            return runRewind(rewind, lesson: lesson, sandbox: sandbox)
        default:
            return ActionOutcome(succeeded: false, summary: "\(action.id) cannot run that way; usage: \(action.usage)")
        }
    }

    /// Why `request` cannot run, found without changing anything (asked before the learner is
    /// asked to confirm): a database that is not there, an hba edit that does not apply to the
    /// file as it is now.
    static func problem(with request: ActionRequest, of action: LessonAction, lesson: Lesson, sandbox: Sandbox) -> String? {
        switch action.kind {
        case .rewind(let rewind):
            return followProblem(target: rewind.server, source: rewind.from, lesson: lesson, sandbox: sandbox, needsStopped: true)
        case .rebuildStandby(let server, let from?, _):
            return followProblem(target: server, source: from, lesson: lesson, sandbox: sandbox, needsStopped: false)
        default:
            break
        }
        if case .backup(let databases) = request, !databases.isEmpty {
            let existing = try? LessonEnvironment.connect(
                sandbox.conninfo(server: action.server), name: LessonEnvironment.checkerName, what: "backup"
            )
            .query("SELECT datname FROM pg_catalog.pg_database WHERE datallowconn").rows.compactMap { $0.first ?? nil }
            if let existing, let unknown = databases.first(where: { !existing.contains($0) }) {
                return "there is no database \(unknown) that accepts connections (\\l lists them)"
            }
            return nil
        }
        guard case .hba(let edit) = request else { return nil }
        guard let text = try? sandbox.readHBA(server: action.server) else { return nil }
        var file = HbaFile(text: text)
        if case .failure(let problem) = file.apply(edit) { return problem.message }
        return nil
    }

    // MARK: - backup

    static func runBackup(_ backup: BackupAction, databases requested: [String], server: String, sandbox: Sandbox) -> ActionOutcome {
        let names: [String]
        let existing: [String]
        do {
            let admin = try LessonEnvironment.connect(
                sandbox.conninfo(server: server), name: LessonEnvironment.checkerName, what: "backup")
            existing = try admin.query("SELECT datname FROM pg_catalog.pg_database WHERE datallowconn ORDER BY 1").rows.compactMap {
                $0.first ?? nil
            }
            if !requested.isEmpty {
                names = requested
            } else if !backup.databases.isEmpty {
                names = backup.databases
            } else if let query = backup.databasesQuery {
                let inside = try LessonEnvironment.connect(
                    sandbox.conninfo(database: query.database, server: server), name: LessonEnvironment.checkerName,
                    what: "backup selection")
                names = try inside.query(query.sql).rows.compactMap { $0.first ?? nil }
            } else {
                names = try admin.query("SELECT datname FROM pg_catalog.pg_database WHERE NOT datistemplate AND datallowconn ORDER BY 1")
                    .rows.compactMap { $0.first ?? nil }
            }
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot read the databases to dump: \(message(error))")
        }
        if let unknown = names.first(where: { !existing.contains($0) }) {
            return ActionOutcome(succeeded: false, summary: "there is no database \(unknown) that accepts connections (\\l lists them)")
        }
        if names.isEmpty {
            return ActionOutcome(succeeded: false, summary: "the selection named no database, so nothing was dumped")
        }
        let stamp = timestamp()
        var rows: [[String?]] = []
        var failed = 0
        for database in names {
            let file = backup.fileName(database: database, timestamp: stamp)
            let path = sandbox.fileDirectoryPath(backup.directory) + "/" + file
            let result = try? sandbox.runProgram(
                "pg_dump", arguments: ["--format=custom", "--lock-wait-timeout=5000", "--file=" + path, "--dbname=" + database],
                server: server)
            if let result, result.status == 0 {
                let size = (try? sandbox.listFiles(in: backup.directory))?.first(where: { $0.name == file })?.size
                rows.append([database, backup.directory + "/" + file, size.map(String.init), "ok"])
            } else {
                failed += 1
                let why = result.map { $0.status == nil ? "timed out" : firstLine($0.output) } ?? "pg_dump could not start"
                rows.append([database, backup.directory + "/" + file, nil, "FAILED: " + why])
            }
        }
        let summary =
            failed == 0
            ? "dumped \(names.count) database\(names.count == 1 ? "" : "s") into \(backup.directory): \(names.joined(separator: ", "))"
            : "\(failed) of \(names.count) dumps failed"
        return ActionOutcome(succeeded: failed == 0, summary: summary, columns: ["database", "file", "size", "status"], rows: rows)
    }

    static func runBaseBackup(_ backup: BackupAction, server: String, sandbox: Sandbox) -> ActionOutcome {
        let name = backup.fileName(database: "", timestamp: timestamp())
        let path = sandbox.fileDirectoryPath(backup.directory) + "/" + name
        let result = try? sandbox.runProgram(
            "pg_basebackup", arguments: ["-D", path, "-X", "stream", "-c", "fast", "--no-sync", "--no-password"], timeout: 60,
            server: server)
        guard let result, result.status == 0 else {
            let why = result.map { $0.status == nil ? "timed out" : firstLine($0.output) } ?? "pg_basebackup could not start"
            return ActionOutcome(succeeded: false, summary: "base backup failed: \(why)")
        }
        return ActionOutcome(
            succeeded: true, summary: "base backup of \(server) written to \(backup.directory)/\(name)",
            columns: ["backup", "status"], rows: [[backup.directory + "/" + name, "ok"]])
    }

    /// The newest base backup (or the one named) copied into a new server, archived WAL
    /// replayed up to the target, then promoted; waited for until it is out of recovery.
    static func runRestore(
        _ restore: RestoreAction, backup requestedBackup: String?, target requestedTarget: RecoveryTarget?, sandbox: Sandbox
    ) -> ActionOutcome {
        if sandbox.node(named: restore.server) != nil {
            return ActionOutcome(succeeded: false, summary: "\(restore.server) exists already (\\reset removes it)")
        }
        let condition = FileCondition(directory: restore.from, glob: restore.glob, verify: .pgVerifyBackup)
        let backups = condition.entriesToVerify(in: (try? sandbox.listFiles(in: restore.from)) ?? []).map(\.name)
        guard let chosen = requestedBackup ?? backups.last else {
            return ActionOutcome(succeeded: false, summary: "no base backup matching \(restore.glob) in \(restore.from)")
        }
        guard backups.contains(chosen) else {
            return ActionOutcome(
                succeeded: false, summary: "no base backup \(chosen) in \(restore.from) (there: \(backups.joined(separator: ", ")))")
        }
        let target = requestedTarget ?? restore.target
        var settings = [SettingValue(name: "archive_mode", value: "off")]
        if let archive = restore.archive {
            settings.append(SettingValue(name: "restore_command", value: "cp \(sandbox.fileDirectoryPath(archive))/%f %p"))
        } else if target != nil {
            return ActionOutcome(succeeded: false, summary: "this lesson keeps no WAL archive to recover to a target from")
        }
        if let target {
            settings.append(SettingValue(name: target.settingName, value: target.value))
            settings.append(SettingValue(name: "recovery_target_action", value: "promote"))
        }
        let started = ContinuousClock.now
        do {
            try sandbox.restoreNode(
                restore.server, fromBackup: sandbox.fileDirectoryPath(restore.from) + "/" + chosen, settings: settings,
                recover: restore.archive != nil)
            let deadline = Date().addingTimeInterval(30)
            while true {
                let connection = try LessonEnvironment.connect(
                    sandbox.conninfo(server: restore.server), name: LessonEnvironment.checkerName, what: "restore \(restore.server)")
                if try connection.scalar("SELECT pg_catalog.pg_is_in_recovery()") == "f" { break }
                if Date() > deadline {
                    try? sandbox.removeNode(restore.server)
                    return ActionOutcome(succeeded: false, summary: "\(restore.server) was still recovering after 30 s; removed")
                }
                usleep(20_000)
            }
        } catch {
            try? sandbox.removeNode(restore.server)
            return ActionOutcome(succeeded: false, summary: "cannot restore \(chosen): \(message(error))")
        }
        let seconds = secondsSince(started)
        let upTo = target.map { " up to \($0.settingName) = \($0.value)" } ?? ""
        var outcome = ActionOutcome(
            succeeded: true,
            summary:
                "\(restore.server) restored from \(restore.from)/\(chosen)\(upTo) and promoted (\(seconds) s); \\c DB - \(restore.server) reaches it"
        )
        outcome.createdServer = restore.server
        return outcome
    }

    /// `20261201T165000Z`: file names sort by time and never need quoting.
    static func timestamp() -> String {
        ClockText.now("%Y%m%dT%H%M%SZ", utc: true)
    }

    // MARK: - verify

    static func runVerify(_ verify: VerifyBackupAction, sandbox: Sandbox) -> ActionOutcome {
        let entries: [FileEntry]
        do {
            entries = try sandbox.listFiles(in: verify.directory)
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot list \(verify.directory): \(error)")
        }
        let condition = FileCondition(directory: verify.directory, glob: verify.glob, verify: verify.method)
        let found = condition.entriesToVerify(in: entries)
        if found.isEmpty {
            return ActionOutcome(succeeded: false, summary: "nothing matching \(verify.glob) in \(verify.directory)")
        }
        var rows: [[String?]] = []
        var failed = 0
        for entry in found {
            let path = sandbox.fileDirectoryPath(verify.directory) + "/" + entry.name
            if let problem = self.verify(path, method: verify.method, sandbox: sandbox) {
                failed += 1
                rows.append([entry.name, "FAILED", problem])
            } else {
                rows.append([
                    entry.name, "ok",
                    verify.method == .pgRestoreList ? "pg_restore --list read it" : "pg_verifybackup: backup successfully verified",
                ])
            }
        }
        let summary = failed == 0 ? "all \(found.count) verified" : "\(failed) of \(found.count) failed verification"
        return ActionOutcome(succeeded: true, summary: summary, columns: ["file", "status", "detail"], rows: rows)
    }

    /// Nil when the file (or backup directory) passes `method`, else the tool's first line of
    /// complaint. Anything but a regular file (a directory for pg_verifybackup) fails unread.
    static func verify(_ path: String, method: FileVerification, sandbox: Sandbox) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "cannot be read" }
        let expected = method == .pgVerifyBackup ? S_IFDIR : S_IFREG
        guard info.st_mode & S_IFMT == expected else {
            return method == .pgVerifyBackup ? "not a backup directory" : "not a regular file"
        }
        let arguments = method == .pgRestoreList ? ["--list", path] : [path]
        let program = method == .pgRestoreList ? "pg_restore" : "pg_verifybackup"
        guard let result = try? sandbox.runProgram(program, arguments: arguments, timeout: 10) else { return "\(program) could not start" }
        guard let status = result.status else { return "\(program) timed out" }
        return status == 0 ? nil : firstLine(result.output)
    }

    // MARK: - hba

    static func runHBA(_ edit: HbaEdit, server: String, sandbox: Sandbox) -> ActionOutcome {
        let said: String
        let before: String
        do {
            before = try sandbox.readHBA(server: server)
            var file = HbaFile(text: before)
            switch file.apply(edit) {
            case .success(let text): said = text
            case .failure(let problem): return ActionOutcome(succeeded: false, summary: "\(problem.message)")
            }
            try sandbox.writeHBA(file.text, server: server)
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot edit pg_hba.conf: \(message(error))")
        }
        switch reloadAndWait(sandbox, server: server) {
        case .success:
            break
        case .failure(let problem):
            // pgcoach's own connections (checks, the judge) must still get in: undo the edit.
            try? sandbox.writeHBA(before, server: server)
            _ = reloadAndWait(sandbox, server: server)
            return ActionOutcome(succeeded: false, summary: "\(problem.message); pg_hba.conf is back as it was")
        }
        do {
            let admin = try LessonEnvironment.connect(
                sandbox.conninfo(server: server), name: LessonEnvironment.checkerName, what: "pg_hba_file_rules")
            let rules = try admin.query(
                "SELECT line_number::text, type, array_to_string(database, ','), array_to_string(user_name, ','), address, auth_method, error FROM pg_catalog.pg_hba_file_rules AS r ORDER BY r.line_number"
            )
            let errors = rules.rows.filter { ($0.last ?? nil) != nil }.count
            let summary =
                "\(said); configuration reloaded"
                + (errors > 0
                    ? " (pg_hba.conf has \(errors) line\(errors == 1 ? "" : "s") in error: the server keeps its previous rules)" : "")
            return ActionOutcome(
                succeeded: true, summary: summary,
                columns: ["line_number", "type", "database", "user_name", "address", "auth_method", "error"], rows: rules.rows)
        } catch {
            return ActionOutcome(succeeded: true, summary: "\(said); configuration reloaded")
        }
    }

    /// `pg_reload_conf()`, then waits (at most 3 s) until a new connection sees the reload
    /// (`pg_conf_load_time()` moved): the postmaster reads pg_hba.conf on its own time, and the
    /// learner's next `\c` must meet the new rules. Fails when the superuser that pgcoach's
    /// checks use is refused under the new rules.
    static func reloadAndWait(_ sandbox: Sandbox, server: String = Sandbox.primaryName) -> Result<Void, ActionProblem> {
        let before: String?
        do {
            let admin = try LessonEnvironment.connect(sandbox.conninfo(server: server), name: LessonEnvironment.checkerName, what: "reload")
            before = try admin.scalar("SELECT pg_catalog.pg_conf_load_time()::text")
            _ = try admin.query("SELECT pg_catalog.pg_reload_conf()")
        } catch {
            return .failure(ActionProblem("cannot reload the configuration: \(message(error))"))
        }
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            do {
                let fresh = try LessonEnvironment.connect(
                    sandbox.conninfo(server: server), name: LessonEnvironment.checkerName, what: "reload")
                if try fresh.scalar("SELECT pg_catalog.pg_conf_load_time()::text") != before { return .success(()) }
            } catch {
                return .failure(ActionProblem("that edit locks out the superuser pgcoach checks your work with (\(message(error)))"))
            }
            usleep(20_000)
        }
        return .failure(ActionProblem("the server did not reload its configuration within 3 s"))
    }

    // MARK: - servers

    static func runFence(_ server: String, sandbox: Sandbox) -> ActionOutcome {
        guard sandbox.isRunning(server) else {
            return ActionOutcome(succeeded: true, summary: "\(server) is already down; it stays fenced until \\reset")
        }
        do {
            try sandbox.stopServer(named: server)
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot stop \(server): \(error)")
        }
        return ActionOutcome(succeeded: true, summary: "\(server) stopped and fenced (its data kept): it stays down until \\reset")
    }

    /// The standby's data thrown away and copied again from its upstream, through its slot
    /// (recreated when it is gone), then waited for until it streams and has replayed what the
    /// upstream had written.
    static func runRebuild(_ server: String, lesson: Lesson, sandbox: Sandbox) -> ActionOutcome {
        guard let spec = lesson.servers.first(where: { $0.name == server }), let upstream = spec.standbyOf else {
            return ActionOutcome(succeeded: false, summary: "\(server) is not a standby of this lesson")
        }
        guard sandbox.isRunning(upstream) else {
            return ActionOutcome(succeeded: false, summary: "its upstream \(upstream) is down: nothing to copy from")
        }
        let started = ContinuousClock.now
        do {
            let source = try LessonEnvironment.connect(
                sandbox.conninfo(server: upstream), name: LessonEnvironment.checkerName, what: "rebuild \(server)")
            try sandbox.removeNode(server)
            // The slot held WAL for the old copy; the new one starts from a new backup.
            if let slot = spec.slot {
                _ = try source.query(
                    "SELECT pg_catalog.pg_drop_replication_slot(slot_name) FROM pg_catalog.pg_replication_slots WHERE slot_name = $1 AND NOT active",
                    parameters: [slot])
            }
            try sandbox.addStandby(server, of: upstream, slot: spec.slot, settings: spec.settings)
            let target =
                try source.scalar(
                    "SELECT CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_receive_lsn() ELSE pg_catalog.pg_current_wal_lsn() END"
                ) ?? "0/0"
            let standby = try LessonEnvironment.connect(
                sandbox.conninfo(server: server), name: LessonEnvironment.checkerName, what: "rebuild \(server)")
            let deadline = Date().addingTimeInterval(LessonEnvironment.catchUpTimeout)
            // Caught up, and streaming again (replaying the backup's own WAL is not enough).
            let streaming = """
                SELECT coalesce(pg_catalog.pg_last_wal_replay_lsn() >= $1::pg_lsn, false)
                   AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_wal_receiver WHERE status = 'streaming')
                """
            while try standby.scalar(streaming, parameters: [target]) != "t" {
                if Date() > deadline {
                    return ActionOutcome(
                        succeeded: false,
                        summary:
                            "\(server) was rebuilt but did not catch up with \(upstream) within \(Int(LessonEnvironment.catchUpTimeout)) s")
                }
                usleep(5_000)
            }
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot rebuild \(server): \(message(error))")
        }
        let seconds = secondsSince(started)
        return ActionOutcome(
            succeeded: true,
            summary:
                "\(server) rebuilt from \(upstream) with pg_basebackup\(spec.slot.map { " through slot \($0)" } ?? ""), streaming and caught up (\(seconds) s)"
        )
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "failed"
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }

    static func message(_ error: Error) -> String {
        if let failure = error as? ScriptFailure { return failure.message }
        if let query = error as? QueryError { return LessonEnvironment.firstLine(query) }
        return "\(error)"
    }
}
