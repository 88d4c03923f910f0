import Foundation
import TutorCore

/// Nodes made and unmade by a lesson's actions: a standby taken away to be built again
/// (`rebuild_standby`), a server restored from a base backup (`restore`).
extension Sandbox {
    /// Stops the node `name`, ends what the learner left running in it, and removes its
    /// directory: the name is free for `addStandby` again.
    public func removeNode(_ name: String) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        guard let node = node(named: name) else { throw SandboxError.noSuchServer(name: name) }
        node.postmaster?.stop()
        node.postmaster = nil
        ServerShutdown.killRemainingProcesses(of: node.dataDirectory)
        try FileTree.remove(node.directory)
        nodes.removeAll { $0.name == name }
    }

    /// A new node `name` from the base backup directory `backup` (copied, never followed
    /// through links), with `settings` appended to its postgresql.conf; with `recover`, in
    /// archive recovery (`recovery.signal`). Started; returns once it accepts connections.
    @discardableResult
    public func restoreNode(_ name: String, fromBackup backup: String, settings: [SettingValue], recover: Bool) throws -> SandboxNode {
        let node = try addNode(name, copying: backup, upstream: nil, slot: nil, start: false)
        do {
            let data = try DirectoryHandle.open(node.dataDirectory)
            let owner = account.needsSwitch ? account : nil
            // A backup of a standby carries its standby.signal; a restore is a server of its own.
            guard unlinkat(data.descriptor, "standby.signal", 0) == 0 || errno == ENOENT else {
                throw FileTree.failure("unlink", data.child("standby.signal"))
            }
            if recover { try data.writeFile("recovery.signal", [], owner: owner) }
            var extra = "\n# --- pgcoach: restored from a backup by a lesson action ---\n"
            for setting in settings { extra += setting.configurationLine + "\n" }
            let configuration = try data.openAppendingFile("postgresql.conf", owner: owner)
            defer { close(configuration) }
            try DescriptorWriter.writeAll(extra, to: configuration, path: node.dataDirectory + "/postgresql.conf")
            try start(node)
        } catch {
            try? removeNode(name)
            throw error
        }
        return node
    }
}
