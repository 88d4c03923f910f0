/// A connection pooler in front of the lesson's server (`pooler:`): pgbouncer, started by
/// pgcoach in the sandbox with the lesson's pool. Sessions and workload steps with
/// `via: pooler` connect through it; the learner reaches its admin console with `\c pgbouncer`.
public struct LessonPooler: Sendable, Equatable {
    /// The pooler program. Only pgbouncer today; named so a lesson says what it runs.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case pgbouncer
    }

    /// When a server connection goes back to the pool (pgbouncer's `pool_mode`).
    public enum PoolMode: String, Sendable, Equatable, CaseIterable {
        case session, transaction, statement
    }

    public var kind: Kind
    public var poolMode: PoolMode
    /// Server connections per database and user (pgbouncer's `default_pool_size`).
    public var defaultPoolSize: Int
    /// The lesson databases reachable through the pooler.
    public var databases: [String]
    /// Further pgbouncer settings (`query_wait_timeout`, `max_client_conn`, …), in order.
    public var settings: [SettingValue]

    /// The admin console's database name, as in pgbouncer: `\c pgbouncer` reaches it, and
    /// evidence and checks read it under this name.
    public static let consoleDatabase = "pgbouncer"
    /// The pooler's host name in `\c DB USER HOST` (`\c app_db - pooler`).
    public static let hostName = "pooler"

    public init(
        kind: Kind = .pgbouncer, poolMode: PoolMode = .session, defaultPoolSize: Int = 20, databases: [String],
        settings: [SettingValue] = []
    ) {
        self.kind = kind
        self.poolMode = poolMode
        self.defaultPoolSize = defaultPoolSize
        self.databases = databases
        self.settings = settings
    }
}

/// How a session or workload step reaches its database: straight to the server, or through
/// the lesson's pooler (`via: pooler`).
public enum ConnectionRoute: String, Sendable, Equatable, CaseIterable {
    case server
    case pooler
}
