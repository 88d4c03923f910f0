import Foundation
import PsqlCore
import TutorCore

/// The lesson directories of a sandbox (`files/<name>` beside `data/`), its pg_hba.conf, and
/// PostgreSQL programs run on its behalf as the server account.
///
/// Everything here is hostile ground when pgcoach is root: the server account owns these
/// directories and the learner acts as that account. So every path is walked through
/// `DirectoryHandle` (no links followed, FIFOs never opened for reading, sizes capped), copies
/// out of the sandbox are only made at setup, and the programs run as the server account with a
/// time limit, so a planted FIFO or a huge file costs them, not pgcoach.
extension Sandbox {
    /// At most this many entries of one directory are listed (a learner can make millions).
    public static let fileListingLimit = 10_000
    /// A pg_hba.conf larger than this is not edited.
    static let hbaSizeLimit = 1 << 20

    /// Where the lesson directory `name` lives (`data` is the data directory).
    public func fileDirectoryPath(_ name: String) -> String {
        name == LessonFileDirectories.dataDirectoryName
            ? dataDirectory : directory + "/" + LessonFileDirectories.parentName + "/" + name
    }

    /// Creates `files/` and the lesson directories in it, mode 0700, owned by the server account.
    public func makeFileDirectories(_ names: [String]) throws {
        guard !names.isEmpty else { return }
        let sandboxDirectory = try DirectoryHandle.open(directory)
        let owner = account.needsSwitch ? account : nil
        let parent =
            sandboxDirectory.status(of: LessonFileDirectories.parentName) == nil
            ? try sandboxDirectory.makeDirectory(LessonFileDirectories.parentName, permissions: 0o700, owner: owner)
            : try sandboxDirectory.directory(LessonFileDirectories.parentName)
        for name in names where parent.status(of: name) == nil {
            _ = try parent.makeDirectory(name, permissions: 0o700, owner: owner)
        }
    }

    /// The entries of the lesson directory `name` (the top level of the data directory for
    /// `data`), never following a link; at most `fileListingLimit` of them, sorted by name.
    public func listFiles(in name: String) throws -> [FileEntry] {
        let sandboxDirectory = try DirectoryHandle.open(directory)
        let listed: DirectoryHandle
        if name == LessonFileDirectories.dataDirectoryName {
            listed = try sandboxDirectory.directory(Self.dataDirectoryName)
        } else {
            let parent = try sandboxDirectory.directory(LessonFileDirectories.parentName)
            listed = try parent.directory(name)
        }
        var entries: [FileEntry] = []
        for entry in try listed.entries().sorted().prefix(Self.fileListingLimit) {
            guard let info = listed.status(of: entry) else { continue }
            let kind: FileEntry.Kind
            switch info.st_mode & S_IFMT {
            case S_IFREG: kind = .file
            case S_IFDIR: kind = .directory
            case S_IFLNK: kind = .link
            default: kind = .other
            }
            entries.append(FileEntry(name: entry, kind: kind, size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec)))
        }
        return entries
    }

    /// Copies `files/` to `path` (ours, not the server account's), e.g. beside a snapshot.
    /// Only called right after setup, before the learner has touched anything; links are
    /// copied as links and FIFOs skipped, as for a cluster.
    public func saveFiles(to path: String) throws {
        try FileTree.remove(path)
        let source = directory + "/" + LessonFileDirectories.parentName
        guard access(source, F_OK) == 0 else { return }
        try FileTree.copy(from: source, to: path, owner: nil)
    }

    /// Replaces `files/` with a copy of `path` (saved by `saveFiles`), owned by the server account.
    public func restoreFiles(from path: String) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        let target = directory + "/" + LessonFileDirectories.parentName
        try FileTree.remove(target)
        try FileTree.copy(from: path, to: target, owner: account.needsSwitch ? account : nil)
    }

    // MARK: - pg_hba.conf

    /// The text of the server's pg_hba.conf (the primary's unless `server` names a node),
    /// read without following a link.
    public func readHBA(server: String = primaryName) throws -> String {
        let dataDirectory = try dataDirectory(of: server)
        let data = try DirectoryHandle.open(dataDirectory)
        guard let info = data.status(of: "pg_hba.conf"), info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= Self.hbaSizeLimit,
            let bytes = data.read("pg_hba.conf", limit: Self.hbaSizeLimit)
        else {
            errno = EINVAL
            throw FileTree.failure("read (not a regular file of at most 1 MB)", dataDirectory + "/pg_hba.conf")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Replaces pg_hba.conf with `text`: a new file (mode 0600, the server account's) renamed
    /// over the old name, so a link planted there is replaced, never written through.
    public func writeHBA(_ text: String, server: String = primaryName) throws {
        let data = try DirectoryHandle.open(try dataDirectory(of: server))
        let temporary = "pg_hba.conf.pgcoach-tmp"
        guard unlinkat(data.descriptor, temporary, 0) == 0 || errno == ENOENT else {
            throw FileTree.failure("unlink", data.child(temporary))
        }
        let file = openat(data.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard file >= 0 else { throw FileTree.failure("create", data.child(temporary)) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        let owned = !account.needsSwitch || fchown(file, account.uid, account.gid) == 0
        close(file)
        guard written == bytes.count, owned else {
            unlinkat(data.descriptor, temporary, 0)
            throw FileTree.failure("write", data.child(temporary))
        }
        guard renameat(data.descriptor, temporary, data.descriptor, "pg_hba.conf") == 0 else {
            throw FileTree.failure("rename", data.child(temporary))
        }
    }

    // MARK: - Programs

    /// Runs the PostgreSQL program `name` (`pg_dump`, `pg_restore`) as the server account with
    /// libpq pointed at this sandbox's server `server` (nil: the primary), killing it after
    /// `timeout` seconds (a FIFO where a dump should be would otherwise block it forever).
    /// Returns its exit status (nil when it was killed) and its output, at most 64 kB.
    public func runProgram(
        _ name: String, arguments: [String], timeout: Double = 20, server: String? = nil
    ) throws -> (status: Int32?, output: String) {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        let endpoint = try endpoint(of: server)
        var environment = ChildProcess.controlledEnvironment()
        environment["PGHOST"] = endpoint.socketDirectory
        environment["PGPORT"] = String(endpoint.port)
        environment["PGUSER"] = superuser
        environment["PGCONNECT_TIMEOUT"] = "5"
        let watchdog = ProgramWatchdog()
        let (status, output) = try ChildProcess.run(
            installation.executable(name), arguments: arguments, environment: environment, account: account,
            started: { watchdog.arm(pid: $0, after: timeout) })
        let killed = watchdog.disarm()
        let text = output.count > 65_536 ? String(output.suffix(65_536)) : output
        return (killed ? nil : status, text)
    }
}
