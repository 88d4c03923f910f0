import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// The lesson environment's files and actions: lesson directories made before setup, pg_hba.conf
/// rules and setup-time actions after it, the directories saved and restored with the cluster,
/// and the facts the judge reads from them.
extension LessonEnvironment {
    /// Whether the lesson keeps anything beside SQL that only pgcoach's own sandbox can hold.
    static func needsSandbox(_ lesson: Lesson) -> Bool {
        !lesson.files.names.isEmpty || !lesson.actions.isEmpty || !lesson.hbaLines.isEmpty
            || lesson.transactionCounterJump != nil
    }

    /// Refuses an external server for a lesson with files, actions or pg_hba rules.
    static func requireSandbox(_ lesson: Lesson) throws {
        if needsSandbox(lesson) {
            throw ScriptFailure(
                what: "--server",
                message:
                    "this lesson keeps files, runs actions, edits pg_hba.conf or moves the transaction counter (next_xid), which only pgcoach's own sandbox allows; leave out --server"
            )
        }
    }

    /// Before setup SQL: the lesson directories, so setup can already write into them.
    static func prepareSandboxFiles(_ lesson: Lesson, _ sandbox: Sandbox) throws {
        try sandbox.makeFileDirectories(lesson.files.names)
    }

    /// After setup SQL: the lesson's pg_hba.conf rules (then a reload), and the actions that
    /// already ran before the incident (the nightly backup).
    static func finishSandboxSetup(_ lesson: Lesson, _ sandbox: Sandbox) throws {
        if !lesson.hbaLines.isEmpty {
            var file = HbaFile(text: try sandbox.readHBA())
            file.prepend(lesson.hbaLines)
            try sandbox.writeHBA(file.text)
            try reloadConfiguration(sandbox)
        }
        for action in lesson.actions where action.atSetup {
            // As the learner would run it without arguments (the loader lets only actions that
            // need none run at setup).
            guard case .success(let request) = ActionRequest.parse("", for: action) else { continue }
            let outcome = LessonActionRunner.run(action, request, lesson: lesson, sandbox: sandbox)
            if !outcome.succeeded {
                throw ScriptFailure(what: "setup action \(action.id)", message: outcome.summary)
            }
        }
    }

    /// Reloads and waits until the server has read pg_hba.conf again; a rule it cannot parse
    /// (which keeps the old rules in force) is a setup error, not something to rely on.
    static func reloadConfiguration(_ sandbox: Sandbox) throws {
        if case .failure(let problem) = LessonActionRunner.reloadAndWait(sandbox) {
            throw ScriptFailure(what: "hba", message: problem.message)
        }
        let admin = try connect(sandbox.conninfo(), name: checkerName, what: "hba")
        if let error = try admin.scalar(
            "SELECT min(line_number || ': ' || error) FROM pg_catalog.pg_hba_file_rules WHERE error IS NOT NULL")
        {
            throw ScriptFailure(what: "hba", message: "pg_hba.conf line \(error)")
        }
    }

    /// The conninfo pg_dump and friends need nothing else for: they get the sandbox from
    /// PGHOST/PGPORT.
    var sandbox: Sandbox? {
        if case .sandbox(let sandbox) = server { return sandbox }
        return nil
    }

    /// After a cold setup: the lesson directories saved beside the in-sandbox snapshot and the
    /// cache entry (`<cluster>.files`), before the cluster itself is written to the cache.
    static func saveSandboxFiles(_ lesson: Lesson, _ sandbox: Sandbox, snapshot: String, cacheEntry: String) throws {
        guard !lesson.files.names.isEmpty else { return }
        try sandbox.saveFiles(to: snapshot + ".files")
        // Saved the way the cluster is, atomically (one already there is replaced): a warm
        // start needs both.
        _ = try? Sandbox.saveCopy(of: snapshot + ".files", to: cacheEntry + ".files", account: sandbox.account)
    }

    /// Whether a cache entry holds everything a warm start needs (the files too).
    static func sandboxFilesCached(_ lesson: Lesson, entry: String) -> Bool {
        lesson.files.names.isEmpty || FileManager.default.fileExists(atPath: entry + ".files")
    }

    /// Removes the servers actions made (before the sandbox is restored: a restore brings back
    /// only the servers that were saved).
    func removeActionServers() throws {
        guard let sandbox else { return }
        for name in sandboxState.createdServers where sandbox.node(named: name) != nil { try sandbox.removeNode(name) }
        sandboxState.createdServers = []
    }

    /// Puts the lesson directories back as they were after setup (warm start, `\reset`) and
    /// forgets the actions run.
    func restoreSandboxFiles() throws {
        sandboxState.clearActions()
        guard let saved = sandboxState.savedFiles, let sandbox else { return }
        try sandbox.restoreFiles(from: saved)
    }

    /// The files judged and the actions run, for the checks and traps that ask (or all of them).
    func sandboxFacts(checks: [FixCheck]? = nil, traps: [Trap]? = nil) -> SandboxFacts {
        var facts = SandboxFacts(actionsTaken: sandboxState.actionsTaken)
        guard let sandbox else { return facts }
        var listings: [String: [FileEntry]?] = [:]
        func entries(_ directory: String) -> [FileEntry]? {
            if let listed = listings[directory] { return listed }
            let listed = try? sandbox.listFiles(in: directory)
            listings[directory] = listed
            return listed
        }
        func verdict(_ condition: FileCondition) -> FileVerdict {
            let found = entries(condition.directory)
            var failures: [String: String] = [:]
            if let found, let method = condition.verify {
                for entry in condition.entriesToVerify(in: found) {
                    let path = sandbox.fileDirectoryPath(condition.directory) + "/" + entry.name
                    if let problem = LessonActionRunner.verify(path, method: method, sandbox: sandbox) { failures[entry.name] = problem }
                }
            }
            return condition.evaluate(entries: found, failures: failures)
        }
        for check in checks ?? lesson.checks {
            if let condition = check.file { facts.checkFiles[check.id] = verdict(condition) }
        }
        for trap in traps ?? lesson.traps {
            if let condition = trap.file { facts.trapFiles[trap.id] = verdict(condition) }
            if let rule = trap.filesRemoved, let saved = sandboxState.savedFiles {
                let baseline = Self.savedListing(saved + "/" + rule.directory)
                facts.removedFiles[trap.id] = rule.removed(baseline: baseline, current: entries(rule.directory) ?? [])
            }
        }
        return facts
    }

    /// The regular files of a saved lesson directory (ours: no hostile names to fear).
    static func savedListing(_ path: String) -> [FileEntry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { name in
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return FileEntry(name: name, kind: .file, size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec))
        }
    }
}

extension LessonRuntime {
    func showFiles(_ command: MetaCommand, in session: ReplSession) {
        session.output.errorLine("\\files: only a lesson in pgcoach's own sandbox has lesson directories")
    }

    func runAction(_ command: MetaCommand, in session: ReplSession, journal: ((String) -> Void)?) {
        session.output.errorLine("\\action: actions run only in pgcoach's own sandbox")
    }
}

extension LessonEnvironment {
    func showFiles(_ command: MetaCommand, in session: ReplSession) {
        FilesCommand.run(command, environment: self, in: session)
    }

    func runAction(_ command: MetaCommand, in session: ReplSession, journal: ((String) -> Void)?) {
        // An action changes the servers the baseline is measured on.
        settleBaseline()
        ActionCommand.run(command, environment: self, in: session, journal: journal)
    }
}
