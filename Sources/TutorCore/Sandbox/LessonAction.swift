/// A named safe action the lesson offers (`actions:`): something an on-call engineer does
/// outside SQL — take a backup, verify one, edit pg_hba.conf — carried out by pgcoach on the
/// sandbox only. The learner lists them with `\action` and runs one with `\action ID`; checks
/// and traps can ask whether one ran (`action_taken:`).
public struct LessonAction: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case backup(BackupAction)
        case verifyBackup(VerifyBackupAction)
        case hba(HbaAction)
        /// Stop a server and keep it down (data kept) until `\reset`: the old primary that must
        /// not come back.
        case fence(server: String)
        /// Throw a standby's data away and copy it again from its upstream (`pg_basebackup`,
        /// through its slot, recreated when gone). With `from`, any server (the old primary
        /// after a failover) is copied from `from` and follows it (through `slot` when given).
        case rebuildStandby(server: String, from: String? = nil, slot: String? = nil)
        /// Turn a stopped server whose history forked (the old primary after a failover) into a
        /// standby of the new primary with `pg_rewind`.
        case rewind(RewindAction)
        /// Start a new server from a base backup, replaying archived WAL up to a target.
        case restore(RestoreAction)
        /// Change a pgbouncer setting in the pooler's configuration file and reload it.
        case poolerSet(PoolerSetAction)

        public var name: String {
            switch self {
            case .backup: return "backup"
            case .verifyBackup: return "verify_backup"
            case .hba: return "hba"
            case .fence: return "fence"
            case .rebuildStandby: return "rebuild_standby"
            case .rewind: return "rewind"
            case .restore: return "restore"
            case .poolerSet: return "pooler_set"
            }
        }

        public static let names = ["backup", "verify_backup", "hba", "fence", "rebuild_standby", "rewind", "restore", "pooler_set"]
    }

    public var id: String
    public var kind: Kind
    /// One line for `\action`'s list: what it does, in the team's words.
    public var description: String
    /// Also runs once at the end of setup (the nightly job that already ran).
    public var atSetup: Bool
    /// The server a `backup` or `hba` action works on: the lesson's home server unless it names
    /// another (`server:`). The server kinds name theirs in `kind`.
    public var server: String

    public init(id: String, kind: Kind, description: String, atSetup: Bool = false, server: String = ServerSpec.primary) {
        self.id = id
        self.kind = kind
        self.description = description
        self.atSetup = atSetup
        self.server = server
    }

    /// How the learner calls it, for the list and for errors: `\action edit-hba insert N LINE | remove N`.
    public var usage: String {
        switch kind {
        case .backup: return "\\action \(id) [DATABASE ...]"
        case .verifyBackup, .fence, .rebuildStandby, .rewind: return "\\action \(id)"
        case .hba(let hba): return hba.edit == nil ? "\\action \(id) insert N LINE | remove N" : "\\action \(id)"
        case .restore: return "\\action \(id) [BACKUP] [name=|time=|xid=|lsn=TARGET]"
        case .poolerSet(let set): return "\\action \(id) \(set.names) N"
        }
    }
}

/// `kind: backup`: `pg_dump -Fc` of each database into a lesson directory, run as the server
/// account. Which databases: the learner's arguments, else `databases`, else what
/// `databases_sql` returns (the job's own selection, which a lesson can get wrong), else every
/// database that is not a template and allows connections.
public struct BackupAction: Sendable, Equatable {
    /// `dump`: `pg_dump -Fc` per database; `base`: one `pg_basebackup` of the primary
    /// (plain format, WAL streamed in, with its manifest) as a directory.
    public enum Format: String, Sendable, Equatable, CaseIterable {
        case dump, base
    }

    public var format: Format = .dump
    public var directory: String
    public var databases: [String]
    public var databasesQuery: DatabasesQuery?
    /// The file name: `{{database}}` and `{{timestamp}}` (UTC, `20261201T165000Z`) are filled in.
    public var fileName: String

    public static let defaultFileName = "{{database}}_{{timestamp}}.dump"
    public static let defaultBaseName = "base_{{timestamp}}"

    public init(directory: String, databases: [String] = [], databasesQuery: DatabasesQuery? = nil, fileName: String = defaultFileName) {
        self.directory = directory
        self.databases = databases
        self.databasesQuery = databasesQuery
        self.fileName = fileName
    }

    public func fileName(database: String, timestamp: String) -> String {
        fileName.replacing("{{database}}", with: database).replacing("{{timestamp}}", with: timestamp)
    }
}

/// `kind: restore`: a new server `as` from the newest base backup matching `glob` in `from`
/// (or the one the learner names), replaying WAL from the lesson directory `archive` up to
/// `target` (the learner may give another), then promoted.
public struct RestoreAction: Sendable, Equatable {
    public var from: String
    public var glob: String
    public var server: String
    public var archive: String?
    public var target: RecoveryTarget?
    public init(from: String, glob: String = "*", server: String, archive: String? = nil, target: RecoveryTarget? = nil) {
        self.from = from
        self.glob = glob
        self.server = server
        self.archive = archive
        self.target = target
    }
}

/// Where archive recovery stops: a restore point, a time, a transaction id or a WAL position.
public struct RecoveryTarget: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case name, time, xid, lsn
    }
    public var kind: Kind
    public var value: String
    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// Why `value` cannot be a target of `kind` (one word, no quotes), or nil.
    public static func problem(_ kind: Kind, _ value: String) -> String? {
        if value.isEmpty || value.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\\" || $0 == "\u{0}" }) {
            return "a recovery target is one word without quotes (a time as 2026-11-30T10:00:00Z)"
        }
        switch kind {
        case .xid where !value.allSatisfy(\.isNumber): return "xid is a number"
        case .lsn where value.split(separator: "/").count != 2 || !value.allSatisfy({ $0.isHexDigit || $0 == "/" }):
            return "lsn looks like 0/3000060"
        default: return nil
        }
    }

    /// The server setting: `recovery_target_name` …
    public var settingName: String { "recovery_target_" + kind.rawValue }
}

/// A query naming databases, one per row (first column), and where it runs.
public struct DatabasesQuery: Sendable, Equatable {
    public var database: String
    public var sql: String
    public init(database: String, sql: String) {
        self.database = database
        self.sql = sql
    }
}

/// `kind: verify_backup`: `pg_restore --list` (or `pg_verifybackup`) on each entry matching
/// `glob` in a lesson directory; one row per entry says whether it can be restored.
public struct VerifyBackupAction: Sendable, Equatable {
    public var directory: String
    public var glob: String
    public var method: FileVerification
    public init(directory: String, glob: String, method: FileVerification) {
        self.directory = directory
        self.glob = glob
        self.method = method
    }
}

/// `kind: hba`: insert or remove one numbered line of pg_hba.conf, then reload. The edit is
/// fixed by the lesson, or given by the learner (`insert N LINE`, `remove N`), who reads the
/// numbers in `pg_hba_file_rules.line_number`.
public struct HbaAction: Sendable, Equatable {
    public var edit: HbaEdit?
    public init(edit: HbaEdit? = nil) {
        self.edit = edit
    }
}

/// One edit of pg_hba.conf by line number (1-based, as `pg_hba_file_rules.line_number`).
public enum HbaEdit: Sendable, Equatable {
    /// The new line becomes line `line`; what was there moves down (line count + 1 appends).
    case insert(line: Int, text: String)
    case remove(line: Int)
}
