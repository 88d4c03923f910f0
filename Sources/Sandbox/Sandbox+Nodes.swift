import Foundation
import TutorCore

/// The further servers of a sandbox (see `SandboxNode`): streaming standbys built from a
/// running server, nodes restored from a saved lesson, a node stopped as "lost".
extension Sandbox {
    /// The directory holding the nodes' directories.
    static let nodesDirectoryName = "nodes"
    /// Beside a saved cluster `path`, the saved nodes live in `path.nodes/<name>`.
    public static func savedNodesDirectory(of savedCluster: String) -> String { savedCluster + ".nodes" }

    /// The node called `name`, if the sandbox has one.
    public func node(named name: String) -> SandboxNode? {
        nodes.first { $0.name == name }
    }

    /// Where the server `name` listens: the primary for nil or `primary`, else the node.
    public func endpoint(of server: String?) throws -> (socketDirectory: String, port: Int) {
        guard let server, server != Self.primaryName else { return (socketDirectory, port) }
        guard let node = node(named: server) else { throw SandboxError.noSuchServer(name: server) }
        return (node.socketDirectory, node.port)
    }

    /// A conninfo for `database` on the server `server` (the primary for nil).
    public func conninfo(database: String = "postgres", user: String? = nil, server: String?) -> String {
        guard let server, server != Self.primaryName, let node = node(named: server) else {
            return conninfo(database: database, user: user)
        }
        return node.conninfo(database: database, user: user ?? superuser)
    }

    /// Makes a streaming standby `name` of the running server `upstream` (nil: the primary) with `pg_basebackup`
    /// (through the replication slot `slot`, created on the upstream when given), appends its
    /// own `settings` to its postgresql.conf and starts it. Returns once it accepts
    /// connections; catching up is the caller's to wait for.
    @discardableResult
    public func addStandby(_ name: String, of upstream: String?, slot: String?, settings: [SettingValue]) throws -> SandboxNode {
        // A standby always has an upstream: nil names the primary.
        let node = try makeNode(name, upstream: upstream ?? Self.primaryName, slot: slot)
        try baseBackup(of: upstream, into: node.dataDirectory, slot: slot, creatingSlot: true, for: name)
        let data = try DirectoryHandle.open(node.dataDirectory)
        let owner = account.needsSwitch ? account : nil
        try data.writeFile("standby.signal", [], owner: owner)
        var extra = "\n# --- pgcoach: this node's upstream and settings (servers in lesson.yaml) ---\n"
        extra += "include_if_exists = '\(SandboxNode.upstreamFileName)'\n"
        for setting in settings where !setting.name.contains(where: \.isNewline) && !setting.value.contains(where: \.isNewline) {
            extra += setting.configurationLine + "\n"
        }
        let configuration = try data.openAppendingFile("postgresql.conf", owner: owner)
        defer { close(configuration) }
        try DescriptorWriter.writeAll(extra, to: configuration, path: node.dataDirectory + "/postgresql.conf")
        try start(node)
        return node
    }

    /// `pg_basebackup -X stream` of the running server `source` (nil: the primary) into
    /// `directory` (missing or empty), as the server account, through `slot` (made on `source`
    /// when `creatingSlot`). A failure names the server `name` it was for.
    func baseBackup(of source: String?, into directory: String, slot: String?, creatingSlot: Bool, for name: String) throws {
        let endpoint = try endpoint(of: source)
        var arguments = [
            "-D", directory, "-h", endpoint.socketDirectory, "-p", String(endpoint.port), "-U", superuser,
            "-X", "stream", "-c", "fast", "--no-sync", "--no-password",
        ]
        if let slot { arguments += ["-S", slot] + (creatingSlot ? ["-C"] : []) }
        let (status, output) = try ChildProcess.run(
            installation.executable("pg_basebackup"), arguments: arguments,
            environment: ChildProcess.controlledEnvironment(), account: account)
        guard status == 0 else {
            throw SandboxError.nodeNotBuilt(
                name: name, reason: output.split(whereSeparator: \.isNewline).last.map(String.init) ?? "pg_basebackup failed")
        }
    }

    /// Adds the node `name` as a copy of the saved data directory `saved` (a warm start), and
    /// starts it unless `start` is false.
    @discardableResult
    public func addNode(_ name: String, copying saved: String, upstream: String?, slot: String?, start: Bool = true) throws -> SandboxNode {
        guard FileTree.read(saved + "/PG_VERSION", limit: 64) != nil else {
            throw SandboxError.snapshotUnusable(name: saved, reason: "there is no saved cluster there")
        }
        let node = try makeNode(name, upstream: upstream, slot: slot)
        try FileTree.copy(from: saved, to: node.dataDirectory, owner: account.needsSwitch ? account : nil)
        if start { try self.start(node) }
        return node
    }

    /// Starts the node `name` (or the primary) again after `stopServer(named:)`.
    public func startServer(named name: String) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        if name == Self.primaryName { return try startPrimary() }
        guard let node = node(named: name) else { throw SandboxError.noSuchServer(name: name) }
        if !node.isRunning { try start(node) }
    }

    /// Stops the server `name` and keeps its data, as a machine that went down: the other
    /// servers and the sessions on them go on.
    public func stopServer(named name: String) throws {
        if name == Self.primaryName { return stopPrimaryOnly() }
        guard let node = node(named: name) else { throw SandboxError.noSuchServer(name: name) }
        node.postmaster?.stop()
        node.postmaster = nil
    }

    /// Whether the server `name` is running.
    public func isRunning(_ name: String) -> Bool {
        if name == Self.primaryName { return serverProcessID != nil }
        return node(named: name)?.isRunning ?? false
    }

    func start(_ node: SandboxNode) throws {
        if node.upstream != nil {
            let data = try DirectoryHandle.open(node.dataDirectory)
            try data.writeFile(
                SandboxNode.upstreamFileName, Array(node.upstreamConfiguration(superuser: superuser).utf8),
                owner: account.needsSwitch ? account : nil)
        }
        node.postmaster = try Postmaster.start(
            installation: installation, account: account, dataDirectory: node.dataDirectory,
            socketDirectory: node.socketDirectory, port: node.port, logPath: node.logPath, timeout: startTimeout,
            marker: directory)
    }

    private func makeNode(_ name: String, upstream: String?, slot: String?) throws -> SandboxNode {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        guard SandboxNode.isValidName(name), name != Self.primaryName, node(named: name) == nil else {
            throw SandboxError.nodeNotBuilt(name: name, reason: "a node needs a new name of lowercase letters, digits and '_'")
        }
        let sandboxDirectory = try DirectoryHandle.open(directory)
        let owner = account.needsSwitch ? account : nil
        if sandboxDirectory.status(of: Self.nodesDirectoryName) == nil {
            _ = try sandboxDirectory.makeDirectory(Self.nodesDirectoryName, permissions: 0o700, owner: owner)
        }
        let nodesDirectory = try sandboxDirectory.directory(Self.nodesDirectoryName)
        _ = try nodesDirectory.makeDirectory(name, permissions: 0o700, owner: owner)
        let upstreamEndpoint = try upstream.map { try endpoint(of: $0) }
        let node = SandboxNode(
            name: name, directory: directory + "/" + Self.nodesDirectoryName + "/" + name, port: port,
            upstream: upstreamEndpoint.map { SandboxNode.Upstream(socketDirectory: $0.socketDirectory, port: $0.port, slot: slot) })
        nodes.append(node)
        return node
    }
}
