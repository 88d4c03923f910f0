import Foundation

/// Copies of saved lesson clusters waiting in the runtime directory (`ready/`, ours, 0700) for
/// the next start from them: a warm start renames one into its new sandbox instead of copying
/// 80 MB of cluster while the learner waits.
///
/// A sandbox that goes away supplies them: the spare it kept for its next `\reset`
/// (`SpareCluster`), a copy of the same saved cluster, would otherwise be deleted unused. Each
/// copy is named after the identity of the cache entry it equals (device, inode, times): a
/// cache entry saved again is a new directory, and never receives an older copy, whose rows
/// and timestamps could differ from the baseline cached beside the new one.
///
/// Everything goes by rename through directory descriptors: a copy is taken whole by exactly
/// one start, and an evicted one is renamed out of the way before it is removed, so a start
/// never receives a copy half deleted. The server account cannot enter `ready/`.
public enum ReadyCluster {
    static let directoryName = "ready"
    /// How many copies may wait (80 MB of memory each on /dev/shm): the lessons met last.
    static let kept = 2

    /// The name of the ready copy of the cache entry `entry` as it is now, or nil without one.
    /// It identifies the entry as saved: the judge's cached baseline carries it too, so that a
    /// baseline is only ever used with the very cluster it was measured on.
    public static func name(of entry: String) -> String? {
        var info = stat()
        guard stat(entry, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return "\(info.st_dev)-\(info.st_ino)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    /// Moves the ready copy of `entry` in as `sandboxDirectory/dataName` (which must not exist);
    /// false when there is none, and nothing changed.
    static func take(entry: String, runtimeDirectory: String, sandboxDirectory: String, dataName: String) -> Bool {
        guard let name = name(of: entry), let runtime = try? DirectoryHandle.open(runtimeDirectory),
            runtime.status(of: directoryName) != nil,
            let ready = try? SpareCluster.ownSnapshots(in: runtime, named: directoryName),
            ready.status(of: name) != nil,
            let sandbox = try? DirectoryHandle.open(sandboxDirectory)
        else { return false }
        return renameat(ready.descriptor, name, sandbox.descriptor, dataName) == 0
    }

    /// Moves the complete copy `snapshotsDirectory/spareName` (a directory of ours) to the ready
    /// copies as the copy of `entry`, then evicts the oldest beyond `kept`. Any failure leaves
    /// the spare where it was, to go with its sandbox.
    static func keep(spareName: String, in snapshotsDirectory: String, asCopyOf entry: String, runtimeDirectory: String) {
        guard let name = name(of: entry), let runtime = try? DirectoryHandle.open(runtimeDirectory) else { return }
        if runtime.status(of: directoryName) == nil {
            guard (try? runtime.makeDirectory(directoryName, permissions: 0o700, owner: nil)) != nil else { return }
        }
        let (sandboxDirectory, snapshotsName) = FileTree.split(snapshotsDirectory)
        guard let ready = try? SpareCluster.ownSnapshots(in: runtime, named: directoryName),
            let sandbox = try? DirectoryHandle.open(sandboxDirectory),
            let snapshots = try? SpareCluster.ownSnapshots(in: sandbox, named: snapshotsName),
            // Fails when a copy of that entry waits already: ours then goes with the sandbox.
            renameat(snapshots.descriptor, spareName, ready.descriptor, name) == 0
        else { return }
        evictBeyondKept(in: ready)
    }

    /// The copies waiting under `runtimeDirectory` and the memory they take (for `doctor`).
    public static func inventory(runtimeDirectory: String) -> (copies: Int, bytes: Int64) {
        let root = runtimeDirectory + "/" + directoryName
        let copies = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }
        return (copies.count, FileTree.diskUsage(of: root))
    }

    /// Removes every waiting copy (`doctor --clean`) the way eviction does, so that a start
    /// taking one meanwhile gets it whole or not at all; how many were removed.
    public static func removeAll(runtimeDirectory: String) -> Int {
        guard let runtime = try? DirectoryHandle.open(runtimeDirectory), runtime.status(of: directoryName) != nil,
            let ready = try? SpareCluster.ownSnapshots(in: runtime, named: directoryName)
        else { return 0 }
        var removed = 0
        for name in ((try? ready.entries()) ?? []) where !name.hasPrefix(".") && remove(name, in: ready) { removed += 1 }
        return removed
    }

    /// Removes the oldest copies (by the time they were put there) beyond `kept`, each renamed
    /// to a name of this process first so that no start can be taking it meanwhile.
    private static func evictBeyondKept(in ready: borrowing DirectoryHandle) {
        let copies = ((try? ready.entries()) ?? []).filter { !$0.hasPrefix(".") }
        guard copies.count > kept else { return }
        let byAge = copies.compactMap { name in ready.status(of: name).map { (name, $0.st_ctim.tv_sec, $0.st_ctim.tv_nsec) } }
            .sorted { ($0.1, $0.2) > ($1.1, $1.2) }
        for (name, _, _) in byAge.dropFirst(kept) { _ = remove(name, in: ready) }
    }

    /// Renames the copy `name` to a name of this process, so that no start can be taking it
    /// meanwhile, then removes it; false when it was gone already.
    private static func remove(_ name: String, in ready: borrowing DirectoryHandle) -> Bool {
        let doomed = ".removed-\(getpid())"
        try? FileTree.removeEntry(in: ready, doomed)
        guard renameat(ready.descriptor, name, ready.descriptor, doomed) == 0 else { return false }
        try? FileTree.removeEntry(in: ready, doomed)
        return true
    }
}
