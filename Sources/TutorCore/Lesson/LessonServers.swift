import PsqlCore

/// A server of a lesson beside (or instead of) the sandbox's primary: a streaming standby, or a
/// server the incident took down (`lost`). Declared under `servers:` in lesson.yaml.
public struct ServerSpec: Sendable, Equatable {
    /// `primary` for the sandbox's first server; a node name (`replica1`) otherwise.
    public var name: String
    /// The server it streams from (built with `pg_basebackup` from it after setup), or nil for
    /// the primary.
    public var standbyOf: String?
    /// The physical replication slot it streams through (created on its upstream).
    public var slot: String?
    /// Settings appended to its own postgresql.conf (a standby's `hot_standby_feedback`).
    public var settings: [SettingValue]
    /// SQL run on it at every start of the lesson (cold, warm, `\reset`), once every server is
    /// up and the standbys have caught up: live state a restart would lose (a paused replay),
    /// like the background sessions.
    public var eachStart: [String]
    /// The database `eachStart` runs in.
    public var eachStartDatabase: String = "postgres"
    /// Stopped at every start after `eachStart`, data kept: the machine the incident took down.
    public var lost: Bool

    public init(
        name: String, standbyOf: String? = nil, slot: String? = nil, settings: [SettingValue] = [], eachStart: [String] = [],
        lost: Bool = false
    ) {
        self.name = name
        self.standbyOf = standbyOf
        self.slot = slot
        self.settings = settings
        self.eachStart = eachStart
        self.lost = lost
    }

    /// The name of the sandbox's first server, where `setup` runs.
    public static let primary = DatabaseLocation.primaryServer

    /// `servers` with the implicit primary first when they do not list it.
    public static func withPrimary(_ servers: [ServerSpec]) -> [ServerSpec] {
        servers.contains { $0.name == primary } ? servers : [ServerSpec(name: primary)] + servers
    }

    /// The primary unless it is lost, else the first server that is not.
    public static func home(of servers: [ServerSpec]) -> String {
        if servers.contains(where: { $0.name == primary && !$0.lost }) { return primary }
        return servers.first { !$0.lost }?.name ?? primary
    }
}

extension Lesson {
    /// The servers of the lesson: the declared ones, or the primary alone.
    public var allServers: [ServerSpec] {
        ServerSpec.withPrimary(servers)
    }

    /// Where blocks that name no server run, and where the cluster-wide audits look: the
    /// primary, or when it is lost the first server that is not (the standby, in "the primary
    /// is gone").
    public var homeServer: String {
        ServerSpec.home(of: allServers)
    }

    /// `database` on the home server, as a location key.
    public func homeKey(_ database: String) -> String {
        DatabaseLocation(database: database, server: homeServer).key
    }
}
