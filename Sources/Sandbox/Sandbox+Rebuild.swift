import Foundation

/// Taking a node away so it can be built again (a lesson's `rebuild_standby` action).
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
}
