import CSystem
import Foundation

/// The cached cluster every sandbox is copied from, so initdb is paid once per PostgreSQL
/// version rather than once per session.
///
/// Layout: `<cache>/template-<version>/data` (a never-started data directory, configured for
/// sandbox use) and `<cache>/template-<version>/pgcoach-template` (a marker). It is built under a
/// `flock` in a directory with a temporary name and renamed into place only when complete, so
/// two pgcoach processes never both build it and a half-built template is never used.
///
/// When pgcoach is root, initdb runs as the server account, which usually cannot reach root's
/// cache (`/root` is 0700). So initdb runs in a staging directory under the runtime directory
/// (which that account must reach anyway) and the result moves into the cache. The template's
/// files stay owned by the server account, but the server never opens them there: pgcoach, as
/// root, copies them into each sandbox and sets the owner as it copies.
public struct TemplateCluster: Sendable {
    /// The template's directory, `<cache>/template-<version>`.
    public let directory: String
    /// The data directory inside it.
    public var dataDirectory: String { directory + "/data" }
    /// Whether a complete template of the current revision is there.
    public var isPresent: Bool {
        guard let marker = try? String(contentsOfFile: markerPath, encoding: .utf8) else { return false }
        return marker.hasPrefix(Self.revisionLine) && access(dataDirectory + "/PG_VERSION", F_OK) == 0
    }

    /// The superuser initdb creates; every sandbox has it.
    static let superuser = "postgres"
    /// The locale of the cluster and of the server processes' environment: C.UTF-8 keeps
    /// sorting and messages predictable, plain C where a minimal system lacks it.
    static let locale = pgcoach_locale_available("C.UTF-8") == 1 ? "C.UTF-8" : "C"

    private static let markerName = "pgcoach-template"
    /// The marker's first line. Raise the number whenever the build changes (initdb options,
    /// `configuration`): a template of an older revision then counts as absent and is rebuilt.
    private static let revisionLine = "pgcoach template revision 2\n"
    private var markerPath: String { directory + "/" + Self.markerName }
    private let cacheDirectory: String
    let baseName: String

    /// The template for `installation` in `cacheDirectory` (which need not exist yet).
    public init(installation: PostgresInstallation, cacheDirectory: String) {
        self.cacheDirectory = cacheDirectory
        self.baseName = "template-" + installation.version
        self.directory = cacheDirectory + "/" + baseName
    }

    /// What is appended to the template's postgresql.conf. Settings live there rather than in
    /// postgresql.auto.conf so that a lesson's `ALTER SYSTEM RESET ALL` cannot undo them.
    static let configuration = """

        # --- pgcoach sandbox settings ---
        # A throw-away training cluster: crash safety is traded for speed, since the data is
        # discarded at the end of every session anyway.
        listen_addresses = ''                  # Unix socket only, never TCP
        unix_socket_directories = ''           # each start passes its private directory with -k
        port = 5432                            # each start passes its port with -p
        fsync = off
        synchronous_commit = off
        full_page_writes = off
        shared_preload_libraries = 'pg_stat_statements'
        dynamic_shared_memory_type = mmap      # in the data directory: a killed server leaks nothing

        """

    /// Runs `body` with the data directory of a complete template, to copy it, building the
    /// template first if there is none.
    ///
    /// initdb runs in `stagingDirectory` (the runtime directory: reachable by the server
    /// account, and usually a memory filesystem, where initdb is twice as fast as on a busy
    /// disk). On the cache's filesystem the build is simply renamed into place. On another one,
    /// copying it to disk would put a slow step on the first start's path, so `body` copies
    /// from the build itself and the build is saved into the cache on a background thread,
    /// still under the lock. The returned `TemplateSave` must be waited for before exit
    /// (`Sandbox.stop` does); if pgcoach dies first, the next start finds no template and
    /// removes the leftovers.
    func withTemplate(
        installation: PostgresInstallation, account: ServerAccount, stagingDirectory: String,
        _ body: (_ dataDirectory: String) throws -> Void
    ) throws -> TemplateSave? {
        if isPresent {
            try body(dataDirectory)
            return nil
        }
        try Self.makeDirectoryPath(cacheDirectory)
        let lock = try acquireLock()
        var lockHandedOver = false
        defer { if !lockHandedOver { close(lock) } }  // closing releases the lock

        if !isPresent {
            // We hold the lock, so any build directory left is from a build that died; its
            // initdb may still be running (pgcoach was killed, initdb was not): end it first.
            TemplateBuilder.endOrphan(of: self)
            for leftover in TemplateBuilder.buildDirectories(of: self, in: [cacheDirectory, stagingDirectory]) {
                try FileTree.remove(leftover)
            }
            try FileTree.remove(directory)  // of an older revision, or damaged by hand
            let build = try self.build(installation: installation, account: account, stagingDirectory: stagingDirectory)
            if rename(build, directory) != 0 {
                guard errno == EXDEV else {
                    let error = FileTree.failure("rename", build)
                    try? FileTree.remove(build)
                    throw error
                }
                // The save removes the build when done, so it starts only after `body` copied it.
                let copied = Result { try body(build + "/data") }
                let pending = TemplateSave(lock: lock) { [self] in try? saveIntoCache(build, account: account) }
                lockHandedOver = true
                if case .failure(let error) = copied {
                    pending.wait()
                    throw error
                }
                return pending
            }
        }
        try body(dataDirectory)
        return nil
    }

    /// The build lock if nobody holds it now (doctor looks without waiting), else nil.
    func tryLock() -> Int32? {
        let lock = open(directory + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return nil }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            return nil
        }
        return lock
    }

    private func acquireLock() throws -> Int32 {
        let lockPath = directory + ".lock"
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw FileTree.failure("open", lockPath) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let error = FileTree.failure("lock", lockPath)
                close(lock)
                throw error
            }
        }
        return lock
    }

    /// Runs initdb and configures the result; returns the complete build's directory.
    private func build(
        installation: PostgresInstallation, account: ServerAccount, stagingDirectory: String
    ) throws -> String {
        let workDirectory = stagingDirectory + "/" + baseName + ".building-\(getpid())"
        try FileTree.makeDirectory(workDirectory, permissions: 0o700, owner: account.needsSwitch ? account : nil)
        do {
            try runInitdb(installation: installation, account: account, workDirectory: workDirectory)
            try appendConfiguration(to: workDirectory + "/data/postgresql.conf", owner: account.needsSwitch ? account : nil)
            let marker =
                Self.revisionLine
                + "PostgreSQL \(installation.version) from \(installation.binDirectory), locale \(Self.locale)\n"
            try DirectoryHandle.open(workDirectory).writeFile(Self.markerName, Array(marker.utf8))
        } catch {
            try? FileTree.remove(workDirectory)
            throw error
        }
        return workDirectory
    }

    /// Copies a finished build from another filesystem next to the cache under a temporary
    /// name, renames it into place, and removes the build.
    private func saveIntoCache(_ build: String, account: ServerAccount) throws {
        let copy = cacheDirectory + "/" + baseName + ".building-\(getpid())"
        defer {
            try? FileTree.remove(copy)
            try? FileTree.remove(build)
        }
        try FileTree.copy(from: build, to: copy, owner: account.needsSwitch ? account : nil)
        guard rename(copy, directory) == 0 else { throw FileTree.failure("rename", copy) }
    }

    private func runInitdb(installation: PostgresInstallation, account: ServerAccount, workDirectory: String) throws {
        let localeArguments = Self.locale == "C" ? ["--no-locale"] : ["--locale=\(Self.locale)"]
        let arguments =
            [
                "-D", workDirectory + "/data", "-U", Self.superuser, "--auth=trust", "--no-sync",
                "--no-instructions", "-E", "UTF8",
            ] + localeArguments
        let initdb = installation.executable("initdb")
        let result = try SandboxTrace.timed("initdb") {
            try ChildProcess.run(
                initdb, arguments: arguments, environment: ChildProcess.controlledEnvironment(locale: Self.locale),
                account: account, started: { TemplateBuilder.record($0, for: self) })
        }
        TemplateBuilder.clear(for: self)
        guard result.status == 0 else {
            throw SandboxError.commandFailed(
                command: ([initdb] + arguments).joined(separator: " "), status: result.status, output: result.output)
        }
    }

    private func appendConfiguration(to path: String, owner: ServerAccount?) throws {
        let (directory, name) = FileTree.split(path)
        let file = try DirectoryHandle.open(directory).openAppendingFile(name, owner: owner)
        defer { close(file) }
        let bytes = Array(Self.configuration.utf8)
        guard bytes.withUnsafeBytes({ write(file, $0.baseAddress, $0.count) }) == bytes.count else {
            throw FileTree.failure("write", path)
        }
    }

    /// Creates `path` and its missing parents (mode 0700: the cache is pgcoach's own).
    static func makeDirectoryPath(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SandboxError.directoryUnusable(path: path, reason: "cannot create it (\(error.localizedDescription))")
        }
    }
}

/// Saving a freshly built template into the cache on a background thread, holding the build
/// lock until it is done so no other pgcoach builds or reads a half-saved template.
final class TemplateSave: Sendable {
    private let done = DispatchGroup()

    /// Starts `work` on its own thread; `lock` (a flock'ed descriptor) is closed after it.
    init(lock: Int32, _ work: @escaping @Sendable () -> Void) {
        done.enter()
        let done = self.done
        Thread {
            work()
            close(lock)
            done.leave()
        }.start()
    }

    /// Blocks until the save has finished (successfully or not: the cache is only a cache).
    func wait() {
        done.wait()
    }
}
