import Foundation
import TutorCore

/// A server turned into a standby of another after a failover: the old primary rewound with
/// `pg_rewind` to the new primary's history, or copied again from it with `pg_basebackup`.
/// Either way it then gets what `addStandby` gives a standby: `standby.signal` and a
/// `pgcoach.standby.conf` naming its new upstream.
extension Sandbox {
    /// The data directory of the server `name` (the primary or a node).
    public func dataDirectory(of name: String) throws -> String {
        if name == Self.primaryName { return dataDirectory }
        guard let node = node(named: name) else { throw SandboxError.noSuchServer(name: name) }
        return node.dataDirectory
    }

    /// Runs `pg_rewind` as the server account on the stopped server `target`, with the running
    /// server `source` as the source of truth. Returns pg_rewind's exit status (nil when it
    /// ran too long and was killed) and output; the caller checks both servers' state first.
    public func rewindServer(_ target: String, from source: String, timeout: Double = 60) throws -> (status: Int32?, output: String) {
        guard !isRunning(target) else {
            throw SandboxError.nodeNotBuilt(name: target, reason: "it is running; pg_rewind needs it stopped")
        }
        let endpoint = try endpoint(of: source)
        let conninfo = Self.conninfo([
            ("host", endpoint.socketDirectory), ("port", String(endpoint.port)), ("user", superuser), ("dbname", "postgres"),
        ])
        return try runProgram(
            "pg_rewind", arguments: ["--target-pgdata=" + (try dataDirectory(of: target)), "--source-server=" + conninfo, "--no-sync"],
            timeout: timeout)
    }

    /// Stops the server `target`, throws its data away and copies `source` into its place with
    /// `pg_basebackup` (through `slot` when given; it must exist on `source`), then starts it
    /// as a standby of `source` (`startAsStandby`).
    public func recopyServer(_ target: String, from source: String, slot: String?) throws {
        let data = try dataDirectory(of: target)
        try stopServer(named: target)
        ServerShutdown.killRemainingProcesses(of: data)
        try FileTree.remove(data)
        try FileTree.makeDirectory(data, permissions: 0o700, owner: account.needsSwitch ? account : nil)
        try baseBackup(of: source, into: data, slot: slot, creatingSlot: false, for: target)
        try startAsStandby(target, of: source, slot: slot)
    }

    /// Makes the stopped server `target` a standby of `source` and starts it: `standby.signal`,
    /// `pgcoach.standby.conf` naming where `source` listens now, and the line including that
    /// file in postgresql.conf when the configuration pg_rewind or pg_basebackup brought over
    /// lacks it (a copy of a server that was never a standby). Returns once it accepts
    /// connections; catching up is the caller's to wait for.
    public func startAsStandby(_ target: String, of source: String, slot: String?) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        let endpoint = try endpoint(of: source)
        let upstream = SandboxNode.Upstream(socketDirectory: endpoint.socketDirectory, port: endpoint.port, slot: slot)
        let data = try DirectoryHandle.open(try dataDirectory(of: target))
        let owner = account.needsSwitch ? account : nil
        try data.writeFile("standby.signal", [], owner: owner)
        try data.writeFile(
            SandboxNode.upstreamFileName,
            Array(SandboxNode.upstreamConfiguration(name: target, upstream: upstream, superuser: superuser).utf8), owner: owner)
        let include = "include_if_exists = '\(SandboxNode.upstreamFileName)'"
        let configuration = String(decoding: data.read("postgresql.conf") ?? [], as: UTF8.self)
        if !configuration.split(whereSeparator: \.isNewline).contains(where: { $0 == include }) {
            let file = try data.openAppendingFile("postgresql.conf", owner: owner)
            defer { close(file) }
            try DescriptorWriter.writeAll(
                "\n# --- pgcoach: this server now follows \(source) ---\n\(include)\n", to: file,
                path: data.child("postgresql.conf"))
        }
        if target == Self.primaryName {
            try startPrimary()
        } else if let node = node(named: target) {
            // Its next start rewrites pgcoach.standby.conf from this.
            node.upstream = upstream
            try start(node)
        }
    }
}
