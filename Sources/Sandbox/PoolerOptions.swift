/// What a sandbox's connection pooler (pgbouncer) is started with: the lesson's pool and the
/// accounts that may log in through it. pgcoach adds where it listens, how it authenticates
/// and where its files go (see `PoolerConfiguration`).
public struct PoolerOptions: Sendable, Equatable {
    /// The databases reachable through the pooler, each forwarded to the same database on the
    /// sandbox's server.
    public var databases: [String]
    /// `session`, `transaction` or `statement`.
    public var poolMode: String
    /// Server connections per database and user.
    public var defaultPoolSize: Int
    /// Further pgbouncer settings, in the lesson's order (`query_wait_timeout`, `max_client_conn`…).
    public var settings: [(name: String, value: String)]
    /// The roles that may log in (pgbouncer's auth_file); trust authentication over the private
    /// socket, as the sandbox's server itself uses.
    public var users: [String]
    /// The roles that may use the admin console (`SHOW`, `SET`, `PAUSE`, `KILL`…).
    public var adminUsers: [String]

    public init(
        databases: [String], poolMode: String = "session", defaultPoolSize: Int = 20,
        settings: [(name: String, value: String)] = [], users: [String], adminUsers: [String]
    ) {
        self.databases = databases
        self.poolMode = poolMode
        self.defaultPoolSize = defaultPoolSize
        self.settings = settings
        self.users = users
        self.adminUsers = adminUsers
    }

    /// Settings a lesson may not give: pgcoach writes them (see `PoolerConfiguration`).
    public static var reservedSettings: Set<String> { PoolerConfiguration.reservedSettings }

    public static func == (a: PoolerOptions, b: PoolerOptions) -> Bool {
        a.databases == b.databases && a.poolMode == b.poolMode && a.defaultPoolSize == b.defaultPoolSize
            && a.settings.map { [$0.name, $0.value] } == b.settings.map { [$0.name, $0.value] } && a.users == b.users
            && a.adminUsers == b.adminUsers
    }
}
