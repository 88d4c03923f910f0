import PsqlCore
import Sandbox
import TutorCore
import Yams

/// The loader's reading of what a lesson keeps beside its cluster: `files:` (lesson
/// directories), `hba:` (pg_hba.conf rules at setup), `actions:` (safe actions), and the file
/// and action conditions of checks and traps. Every bad value is a one-line error at its line.
extension LessonLoader {
    /// What the top-level blocks declared, for the checks and traps that refer to them.
    struct SandboxBlocks {
        var files = LessonFileDirectories()
        var hba: [String] = []
        var actions: [LessonAction] = []
        var knownDatabases: Set<String> = []
        /// The lesson's `servers:` (empty: the primary alone).
        var servers: [ServerSpec] = []
        /// `server: settings` (every standby copies them from the primary).
        var serverSettings: [SettingValue] = []
        /// The lesson's `pooler:`, for `pooler_set` actions.
        var pooler: LessonPooler?
    }

    static func sandboxBlocks(
        _ r: YAMLFieldReader, knownDatabases: Set<String>, servers: [ServerSpec] = [], pooler: LessonPooler? = nil
    ) throws -> SandboxBlocks {
        var blocks = SandboxBlocks(knownDatabases: knownDatabases, servers: servers, pooler: pooler)
        blocks.serverSettings = try serverSettings(r)
        if let f = try r.object("files") {
            try f.requireKnownKeys(["dirs"])
            let names = try f.stringList("dirs")
            if names.isEmpty { throw f.error("dirs", "missing (required): the directories to make, e.g. [backups]") }
            for (i, name) in names.enumerated() {
                let field = "dirs[\(i)]"
                if !isDirectoryName(name) {
                    throw f.error(field, "\(name) must be a lower-case name (a-z, 0-9, _; at most 32 characters)", at: f.value("dirs"))
                }
                if name == LessonFileDirectories.dataDirectoryName {
                    throw f.error(field, "data names the cluster's data directory; choose another name", at: f.value("dirs"))
                }
                if names[..<i].contains(name) { throw f.error(field, "\(name) is listed twice", at: f.value("dirs")) }
            }
            blocks.files = LessonFileDirectories(names: names)
        }
        let hbaNodes = try r.rawList("hba")
        for (i, line) in try r.stringList("hba").enumerated() {
            // A comment line (the change ticket) is kept as written; anything else must be a rule.
            let problem =
                line.hasPrefix("#") ? (line.contains(where: \.isNewline) ? "a comment is one line" : nil) : HbaFile.problem(withLine: line)
            if let problem { throw r.error("hba[\(i)]", "\(problem): \(line)", at: i < hbaNodes.count ? hbaNodes[i] : r.value("hba")) }
            blocks.hba.append(line)
        }
        for a in try r.list("actions") {
            let action = try lessonAction(a, blocks)
            if blocks.actions.contains(where: { $0.id == action.id }) { throw a.error("id", "action \(action.id) is listed twice") }
            blocks.actions.append(action)
        }
        return blocks
    }

    static func isSlotName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 63
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0)) }
    }

    /// A boolean setting's value as PostgreSQL reads it (`on`, `true`, `yes`, `1`).
    static func isOn(_ value: String) -> Bool {
        ["on", "true", "yes", "1"].contains(value.lowercased())
    }

    static func isDirectoryName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 32
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0)) }
    }

    /// `{id, kind, description, at_setup, …kind's own keys}`.
    static func lessonAction(_ a: YAMLFieldReader, _ blocks: SandboxBlocks) throws -> LessonAction {
        let common: Set<String> = ["id", "kind", "description", "at_setup"]
        let id = try a.string("id")
        let idOK =
            !id.isEmpty && id.count <= 40 && id.first != "-"
            && id.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isLowercase || $0 == "_" || $0 == "-" || ("0"..."9").contains($0))
            }
        if !idOK { throw a.error("id", "\(id) must be a lower-case name (a-z, 0-9, _ and -)", at: a.value("id")) }
        let description = try a.string("description")
        if description.contains(where: \.isNewline) || description.isEmpty {
            throw a.error("description", "one line that says what the action does (\\action lists it)")
        }
        let kindName = try a.string("kind")
        let atSetup = try a.bool("at_setup", default: false)
        func directory(_ key: String) throws -> String {
            let name = try a.string(key)
            if !blocks.files.names.contains(name) {
                let declared =
                    blocks.files.names.isEmpty ? "none: add files: {dirs: [\(name)]}" : blocks.files.names.joined(separator: ", ")
                throw a.error(key, "\(name) is not a lesson directory (files.dirs: \(declared))", at: a.value(key))
            }
            return name
        }
        func requireServer(_ name: String, _ key: String) throws {
            let names = [ServerSpec.primary] + blocks.servers.map(\.name).filter { $0 != ServerSpec.primary }
            if !names.contains(name) {
                throw a.error(key, "no server \(name) (servers: \(names.joined(separator: ", ")))", at: a.value(key))
            }
        }
        // `server:` of a backup or hba action: where it works (default: the home server; the
        // primary for one run at setup, before the standbys exist).
        let allServers = ServerSpec.withPrimary(blocks.servers)
        var actionServer = atSetup ? ServerSpec.primary : ServerSpec.home(of: allServers)
        func readActionServer() throws {
            guard let name = try a.optionalString("server") else { return }
            try requireServer(name, "server")
            if allServers.contains(where: { $0.name == name && $0.lost }) {
                throw a.error("server", "\(name) is lost at every start: an action cannot reach it", at: a.value("server"))
            }
            if atSetup && name != ServerSpec.primary {
                throw a.error("server", "at_setup actions run before the standbys are built: on the primary only", at: a.value("server"))
            }
            actionServer = name
        }
        let kind: LessonAction.Kind
        switch kindName {
        case "backup":
            try a.requireKnownKeys(common.union(["into", "format", "databases", "databases_sql", "file_name", "server"]))
            try readActionServer()
            var backup = BackupAction(directory: try directory("into"), databases: try a.stringList("databases"))
            let formatText = try a.optionalString("format") ?? BackupAction.Format.dump.rawValue
            guard let format = BackupAction.Format(rawValue: formatText) else {
                throw a.error("format", "expected dump (pg_dump per database) or base (pg_basebackup of the server)", at: a.value("format"))
            }
            backup.format = format
            if format == .base {
                if a.value("databases") != nil || a.value("databases_sql") != nil {
                    throw a.error(
                        a.value("databases") != nil ? "databases" : "databases_sql",
                        "a base backup copies the whole server; no database list")
                }
                backup.fileName = BackupAction.defaultBaseName
            }
            for database in backup.databases where !blocks.knownDatabases.contains(database) {
                throw a.error("databases", "\(database) is not created by setup.databases")
            }
            if let q = try a.object("databases_sql") {
                if !backup.databases.isEmpty { throw a.error("databases_sql", "give databases or databases_sql, not both") }
                try q.requireKnownKeys(["database", "sql"])
                let database = try q.string("database")
                if !blocks.knownDatabases.contains(database) { throw q.error("database", "\(database) is not created by setup.databases") }
                guard let sql = try q.sqlText("sql") else {
                    throw q.error("sql", "missing (required): the query whose rows name the databases")
                }
                backup.databasesQuery = DatabasesQuery(database: database, sql: sql)
            }
            if let name = try a.optionalString("file_name") {
                if format == .dump && !name.contains("{{database}}") {
                    throw a.error("file_name", "must contain {{database}} (one file per database)")
                }
                if format == .base && name.contains("{{database}}") {
                    throw a.error("file_name", "a base backup is one directory for the server: no {{database}}")
                }
                if name.contains("/") || name.hasPrefix(".") || name.contains(where: { $0.isNewline || $0 == "\u{0}" }) {
                    throw a.error("file_name", "a plain file name: no '/', not starting with '.'")
                }
                backup.fileName = name
            }
            kind = .backup(backup)
        case "verify_backup":
            try a.requireKnownKeys(common.union(["dir", "glob", "method"]))
            let methodText = try a.optionalString("method") ?? FileVerification.pgRestoreList.rawValue
            guard let method = FileVerification(rawValue: methodText) else {
                throw a.error(
                    "method", "expected \(FileVerification.allCases.map(\.rawValue).joined(separator: " or "))", at: a.value("method"))
            }
            let glob = try a.optionalString("glob") ?? "*"
            try requireGlob(glob, a, "glob")
            kind = .verifyBackup(VerifyBackupAction(directory: try directory("dir"), glob: glob, method: method))
        case "hba":
            try a.requireKnownKeys(common.union(["edit", "server"]))
            try readActionServer()
            var hba = HbaAction()
            if let e = try a.object("edit") {
                try e.requireKnownKeys(["insert", "remove", "line"])
                if e.value("insert") != nil {
                    if e.value("remove") != nil { throw e.error("remove", "give insert or remove, not both") }
                    let line = try e.string("line")
                    if let problem = HbaFile.problem(withLine: line) { throw e.error("line", "\(problem): \(line)") }
                    hba.edit = .insert(line: try e.int("insert", range: 1...100_000), text: line)
                } else if e.value("remove") != nil {
                    if e.value("line") != nil { throw e.error("line", "remove takes only the line number") }
                    hba.edit = .remove(line: try e.int("remove", range: 1...100_000))
                } else {
                    throw e.error("", "expected {insert: N, line: RULE} or {remove: N}")
                }
            }
            if atSetup && hba.edit == nil {
                throw a.error("at_setup", "an hba action run at setup needs a fixed edit (or put the rules in hba:)")
            }
            kind = .hba(hba)
        case "restore":
            try a.requireKnownKeys(common.union(["from", "glob", "as", "archive", "target"]))
            let glob = try a.optionalString("glob") ?? "*"
            try requireGlob(glob, a, "glob")
            var restore = RestoreAction(from: try directory("from"), glob: glob, server: try a.string("as"))
            let taken =
                [ServerSpec.primary] + blocks.servers.map(\.name)
                + blocks.actions.compactMap {
                    if case .restore(let other) = $0.kind { return other.server }
                    return nil
                }
            if !SandboxNode.isValidName(restore.server) || taken.contains(restore.server) {
                throw a.error(
                    "as",
                    "\(restore.server) must be a new server name (lowercase letters, digits, '_'; not \(taken.joined(separator: ", ")))",
                    at: a.value("as"))
            }
            if a.value("archive") != nil { restore.archive = try directory("archive") }
            if let t = try a.object("target") {
                guard let mapping = t.node.mapping, mapping.count == 1, let key = mapping.first?.key.string,
                    let kind = RecoveryTarget.Kind(rawValue: key), let value = mapping.first?.value.scalar?.string
                else {
                    throw a.error("target", "expected one of {name: X}, {time: T}, {xid: N}, {lsn: L}")
                }
                if let problem = RecoveryTarget.problem(kind, value) { throw t.error(key, problem) }
                if restore.archive == nil {
                    throw a.error("target", "recovery to a target replays archived WAL: give archive: (a lesson directory)")
                }
                restore.target = RecoveryTarget(kind: kind, value: value)
            }
            if atSetup { throw a.error("at_setup", "a restore is the learner's move, not setup's") }
            kind = .restore(restore)
        case "fence":
            try a.requireKnownKeys(common.union(["server"]))
            let server = try a.string("server")
            try requireServer(server, "server")
            if atSetup { throw a.error("at_setup", "a server lost at setup is `lost: true` in servers:") }
            kind = .fence(server: server)
        case "rebuild_standby":
            try a.requireKnownKeys(common.union(["server", "from", "slot"]))
            let server = try a.string("server")
            let from = try a.optionalString("from")
            if let from {
                // Any server, rebuilt as a standby of another: the old primary after a failover.
                try requireServer(from, "from")
                if from == server { throw a.error("from", "a server cannot be copied from itself", at: a.value("from")) }
                try requireServer(server, "server")
            } else {
                let standbys = blocks.servers.filter { $0.standbyOf != nil }.map(\.name)
                if !standbys.contains(server) {
                    throw a.error(
                        "server",
                        "\(server) is not a standby in servers: (standbys: \(standbys.isEmpty ? "none" : standbys.joined(separator: ", "))); name its new upstream with from:",
                        at: a.value("server"))
                }
                if a.value("slot") != nil { throw a.error("slot", "a standby streams through its own slot: from servers:") }
            }
            let slot = try a.optionalString("slot")
            if let slot, !isSlotName(slot) {
                throw a.error("slot", "\(slot) must be lower-case letters, digits and '_'", at: a.value("slot"))
            }
            if atSetup { throw a.error("at_setup", "a standby is built at setup anyway") }
            kind = .rebuildStandby(server: server, from: from, slot: slot)
        case "rewind":
            try a.requireKnownKeys(common.union(["server", "from", "slot"]))
            let rewind = RewindAction(server: try a.string("server"), from: try a.string("from"), slot: try a.optionalString("slot"))
            try requireServer(rewind.server, "server")
            try requireServer(rewind.from, "from")
            if rewind.from == rewind.server { throw a.error("from", "a server cannot be rewound to itself", at: a.value("from")) }
            if let slot = rewind.slot, !isSlotName(slot) {
                throw a.error("slot", "\(slot) must be lower-case letters, digits and '_'", at: a.value("slot"))
            }
            for (name, value) in RewindAction.requiredSettings
            where !blocks.serverSettings.contains(where: { $0.name == name && isOn($0.value) == (value == "on") }) {
                throw a.error(
                    "kind",
                    "pg_rewind needs \(name) = \(value) on every server: add it under server: settings: (the sandbox has no data checksums and turns full_page_writes off)",
                    at: a.value("kind"))
            }
            if atSetup { throw a.error("at_setup", "a rewind is the learner's move, not setup's") }
            kind = .rewind(rewind)
        case "pooler_set":
            kind = .poolerSet(try poolerSetAction(a, common: common, blocks, atSetup: atSetup))
        default:
            throw a.error(
                "kind", "unknown action kind \"\(kindName)\" (expected one of: \(LessonAction.Kind.names.joined(separator: ", ")))",
                at: a.value("kind"))
        }
        return LessonAction(id: id, kind: kind, description: description, atSetup: atSetup, server: actionServer)
    }

    static func requireGlob(_ glob: String, _ r: YAMLFieldReader, _ field: String) throws {
        let sample = glob.replacing(FileCondition.databasePlaceholder, with: "db")
        if case .failure(let problem) = FileGlob.parse(sample) {
            throw r.error(field, "not a file pattern (\(problem.message)): \(glob)", at: r.value(field))
        }
    }

    /// `file: {dir, glob, min_count, databases, verify}`.
    static func fileCondition(_ parent: YAMLFieldReader, _ blocks: SandboxBlocks) throws -> FileCondition? {
        guard let f = try parent.object("file") else { return nil }
        try f.requireKnownKeys(["dir", "glob", "min_count", "databases", "verify"])
        let directory = try knownDirectory(f, "dir", blocks)
        let glob = try f.string("glob")
        try requireGlob(glob, f, "glob")
        var condition = FileCondition(directory: directory, glob: glob, minimumCount: try f.int("min_count", default: 1, range: 1...1000))
        condition.databases = try f.stringList("databases")
        for database in condition.databases where !blocks.knownDatabases.contains(database) {
            throw f.error("databases", "\(database) is not created by setup.databases")
        }
        if !condition.databases.isEmpty && !glob.contains(FileCondition.databasePlaceholder) {
            throw f.error("glob", "with databases, the pattern must contain {{database}} (e.g. '{{database}}_*.dump')")
        }
        if condition.databases.isEmpty && glob.contains(FileCondition.databasePlaceholder) {
            throw f.error("databases", "the pattern has {{database}}: list the databases it stands for")
        }
        if let text = try f.optionalString("verify") {
            guard let verify = FileVerification(rawValue: text) else {
                throw f.error(
                    "verify", "expected \(FileVerification.allCases.map(\.rawValue).joined(separator: " or "))", at: f.value("verify"))
            }
            condition.verify = verify
        }
        return condition
    }

    /// `files_removed: {dir, glob}` (glob defaults to every file).
    static func filesRemoved(_ parent: YAMLFieldReader, _ blocks: SandboxBlocks) throws -> FilesRemovedRule? {
        guard let f = try parent.object("files_removed") else { return nil }
        try f.requireKnownKeys(["dir", "glob"])
        let directory = try knownDirectory(f, "dir", blocks)
        if directory == LessonFileDirectories.dataDirectoryName {
            throw f.error(
                "dir", "files_removed compares a lesson directory with its state after setup; data is not one", at: f.value("dir"))
        }
        let glob = try f.optionalString("glob") ?? "*"
        try requireGlob(glob, f, "glob")
        return FilesRemovedRule(directory: directory, glob: glob)
    }

    static func knownDirectory(_ r: YAMLFieldReader, _ key: String, _ blocks: SandboxBlocks) throws -> String {
        let name = try r.string(key)
        if !blocks.files.knows(name) {
            let declared = (blocks.files.names + [LessonFileDirectories.dataDirectoryName]).joined(separator: ", ")
            throw r.error(key, "\(name) is not a lesson directory (known: \(declared))", at: r.value(key))
        }
        return name
    }

    /// `action_taken: ID`.
    static func actionTaken(_ r: YAMLFieldReader, _ blocks: SandboxBlocks) throws -> String? {
        guard let id = try r.optionalString("action_taken") else { return nil }
        if !blocks.actions.contains(where: { $0.id == id }) {
            let ids = blocks.actions.map(\.id)
            throw r.error(
                "action_taken", "no action \(id) (actions: \(ids.isEmpty ? "none" : ids.joined(separator: ", ")))",
                at: r.value("action_taken"))
        }
        return id
    }

    /// The file and action conditions of a check.
    static func readSandboxConditions(_ c: YAMLFieldReader, into check: inout FixCheck, _ blocks: SandboxBlocks) throws {
        check.file = try fileCondition(c, blocks)
        check.actionTaken = try actionTaken(c, blocks)
    }

    /// The file and action conditions of a trap.
    static func readSandboxConditions(_ t: YAMLFieldReader, into trap: inout Trap, _ blocks: SandboxBlocks) throws {
        trap.file = try fileCondition(t, blocks)
        trap.filesRemoved = try filesRemoved(t, blocks)
        trap.actionTaken = try actionTaken(t, blocks)
    }

    /// The blocks put into the lesson, placeholders replaced.
    static func applySandboxBlocks(_ blocks: SandboxBlocks, to lesson: inout Lesson) {
        lesson.files = blocks.files
        lesson.hbaLines = blocks.hba
        lesson.actions = blocks.actions
        lesson = lesson.substitutingFilePlaceholders()
    }
}

extension LessonLoader {
    /// A `{{name}}` placeholder that names no lesson directory is refused (it would reach the
    /// server as literal text), and so is any placeholder where pgcoach does not replace it:
    /// a standby's `settings` and `each_start` (paths there would be relative to the wrong
    /// data directory).
    static func requireKnownPlaceholders(_ lesson: Lesson, _ files: LessonFileDirectories, file: String) throws {
        for (field, text) in lesson.placeholderTexts {
            if let name = files.unknownPlaceholders(in: text).first {
                let known =
                    files.names.isEmpty ? "this lesson has no files: dirs" : "lesson directories: \(files.names.joined(separator: ", "))"
                throw LessonFormatError(
                    file: file, line: nil, field: field, message: "unknown placeholder {{\(name)}} (\(known))")
            }
        }
        let nobody = LessonFileDirectories()
        for server in lesson.servers where server.name != ServerSpec.primary {
            let texts =
                server.eachStart.map { ("servers \(server.name).each_start", $0) }
                + server.settings.map { ("servers \(server.name).settings.\($0.name)", $0.value) }
            for (field, text) in texts {
                if let name = nobody.unknownPlaceholders(in: text).first {
                    throw LessonFormatError(
                        file: file, line: nil, field: field,
                        message: "{{\(name)}} is not replaced on a standby; placeholders belong to the primary's SQL and settings")
                }
            }
        }
    }
}
