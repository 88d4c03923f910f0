import Foundation
import TutorCore

/// How to find PostgreSQL and where to put sandboxes. Every field has a sensible default, so
/// `SandboxOptions()` is what `pgcoach start` uses without flags.
public struct SandboxOptions: Sendable {
    /// The server's bin directory (`--pg-bin`); nil to search (see `PostgresInstallation.locate`).
    public var pgBin: String?
    /// The account to run the server as; nil for `postgres` when pgcoach is root, else pgcoach's own.
    public var runAs: String?
    /// Where the template cluster is cached; nil for `$XDG_CACHE_HOME/pgcoach` or `~/.cache/pgcoach`.
    public var cacheDirectory: String?
    /// Where sandboxes are created; nil for `$XDG_RUNTIME_DIR/pgcoach`, `/dev/shm/pgcoach-<uid>`
    /// or `/tmp/pgcoach-<uid>` (see `SandboxLocations`).
    public var runtimeDirectory: String?
    /// The port number, which only names the socket file: sandboxes never listen on TCP, and
    /// each has its own socket directory, so they never clash.
    public var port: Int
    /// How long a server may take to accept connections, in seconds.
    public var startTimeout: Double
    /// A saved stopped cluster (see `Sandbox.saveCopy(of:to:account:)`) to start from instead of the
    /// template, e.g. a lesson's cluster already set up; ignored when it holds no cluster.
    public var initialData: String?
    /// Settings appended to a fresh copy's postgresql.conf before its first start (a lesson's
    /// `server.settings`); a saved cluster (`initialData`) already has its own.
    public var serverSettings: [SettingValue] = []
    /// Log text to start `server.log` with (the log a saved lesson cluster was set up with).
    public var initialLog: String?
    /// The environment the defaults are read from (PGCOACH_PG_BIN, PATH, HOME, XDG_*).
    public var environment: [String: String]
    /// Where one-line notes go (a default runtime directory skipped, and why): stderr.
    public var note: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(("pgcoach: note: " + $0 + "\n").utf8)) }

    /// Creates options; every argument has a default.
    public init(
        pgBin: String? = nil, runAs: String? = nil, cacheDirectory: String? = nil,
        runtimeDirectory: String? = nil, port: Int = 5432, startTimeout: Double = 30,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.pgBin = pgBin
        self.runAs = runAs
        self.cacheDirectory = cacheDirectory
        // PGCOACH_RUNTIME_DIR chooses where sandboxes live (and where stale ones are looked for).
        self.runtimeDirectory = runtimeDirectory ?? environment["PGCOACH_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        self.port = port
        self.startTimeout = startTimeout
        self.environment = environment
    }
}

extension SandboxOptions {
    /// The cache directory these options resolve to (templates, saved lesson clusters).
    public var resolvedCacheDirectory: String { SandboxLocations.cacheDirectory(options: self) }
}
