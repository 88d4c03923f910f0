import Foundation

/// A sandbox left behind by a pgcoach that died without stopping it (kill -9, a crash, a lost
/// machine session).
public struct StaleSandbox: Sendable, Equatable {
    /// The sandbox directory.
    public let directory: String
    /// The dead owner, or nil when the owner file is missing or unreadable.
    public let owner: SandboxOwner?
    /// The pid of its postmaster if one is still running, else nil.
    public let serverPID: Int32?
}

/// Finding and removing stale sandboxes in one runtime directory.
///
/// Every sandbox directory holds an owner file naming the pgcoach process (pid and start time)
/// that created it. A sandbox whose owner is gone is stale; so is one without an owner file
/// that is older than a minute (its creator died between creating the directory and writing
/// the file). Cleaning one stops its server, after checking from /proc that the pid in
/// `postmaster.pid` really is a postgres process of that data directory, and removes it.
public struct StaleSandboxes: Sendable {
    /// The runtime directories searched.
    public let runtimeDirectories: [String]

    /// Sandbox directory names start with this prefix.
    static let namePrefix = "sandbox-"
    /// How old a sandbox without owner file must be before it counts as stale.
    static let ownerlessGraceSeconds = 60.0

    /// Searches `runtimeDirectory`. The path is made canonical, because server processes are
    /// recognised by their working directory as /proc reports it.
    public init(runtimeDirectory: String) {
        self.init(runtimeDirectories: [runtimeDirectory])
    }

    /// Searches several runtime directories.
    public init(runtimeDirectories: [String]) {
        self.runtimeDirectories = runtimeDirectories.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }

    /// Searches the runtime directory `options` name, or every one a default start may have used.
    public init(options: SandboxOptions) throws {
        let account = try ServerAccount.resolve(requested: options.runAs)
        self.init(runtimeDirectories: SandboxLocations.runtimeDirectoriesToSearch(options: options, account: account))
    }

    /// The stale sandboxes, in path order.
    public func find() -> [StaleSandbox] {
        let directories = runtimeDirectories.flatMap { root in
            ((try? FileTree.entries(of: root)) ?? []).filter { $0.hasPrefix(Self.namePrefix) }.map { root + "/" + $0 }
        }
        return directories.sorted().compactMap { directory in
            let owner = SandboxOwner.read(fromSandbox: directory)
            if let owner, owner.isAlive { return nil }
            if owner == nil && !Self.isOlderThanGrace(directory) { return nil }
            return StaleSandbox(directory: directory, owner: owner, serverPID: Self.runningServer(in: directory))
        }
    }

    /// Stops the server of every stale sandbox and removes its directory. Returns what was
    /// cleaned; a sandbox that could not be removed is left for the next attempt.
    @discardableResult
    public func clean() -> [StaleSandbox] {
        find().filter { stale in
            // The primary and every further node (standbys in `nodes/<name>/data`).
            for dataDirectory in Self.dataDirectories(in: stale.directory) {
                if let pid = Self.runningServer(of: dataDirectory) {
                    ServerShutdown.stop(pid: pid, dataDirectory: dataDirectory) {
                        !ProcessTable.isServerProcess(pid, of: dataDirectory)
                    }
                } else {
                    ServerShutdown.killRemainingProcesses(of: dataDirectory)
                }
            }
            // What the learner started from the server's account, tied to this sandbox.
            LearnerProcesses.end(sandboxDirectory: stale.directory, account: nil, sessionLeader: nil)
            return (try? FileTree.remove(stale.directory)) != nil
        }
    }

    /// The postmaster of the sandbox in `directory`, if it is still running: the first line of
    /// postmaster.pid, accepted only if /proc shows a postgres process working in that data
    /// directory (a pid from a dead server may since belong to anything).
    static func runningServer(in directory: String) -> Int32? {
        runningServer(of: directory + "/" + Sandbox.dataDirectoryName)
    }

    /// The data directories of a sandbox: the primary's, then each node's.
    static func dataDirectories(in directory: String) -> [String] {
        let nodes = directory + "/" + Sandbox.nodesDirectoryName
        let names = ((try? FileTree.entries(of: nodes)) ?? []).filter(SandboxNode.isValidName).sorted()
        return [directory + "/" + Sandbox.dataDirectoryName] + names.map { nodes + "/" + $0 + "/" + Sandbox.dataDirectoryName }
    }

    /// The postmaster of the data directory, if it is still running (see `runningServer(in:)`).
    static func runningServer(of dataDirectory: String) -> Int32? {
        guard let bytes = FileTree.read(dataDirectory + "/postmaster.pid", limit: 4096),
            let first = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init),
            let pid = Int32(first.trimmingCharacters(in: .whitespaces)),
            ProcessTable.isServerProcess(pid, of: dataDirectory)
        else { return nil }
        return pid
    }

    private static func isOlderThanGrace(_ directory: String) -> Bool {
        var info = stat()
        guard lstat(directory, &info) == 0 else { return false }
        let modified = Double(info.st_mtim.tv_sec)
        return Date().timeIntervalSince1970 - modified > ownerlessGraceSeconds
    }
}
