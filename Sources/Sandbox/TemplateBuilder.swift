import Foundation

/// The initdb of a template build, recorded so that a build whose pgcoach was killed can be
/// recovered.
///
/// initdb runs in a session of its own (a Ctrl-C must not kill it half-way), so a kill -9 of
/// pgcoach leaves it running: it keeps writing into its `.building-<pid>` directory while the
/// next start tries to remove that directory (`rmdir …/base/4: Directory not empty`). The
/// builder's pid and start time are recorded next to the template's lock; whoever takes the
/// lock next ends a builder that is still running (its whole session), then removes the
/// partial build.
enum TemplateBuilder {
    /// How long ending an orphaned builder may take.
    static let timeout = 5.0

    /// The record's path for `template`.
    static func recordPath(of template: TemplateCluster) -> String { template.directory + ".builder" }

    /// Records `pid` (a running initdb) as the builder of `template`.
    static func record(_ pid: pid_t, for template: TemplateCluster) {
        guard let owner = SandboxOwner.process(pid) else { return }
        let (directory, name) = FileTree.split(recordPath(of: template))
        try? DirectoryHandle.open(directory).writeFile(name, Array("\(owner.pid) \(owner.startTime)\n".utf8))
    }

    /// Forgets the builder once it has finished.
    static func clear(for template: TemplateCluster) {
        unlink(recordPath(of: template))
    }

    /// Ends a recorded builder that is still running, with everything in its session (the
    /// bootstrap postgres processes initdb starts), and waits until they are gone. Call with
    /// the template's lock held. Returns the builder's pid if one was ended.
    @discardableResult
    static func endOrphan(of template: TemplateCluster) -> pid_t? {
        defer { clear(for: template) }
        guard let bytes = FileTree.read(recordPath(of: template), limit: 256) else { return nil }
        let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let pid = pid_t(words[0]), let start = UInt64(words[1]), pid > 1 else { return nil }
        let builder = SandboxOwner(pid: pid, startTime: start)
        guard builder.isAlive else { return nil }
        // initdb leads its own session (it was spawned with setsid): the session is the build.
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let members = ProcessTable.allProcesses().filter {
                ProcessTable.sessionID(of: $0) == pid && ProcessTable.isRunning($0)
            }
            if members.isEmpty || Date() > deadline { break }
            for member in members { kill(member, SIGKILL) }
            usleep(ServerShutdown.pollInterval)
        }
        return pid
    }

    /// The `.building-` directories of `template` left in `roots` by builds that died. Empty
    /// while a build holds the lock (its directory is not a leftover).
    static func leftovers(of template: TemplateCluster, in roots: [String]) -> [String] {
        guard let lock = template.tryLock() else { return [] }
        defer { close(lock) }
        return buildDirectories(of: template, in: roots)
    }

    /// Ends an orphaned builder and removes the leftovers; returns what was removed.
    static func clean(_ template: TemplateCluster, in roots: [String]) -> [String] {
        guard let lock = template.tryLock() else { return [] }
        defer { close(lock) }
        endOrphan(of: template)
        return buildDirectories(of: template, in: roots).filter { (try? FileTree.remove($0)) != nil }
    }

    /// Build directories whose builder (the pid in the name) is gone. The staging directory is
    /// shared by every cache (one runtime directory per user), and the template lock is per
    /// cache: a build for another cache running at the same time is not a leftover.
    static func buildDirectories(of template: TemplateCluster, in roots: [String]) -> [String] {
        let prefix = template.baseName + ".building-"
        return roots.flatMap { root in
            ((try? FileTree.entries(of: root)) ?? []).filter { name in
                guard name.hasPrefix(prefix) else { return false }
                guard let builder = pid_t(name.dropFirst(prefix.count)) else { return true }
                return builder == getpid() || !ProcessTable.isRunning(builder)
            }.map { root + "/" + $0 }
        }.sorted()
    }
}
