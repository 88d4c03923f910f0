import CSystem
import Foundation

/// A sandbox's connection pooler: pgbouncer in front of the sandbox's server, started and
/// stopped by this pgcoach process.
///
/// It lives in `<sandbox>/pooler/` (its configuration, auth file, pid file, log and the socket
/// `.s.PGSQL.6432`), runs as the server account like the postmaster (the learner, a superuser
/// inside the sandbox, acts as that account anyway) under a keeper of its own
/// (`pgcoach_spawn_kept`), and carries the sandbox's marker variable, so every way a sandbox
/// ends also ends its pooler: `stop()`, `Sandbox.stop()` (which ends every process of the
/// account marked with the sandbox), and for a pgcoach killed with -9, the next start's
/// `StaleSandboxes` (see `stopLeftover(inSandbox:)`).
///
/// The pooler is not part of any saved cluster: it is started after the server on every
/// lesson start and `\reset`, which takes a few milliseconds.
public final class Pooler {
    /// The directory holding the pooler's files and socket (the libpq `host` to reach it).
    public let directory: String
    /// The port number in the socket's name.
    public let port: Int
    /// pgbouncer's process id.
    public let pid: pid_t
    private let keeper: pid_t
    private var exitStatus: Int32?
    private var stopped = false

    /// The pooler directory's name inside a sandbox directory.
    static let directoryName = "pooler"
    /// The pgbouncer programs searched, in order (Debian's package installs the first).
    static let candidates = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"]

    private init(directory: String, port: Int, pid: pid_t, keeper: pid_t) {
        self.directory = directory
        self.port = port
        self.pid = pid
        self.keeper = keeper
    }

    /// The pgbouncer program, or nil when none is installed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["PGCOACH_PGBOUNCER"], !explicit.isEmpty {
            return access(explicit, X_OK) == 0 ? explicit : nil
        }
        return candidates.first { access($0, X_OK) == 0 }
    }

    /// Writes the configuration and starts pgbouncer in front of `sandbox`'s server; returns
    /// once it accepts connections on its socket.
    static func start(for sandbox: Sandbox, options: PoolerOptions, timeout: Double) throws -> Pooler {
        guard let program = locate() else {
            throw SandboxError.poolerFailed(
                "pgbouncer is not installed (looked for \(candidates.joined(separator: ", "))). Install it "
                    + "(Debian/Ubuntu: apt-get install pgbouncer, or scripts/install-deps.sh), or name it with PGCOACH_PGBOUNCER=PATH.")
        }
        let owner = sandbox.account.needsSwitch ? sandbox.account : nil
        let sandboxDirectory = try DirectoryHandle.open(sandbox.directory)
        // Left from before a \reset, or planted by the learner (who acts as the server
        // account, which owns the sandbox directory): never reused.
        if sandboxDirectory.status(of: directoryName) != nil { try FileTree.remove(sandbox.directory + "/" + directoryName) }
        let poolerDirectory = try sandboxDirectory.makeDirectory(directoryName, permissions: 0o700, owner: owner)
        let path = sandbox.directory + "/" + directoryName
        let configuration = PoolerConfiguration.configuration(
            options, directory: path, serverSocketDirectory: sandbox.socketDirectory, serverPort: sandbox.port)
        try writeFile(poolerDirectory, PoolerConfiguration.configurationFileName, configuration, owner: owner)
        try writeFile(poolerDirectory, PoolerConfiguration.usersFileName, PoolerConfiguration.users(options.users), owner: owner)
        let log = try poolerDirectory.openAppendingFile(PoolerConfiguration.logFileName, owner: owner)
        defer { close(log) }
        let (keeper, pid) = try ChildProcess.spawnKept(
            program, arguments: [path + "/" + PoolerConfiguration.configurationFileName],
            environment: ChildProcess.controlledEnvironment().merging(
                [LearnerProcesses.markerVariable: sandbox.socketDirectory]) { $1 },
            account: sandbox.account, workingDirectory: path, outputDescriptor: log)
        let pooler = Pooler(directory: path, port: PoolerConfiguration.port, pid: pid, keeper: keeper)
        do {
            try ReadinessProbe.waitUntilReady(
                socketDirectory: path, port: PoolerConfiguration.port, user: sandbox.superuser, timeout: timeout,
                logPath: path + "/" + PoolerConfiguration.logFileName,
                exitStatus: { pooler.reap() ? pooler.exitStatus : nil })
        } catch let error as SandboxError {
            pooler.stop()
            switch error {
            case .serverExited(let status, let logTail):
                throw SandboxError.poolerFailed("pgbouncer exited during start (status \(status)). Last lines of its log:\n\(logTail)")
            case .serverNotReady(let seconds, let logTail):
                throw SandboxError.poolerFailed(
                    "pgbouncer did not accept connections within \(seconds) s. Last lines of its log:\n\(logTail)")
            default:
                throw error
            }
        }
        return pooler
    }

    /// A file pgbouncer reads, written through the pooler directory's descriptor (never a
    /// link) and handed to the account pgbouncer runs as.
    static func writeFile(_ directory: borrowing DirectoryHandle, _ name: String, _ text: String, owner: ServerAccount?) throws {
        guard unlinkat(directory.descriptor, name, 0) == 0 || errno == ENOENT else {
            throw FileTree.failure("unlink", directory.child(name))
        }
        let file = openat(directory.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard file >= 0 else { throw FileTree.failure("create", directory.child(name)) }
        defer { close(file) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw FileTree.failure("write", directory.child(name)) }
        if let owner, fchown(file, owner.uid, owner.gid) != 0 { throw FileTree.failure("chown", directory.child(name)) }
    }

    /// A libpq connection string for `database` through the pooler (`pgbouncer`: its admin console).
    public func conninfo(database: String, user: String) -> String {
        "host=\(Sandbox.quoteConninfoValue(directory)) port=\(port) dbname=\(Sandbox.quoteConninfoValue(database)) user=\(Sandbox.quoteConninfoValue(user))"
    }

    /// Whether pgbouncer is still running (it exits on the console's SHUTDOWN, or when killed).
    public var isRunning: Bool { !reap() }

    /// Reaps the keeper once pgbouncer and anything it left are gone; returns whether it is.
    @discardableResult
    func reap() -> Bool {
        if exitStatus != nil { return true }
        exitStatus = ChildProcess.reapKeeper(keeper)
        return exitStatus != nil
    }

    /// Stops pgbouncer: SIGINT (its "safe shutdown": no waiting for clients it would not
    /// wait for anyway), then SIGKILL; waits for the keeper. Safe to call more than once.
    public func stop() {
        if stopped { return }
        stopped = true
        for (signal, timeout) in [(SIGINT, 1.0), (SIGKILL, 2.0)] {
            if reap() { break }
            kill(pid, signal)
            if ServerShutdown.waitUntil(timeout: timeout, { reap() }) { break }
        }
        try? FileTree.remove(directory)
    }

    deinit { stop() }

    // MARK: - Left behind by a dead pgcoach

    /// Stops the pgbouncer of a stale sandbox in `sandboxDirectory`: the pid in its pid file,
    /// accepted only when /proc shows a pgbouncer working in that pooler directory (a pid from
    /// a dead pooler may since belong to anything). Returns the pid stopped, if any.
    @discardableResult
    static func stopLeftover(inSandbox sandboxDirectory: String) -> pid_t? {
        guard let pid = leftoverPID(inSandbox: sandboxDirectory) else { return nil }
        kill(pid, SIGKILL)
        _ = ServerShutdown.waitUntil(timeout: 2) { !ProcessTable.isRunning(pid) }
        return pid
    }

    /// The running pgbouncer of the sandbox in `sandboxDirectory` (a canonical path), if any.
    public static func leftoverPID(inSandbox sandboxDirectory: String) -> pid_t? {
        let directory = sandboxDirectory + "/" + directoryName
        guard let bytes = FileTree.read(directory + "/" + PoolerConfiguration.pidFileName, limit: 64),
            let pid = pid_t(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
            isPoolerProcess(pid, of: directory)
        else { return nil }
        return pid
    }

    /// Whether `pid` runs pgbouncer in `directory`.
    static func isPoolerProcess(_ pid: pid_t, of directory: String) -> Bool {
        ProcessTable.isRunning(pid) && ProcessTable.programName(of: pid) == "pgbouncer"
            && ProcessTable.workingDirectory(of: pid) == directory
    }
}

extension Sandbox {
    /// Starts the sandbox's pooler (see `Pooler`). The caller owns it and stops it before the
    /// server; `stop()` of the sandbox ends it too.
    public func startPooler(_ options: PoolerOptions, timeout: Double = 10) throws -> Pooler {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        return try Pooler.start(for: self, options: options, timeout: timeout)
    }
}
