import Foundation

/// A private PostgreSQL cluster for one session: a copy of the template in its own directory,
/// served by a postmaster that listens only on a Unix socket in that directory.
///
/// Layout of a sandbox directory (0700, owned by the server account):
/// `owner` (the pgcoach process it belongs to), `data/` (the cluster), `server.log`, the socket
/// `.s.PGSQL.<port>`, and `snapshots/` once `snapshot(to:)` is used.
///
/// Stopping it on every exit path is the caller's job; `stop()` may be called any number of
/// times, and `deinit` calls it as a last resort.
public final class Sandbox {
    /// The directory holding everything of this sandbox.
    public let directory: String
    /// The directory of the server's Unix socket (the libpq `host`).
    public let socketDirectory: String
    /// The port number, which names the socket file.
    public let port: Int
    /// The cluster's data directory.
    public let dataDirectory: String
    /// The PostgreSQL installation the server runs from.
    public let installation: PostgresInstallation
    /// The account the server processes run as.
    public let account: ServerAccount
    /// The server's log file.
    public var logPath: String { directory + "/" + ServerLog.fileName }
    /// The cluster's superuser, created by initdb.
    public var superuser: String { TemplateCluster.superuser }
    /// The postmaster's pid while the server runs, else nil.
    public var serverProcessID: Int32? { postmaster.flatMap { $0.reap() ? nil : $0.pid } }
    /// Whether `stop()` has been called.
    public private(set) var isStopped = false
    /// The further servers beside the primary (standbys), in the order they were added.
    public internal(set) var nodes: [SandboxNode] = []
    /// The name lessons give the sandbox's first server.
    public static let primaryName = "primary"

    /// The data directory's name inside a sandbox directory.
    static let dataDirectoryName = "data"
    private static let snapshotsDirectoryName = "snapshots"

    let startTimeout: Double
    private var postmaster: Postmaster?
    /// A first start's template still being saved to the cache; waited for in `stop()`.
    private var templateSave: TemplateSave?
    /// The copy of the saved cluster the next restore swaps in (see `SpareCluster`).
    private(set) var spare: SpareCluster?
    /// A spare of `source` is a copy of the cache entry `entry`: kept for the next start from
    /// it when the sandbox goes (`ReadyCluster`).
    private var spareEntry: (source: String, entry: String)?

    /// Where templates and other caches live (`$XDG_CACHE_HOME/pgcoach`).
    public let cacheDirectory: String

    private init(
        directory: String, port: Int, installation: PostgresInstallation, account: ServerAccount, startTimeout: Double,
        cacheDirectory: String
    ) {
        self.cacheDirectory = cacheDirectory
        self.directory = directory
        self.socketDirectory = directory
        self.dataDirectory = directory + "/" + Self.dataDirectoryName
        self.port = port
        self.installation = installation
        self.account = account
        self.startTimeout = startTimeout
    }

    /// Finds PostgreSQL, cleans up sandboxes left by dead pgcoach processes, builds the template
    /// if this is the first run, then copies it into a fresh sandbox and starts the server.
    /// Returns once the server accepts connections.
    public static func start(_ options: SandboxOptions = SandboxOptions()) throws -> Sandbox {
        let installation = try PostgresInstallation.locate(explicit: options.pgBin, environment: options.environment)
        let account = try ServerAccount.resolve(requested: options.runAs)
        let locations = SandboxLocations(options: options, account: account)
        let runtimeDirectory = try locations.prepareRuntimeDirectory(for: account, note: options.note)
        let searched = SandboxLocations.runtimeDirectoriesToSearch(options: options, account: account)
        SandboxTrace.timed("stale sandbox scan") { StaleSandboxes(runtimeDirectories: searched).clean() }

        let startTurn = SpareTurn.holdForStart(cacheDirectory: locations.cacheDirectory)
        defer { SpareTurn.release(startTurn) }
        let directory = try makeSandboxDirectory(in: runtimeDirectory, account: account)
        let sandbox = Sandbox(
            directory: directory, port: options.port, installation: installation, account: account,
            startTimeout: options.startTimeout, cacheDirectory: locations.cacheDirectory)
        do {
            if let seed = options.initialData, access(seed + "/PG_VERSION", R_OK) == 0 {
                let taken = SandboxTrace.timed("ready copy taken") {
                    ReadyCluster.take(
                        entry: seed, runtimeDirectory: runtimeDirectory, sandboxDirectory: directory, dataName: dataDirectoryName)
                }
                if !taken { try FileTree.copy(from: seed, to: sandbox.dataDirectory, owner: sandbox.copyOwner) }
                if let log = options.initialLog { try ServerLogSeed.seed(log, to: sandbox.logPath, account: account) }
                try sandbox.startServer()
                sandbox.prepareSpare(of: seed)
                return sandbox
            }
            let template = TemplateCluster(installation: installation, cacheDirectory: locations.cacheDirectory)
            sandbox.templateSave = try template.withTemplate(
                installation: installation, account: account, stagingDirectory: runtimeDirectory
            ) { templateData in
                try FileTree.copy(from: templateData, to: sandbox.dataDirectory, owner: sandbox.copyOwner)
            }
            try ServerConfiguration.append(options.serverSettings, toDataDirectory: sandbox.dataDirectory)
            try sandbox.startServer()
        } catch {
            sandbox.stop()
            throw error
        }
        return sandbox
    }

    /// Creates `sandbox-XXXXXX` with its owner file written before anything else, so that a
    /// pgcoach killed in the middle of a start still leaves a sandbox the next start recognises.
    private static func makeSandboxDirectory(in runtimeDirectory: String, account: ServerAccount) throws -> String {
        var template = Array((runtimeDirectory + "/" + StaleSandboxes.namePrefix + "XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw FileTree.failure("mkdtemp in", runtimeDirectory) }
        let directory = String(cString: created)
        do {
            try SandboxOwner.current.write(toSandbox: directory)
            if account.needsSwitch {
                guard chown(directory, account.uid, account.gid) == 0 else {
                    throw FileTree.failure("chown", directory)
                }
            }
        } catch {
            try? FileTree.remove(directory)
            throw error
        }
        return directory
    }

    /// Who copied files must belong to: the server account when it is not us.
    private var copyOwner: ServerAccount? { account.needsSwitch ? account : nil }

    /// A libpq connection string for this sandbox, in keyword/value form, values quoted where
    /// libpq requires it, e.g. `host=/tmp/pgcoach-0/sandbox-Ab12Cd port=5432 dbname=postgres user=postgres`.
    public func conninfo(database: String = "postgres", user: String? = nil) -> String {
        let pairs = [
            ("host", socketDirectory), ("port", String(port)), ("dbname", database), ("user", user ?? superuser),
        ]
        return Self.conninfo(pairs)
    }

    /// Keyword/value pairs as one conninfo string, each value quoted where libpq needs it.
    static func conninfo(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\(quoteConninfoValue($0.1))" }.joined(separator: " ")
    }

    /// Quotes a conninfo value when libpq would otherwise misread it: empty, or containing
    /// whitespace, a quote or a backslash. Inside quotes, `'` and `\` are escaped with `\`.
    static func quoteConninfoValue(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { $0.isWhitespace || $0 == "'" || $0 == "\\" }
        guard needsQuotes else { return value }
        var quoted = "'"
        for character in value {
            if character == "'" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "'"
    }

    /// Stops the server and removes the sandbox directory. Safe to call more than once, and
    /// from `deinit`; never throws, because it runs on exit paths where nothing could handle it.
    public func stop() {
        if isStopped { return }
        isStopped = true
        stopAllServers(discarding: true)
        keepSpareReady()
        spare?.abandon()
        spare = nil
        ServerShutdown.killRemainingProcesses(of: dataDirectory)
        for node in nodes { ServerShutdown.killRemainingProcesses(of: node.dataDirectory) }
        try? FileTree.remove(directory)
        templateSave?.wait()
        templateSave = nil
    }

    /// Stops the server and starts it again on the same data, as a restart of a real server
    /// would (lessons use it after configuration changes and for crash drills).
    public func restart() throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        stopServer()
        try startServer()
    }

    /// Saves a copy of the data directory as `name`, for an instant reset later. The server is
    /// stopped for the copy (a running cluster's files are not a consistent copy) and started
    /// again.
    public func snapshot(to name: String) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        let path = try snapshotPath(name)
        let running = runningServers
        stopAllServers()
        do {
            // Looked at through the directory's descriptor: a `snapshots` link planted by the
            // server account is neither followed here nor by the removal and copy below.
            let sandboxDirectory = try DirectoryHandle.open(directory)
            // Snapshots stay ours (root's when we are root, 0700): the server never reads them,
            // so the learner, who acts as the server account, cannot change what \reset and the
            // lesson cache copy from them.
            if sandboxDirectory.status(of: Self.snapshotsDirectoryName) == nil {
                _ = try sandboxDirectory.makeDirectory(Self.snapshotsDirectoryName, permissions: 0o700, owner: nil)
            }
            try FileTree.remove(path)
            try FileTree.remove(Self.savedNodesDirectory(of: path))
            try FileTree.copy(from: dataDirectory, to: path, owner: nil)
            if !nodes.isEmpty {
                let snapshots = try sandboxDirectory.directory(Self.snapshotsDirectoryName)
                _ = try snapshots.makeDirectory(name + ".nodes", permissions: 0o700, owner: nil)
            }
            for node in nodes {
                try FileTree.copy(from: node.dataDirectory, to: Self.savedNodesDirectory(of: path) + "/" + node.name, owner: nil)
            }
        } catch {
            try? startServers(running)
            throw error
        }
        try startServers(running)
        prepareSpare(of: path)
    }

    /// Replaces the data directory with the snapshot `name` and starts the server on it.
    /// Every session connected before is gone afterwards, as after a real server restart.
    public func restore(from name: String) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        let path = try snapshotPath(name)
        guard FileTree.read(path + "/PG_VERSION", limit: 64) != nil else {
            throw SandboxError.snapshotUnusable(name: name, reason: "there is no such snapshot")
        }
        try restore(fromDirectory: path)
    }

    /// Where the snapshot `name` lives (inside the sandbox directory, so it goes with it).
    public func snapshotDirectory(named name: String) throws -> String {
        try snapshotPath(name)
    }

    /// Copies a stopped cluster (a snapshot directory) to `path` — e.g. into the cache, on a
    /// background thread while the session goes on — replacing what was there atomically.
    /// Touches no sandbox state, so it is safe to run off the main thread.
    /// When the server runs as another account, every file of `source` must be ours (a snapshot
    /// is): a tree the server account could have written into or swapped in is refused, so one
    /// learner cannot plant files in the cache other sessions start from.
    /// Returns whether the copy is what is at `path` now (false: another process saved one first).
    @discardableResult
    public static func saveCopy(of source: String, to path: String, account: ServerAccount) throws -> Bool {
        let owner = account.needsSwitch ? account : nil
        let staging = path + ".tmp-\(getpid())"
        do {
            try? FileTree.remove(staging)
            try FileTree.copy(from: source, to: staging, owner: owner, sourceOwner: account.needsSwitch ? geteuid() : nil)
            // Never remove a saved copy another pgcoach may be starting from: when one is
            // already there (a concurrent cold start saved the same lesson), keep it.
            // A leftover without PG_VERSION is no saved cluster (a copy cut short): replace it.
            if access(path, F_OK) == 0 && access(path + "/PG_VERSION", F_OK) != 0 { try? FileTree.remove(path) }
            if rename(staging, path) != 0 {
                let failure = errno
                try? FileTree.remove(staging)
                if failure == ENOTEMPTY || failure == EEXIST { return false }
                throw SandboxError.fileSystem(operation: "rename to", path: path, errno: failure)
            }
            return true
        } catch {
            try? FileTree.remove(staging)
            throw error
        }
    }

    /// Replaces the data directory with a copy of the saved data directory `path` and starts
    /// the server on it (the lesson `\reset`).
    /// Its nodes come back from `path.nodes/<name>`; the servers named in `keepStopped` are
    /// restored but not started (a server the lesson lost).
    public func restore(fromDirectory path: String, keepStopped: Set<String> = []) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        guard FileTree.read(path + "/PG_VERSION", limit: 64) != nil else {
            throw SandboxError.snapshotUnusable(name: path, reason: "there is no saved cluster there")
        }
        let restoreTurn = SpareTurn.holdForStart(cacheDirectory: cacheDirectory)
        defer { SpareTurn.release(restoreTurn) }
        stopAllServers(discarding: true)
        // The primary from the spare copy when one is ready (a rename), else copied; the nodes
        // are copied (they have no spare).
        let swapped = spare.map { $0.source == path && $0.swapIn(sandboxDirectory: directory, dataName: Self.dataDirectoryName) } ?? false
        _ = spare?.wait()
        spare = nil
        if !swapped {
            let setAside = SpareCluster.setAside(
                dataName: Self.dataDirectoryName, sandboxDirectory: directory, snapshotsName: Self.snapshotsDirectoryName)
            if !setAside { try FileTree.remove(dataDirectory) }
            try FileTree.copy(from: path, to: dataDirectory, owner: copyOwner)
        }
        for node in nodes {
            try FileTree.remove(node.dataDirectory)
            try FileTree.copy(from: Self.savedNodesDirectory(of: path) + "/" + node.name, to: node.dataDirectory, owner: copyOwner)
        }
        try startServers(([Self.primaryName] + nodes.map(\.name)).filter { !keepStopped.contains($0) })
        prepareSpare(of: path)
    }

    /// The servers running now, primary first.
    private var runningServers: [String] {
        (serverProcessID != nil ? [Self.primaryName] : []) + nodes.filter(\.isRunning).map(\.name)
    }

    /// Starts the named servers, the primary first (standbys stream from it).
    private func startServers(_ names: [String]) throws {
        if names.contains(Self.primaryName) { try startServer() }
        for node in nodes where names.contains(node.name) { try start(node) }
    }

    /// Stops the primary, then every node, then ends what the learner started from the
    /// server's account. The primary goes first so that a standby receives everything it
    /// wrote (its shutdown checkpoint included): stopped copies of the two then agree.
    /// `discarding`: the data is thrown away next (a restore, the end), so the nodes get an
    /// immediate shutdown: a standby with replay paused takes up to a second to notice a fast
    /// one (its startup process sleeps in the pause loop).
    private func stopAllServers(discarding: Bool = false) {
        let leader = postmaster?.pid
        postmaster?.stop(discardingData: discarding)
        postmaster = nil
        for node in nodes {
            node.postmaster?.stop(discardingData: discarding)
            node.postmaster = nil
        }
        LearnerProcesses.end(sandboxDirectory: directory, account: account, sessionLeader: leader)
    }

    /// Starts the primary again (after `stopPrimaryOnly`).
    func startPrimary() throws {
        if serverProcessID == nil { try startServer() }
    }

    /// Stops only the primary: its standbys and their sessions go on.
    func stopPrimaryOnly() {
        postmaster?.stop()
        postmaster = nil
    }

    /// Declares that spares of the saved cluster `source` equal the cache entry `entry`, so the
    /// spare left when the sandbox stops becomes the ready copy the next start from `entry`
    /// takes (`ReadyCluster`) instead of being deleted.
    public func keepSpare(of source: String, asCopyOf entry: String) {
        spareEntry = (source, entry)
    }

    /// Hands a complete spare covered by `keepSpare` to the ready copies: one being copied is
    /// waited for (the learner has left; the next start gains more than this stop loses), one
    /// not started yet is called off.
    private func keepSpareReady() {
        guard let spareEntry, let spare, spare.source == spareEntry.source, spare.wait() else { return }
        ReadyCluster.keep(
            spareName: SpareCluster.spareName, in: directory + "/" + Self.snapshotsDirectoryName, asCopyOf: spareEntry.entry,
            runtimeDirectory: FileTree.split(directory).parent)
    }

    /// Starts copying `path` for the next restore from it, in the background.
    private func prepareSpare(of path: String) {
        _ = spare?.wait()
        spare = SpareCluster.start(
            of: path, sandboxDirectory: directory, snapshotsName: Self.snapshotsDirectoryName, owner: copyOwner,
            turnLock: cacheDirectory + "/" + SpareTurn.fileName)
    }

    private func snapshotPath(_ name: String) throws -> String {
        let allowed = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        guard !name.isEmpty, allowed else {
            throw SandboxError.snapshotUnusable(name: name, reason: "use letters, digits, '-' and '_' only")
        }
        return directory + "/" + Self.snapshotsDirectoryName + "/" + name
    }

    func startServer() throws {
        postmaster = try Postmaster.start(
            installation: installation, account: account, dataDirectory: dataDirectory,
            socketDirectory: socketDirectory, port: port, logPath: logPath, timeout: startTimeout)
    }

    /// Stops the server, then ends whatever the learner started from the server's account
    /// (see `LearnerProcesses`): nothing of theirs may race the copies and removals that follow.
    /// `discardingData`: the data directory is removed or replaced next, so no clean shutdown.
    private func stopServer(discardingData: Bool = false) {
        let leader = postmaster?.pid
        postmaster?.stop(discardingData: discardingData)
        postmaster = nil
        LearnerProcesses.end(sandboxDirectory: directory, account: account, sessionLeader: leader)
    }

    deinit {
        stop()
    }
}
