import Foundation
import TutorCore

/// A further server of a sandbox beside its primary: a streaming standby made with
/// `pg_basebackup`, or a copy of one restored from a saved lesson.
///
/// Each node lives in `<sandbox>/nodes/<name>/`: `data/`, its own `server.log` and its socket,
/// so `host=<that directory>` reaches it, as a host name reaches a machine. All nodes use the
/// same port number, as machines do.
public final class SandboxNode {
    /// The node's name in the lesson (`replica1`); letters, digits and `_` only.
    public let name: String
    /// `<sandbox>/nodes/<name>`: the node's socket directory as well.
    public let directory: String
    /// The port number, which names the socket file.
    public let port: Int
    /// Where a standby streams from; nil for a node that is not (or no longer) a standby.
    /// Changed when the node is made to follow another server (`startAsStandby`).
    public internal(set) var upstream: Upstream?

    public var socketDirectory: String { directory }
    public var dataDirectory: String { directory + "/" + Sandbox.dataDirectoryName }
    public var logPath: String { directory + "/" + ServerLog.fileName }
    /// Whether its postmaster is running (started by us and not yet stopped or exited).
    public var isRunning: Bool { postmaster.map { !$0.reap() } ?? false }

    var postmaster: Postmaster?

    /// The server a standby streams from.
    public struct Upstream: Sendable, Equatable {
        /// The socket directory of the upstream server.
        public var socketDirectory: String
        public var port: Int
        /// The physical replication slot it streams through, if any.
        public var slot: String?

        public init(socketDirectory: String, port: Int, slot: String?) {
            self.socketDirectory = socketDirectory
            self.port = port
            self.slot = slot
        }
    }

    /// The name of the configuration file pgcoach writes into a standby's data directory before
    /// every start: where its upstream is now. A saved standby is started again in another
    /// sandbox directory, so the upstream's socket path cannot be fixed in the copy. The file is
    /// included from postgresql.conf, so a learner's `ALTER SYSTEM SET primary_conninfo`
    /// (postgresql.auto.conf, read last) still wins, as it would on a real standby.
    static let upstreamFileName = "pgcoach.standby.conf"

    init(name: String, directory: String, port: Int, upstream: Upstream?) {
        self.name = name
        self.directory = directory
        self.port = port
        self.upstream = upstream
    }

    /// A libpq connection string for `database` on this node.
    public func conninfo(database: String, user: String) -> String {
        Sandbox.conninfo([("host", socketDirectory), ("port", String(port)), ("dbname", database), ("user", user)])
    }

    /// The `pgcoach.standby.conf` text for this node's upstream.
    func upstreamConfiguration(superuser: String) -> String {
        guard let upstream else { return "" }
        return Self.upstreamConfiguration(name: name, upstream: upstream, superuser: superuser)
    }

    /// The `pgcoach.standby.conf` text for the server `name` streaming from `upstream`.
    static func upstreamConfiguration(name: String, upstream: Upstream, superuser: String) -> String {
        let conninfo = Sandbox.conninfo([
            ("host", upstream.socketDirectory), ("port", String(upstream.port)), ("user", superuser), ("application_name", name),
        ])
        var lines = ["# Written by pgcoach before every start: where this standby streams from."]
        lines.append(SettingValue(name: "primary_conninfo", value: conninfo).configurationLine)
        if let slot = upstream.slot { lines.append(SettingValue(name: "primary_slot_name", value: slot).configurationLine) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether `name` may name a node: it becomes a directory name and a libpq host alias.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40 && name.first?.isLetter == true
            && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }
}
