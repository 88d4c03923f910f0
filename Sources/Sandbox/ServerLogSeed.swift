import Foundation

/// Writes the log a saved cluster was set up with into a new sandbox's `server.log` before
/// its server starts, so events that happened during a lesson's setup (a deadlock, a failed
/// archive command) are in the log on every start, not only on the first one that ran setup.
enum ServerLogSeed {
    static func seed(_ text: String, to path: String, account: ServerAccount) throws {
        // A fresh sandbox directory: the file cannot exist yet, and must not be a planted link.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileTree.failure("create", path) }
        defer { close(descriptor) }
        if account.needsSwitch { fchown(descriptor, account.uid, account.gid) }
        try DescriptorWriter.writeAll(text, to: descriptor, path: path)
    }
}
