/// How a file check reads the files it found.
public enum FileVerification: String, Sendable, Equatable, CaseIterable {
    /// `pg_restore --list` succeeds on each file (a custom-format dump that can be restored).
    case pgRestoreList = "pg_restore_list"
    /// `pg_verifybackup` succeeds on each directory (a base backup with its manifest).
    case pgVerifyBackup = "pg_verifybackup"

    /// Files for pg_restore, directories for pg_verifybackup.
    public var entryKind: FileEntry.Kind { self == .pgVerifyBackup ? .directory : .file }
}

/// `file: {dir, glob, min_count, databases, verify}` on a check (holds when the files are there
/// and readable) or a trap (triggers when they are there: a dump in the data directory).
public struct FileCondition: Sendable, Equatable {
    public var directory: String
    /// Shell pattern; with `databases`, `{{database}}` in it stands for each database in turn.
    public var glob: String
    public var minimumCount: Int
    /// With names here, the pattern must find `minimumCount` entries for each of them.
    public var databases: [String]
    public var verify: FileVerification?

    public init(directory: String, glob: String, minimumCount: Int = 1, databases: [String] = [], verify: FileVerification? = nil) {
        self.directory = directory
        self.glob = glob
        self.minimumCount = minimumCount
        self.databases = databases
        self.verify = verify
    }

    public static let databasePlaceholder = "{{database}}"

    /// The patterns to look for: one per database, or the pattern itself.
    public var patterns: [(database: String?, glob: String)] {
        if databases.isEmpty { return [(nil, glob)] }
        return databases.map { ($0, glob.replacing(Self.databasePlaceholder, with: $0)) }
    }

    /// The entries each pattern finds, of the kind that counts (regular files, or directories
    /// for pg_verifybackup), sorted by name.
    public func matches(in entries: [FileEntry]) -> [(database: String?, entries: [FileEntry])] {
        let kind = verify?.entryKind ?? .file
        return patterns.map { database, pattern in
            guard case .success(let glob) = FileGlob.parse(pattern) else { return (database, []) }
            return (database, entries.filter { $0.kind == kind && glob.matches($0.name) }.sorted { $0.name < $1.name })
        }
    }

    /// Every entry some pattern found (what `verify` must read).
    public func entriesToVerify(in entries: [FileEntry]) -> [FileEntry] {
        guard verify != nil else { return [] }
        var seen: Set<String> = []
        return matches(in: entries).flatMap(\.entries).filter { seen.insert($0.name).inserted }
    }

    /// Whether the condition holds, and why not: given the directory's entries (nil when the
    /// directory cannot be read) and, per verified name, the tool's complaint (nil when it
    /// passed).
    public func evaluate(entries: [FileEntry]?, failures: [String: String] = [:]) -> FileVerdict {
        guard let entries else { return FileVerdict(holds: false, reason: "\(directory) cannot be read") }
        var problems: [String] = []
        for (database, found) in matches(in: entries) {
            let usable = found.filter { failures[$0.name] == nil }
            if usable.count < minimumCount {
                let what = database.map { "for \($0)" } ?? "matching \(glob)"
                let broken = found.filter { failures[$0.name] != nil }
                    .map { "\($0.name): \(failures[$0.name]!)" }
                let count = usable.isEmpty ? (found.isEmpty ? "no" : "no usable") : "only \(usable.count) usable"
                var text =
                    "\(count) \(verify?.entryKind == .directory ? "backup" : "file")\(minimumCount == 1 ? "" : "s") \(what) in \(directory)"
                if minimumCount > 1 { text += " (\(minimumCount) needed)" }
                if !broken.isEmpty { text += " (\(broken.joined(separator: "; ")))" }
                problems.append(text)
            }
        }
        return problems.isEmpty ? FileVerdict(holds: true, reason: "") : FileVerdict(holds: false, reason: problems.joined(separator: "; "))
    }
}

/// `files_removed: {dir, glob}` on a trap: a file that was there right after setup is gone
/// (replacing it with a file of the same name is not removing it).
public struct FilesRemovedRule: Sendable, Equatable {
    public var directory: String
    public var glob: String

    public init(directory: String, glob: String = "*") {
        self.directory = directory
        self.glob = glob
    }

    /// The names of regular files matching the pattern in `baseline` that `current` lacks.
    public func removed(baseline: [FileEntry], current: [FileEntry]) -> [String] {
        guard case .success(let pattern) = FileGlob.parse(glob) else { return [] }
        let now = Set(current.filter { $0.kind == .file }.map(\.name))
        return baseline.filter { $0.kind == .file && pattern.matches($0.name) && !now.contains($0.name) }.map(\.name).sorted()
    }
}

/// Whether a file condition holds, with the reason when it does not.
public struct FileVerdict: Sendable, Equatable, Codable {
    public var holds: Bool
    public var reason: String
    public init(holds: Bool, reason: String) {
        self.holds = holds
        self.reason = reason
    }
}
