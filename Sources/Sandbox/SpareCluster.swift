import Foundation

/// A copy of the saved cluster made ahead of the next `restore(fromDirectory:)`, so that a
/// `\reset` swaps it in with two renames instead of copying 80 MB while the learner waits.
///
/// It is made on a background thread shortly after a restore or a seeded start, in the sandbox's `snapshots` directory, which is ours (root's,
/// 0700) and out of the server account's reach: the learner, who acts as that account, can
/// neither read nor change the spare's files. The learner can rename `snapshots` itself (it
/// sits in the server account's directory), so the directory is checked through its descriptor
/// both when the copy is made and when it is swapped in, and the renames go through that
/// descriptor: a `snapshots` swapped for one of the learner's never supplies the data, the
/// restore then copies as before.
///
/// The data directory it replaces is moved into `snapshots` as well and removed on the next
/// background run, off the learner's clock.
final class SpareCluster: @unchecked Sendable {
    /// The names inside `snapshots`; a dot keeps them apart from `snapshot(to:)` names.
    static let spareName = ".spare"
    static let discardedName = ".discarded"

    /// How long the copy waits before it starts: the start or reset that asked for it is still
    /// starting background sessions and showing the prompt, and should not share the machine.
    static let delay = 0.5

    /// The saved cluster this spare is a copy of.
    let source: String
    private let snapshotsDirectory: String
    private let done = DispatchSemaphore(value: 0)
    private let wakeUp = DispatchSemaphore(value: 0)
    // Guarded by `lock`.
    private let lock = NSLock()
    private var copying = false
    private var cancelled = false
    // Written by the worker thread before `done` is signalled, read after.
    private var made = false

    /// Starts, after `delay`, removing what a previous swap discarded, then copying `source` to
    /// the spare. `owner` receives the copied files (the server account when it is not us).
    /// `turnLock` is the `SpareTurn` file: the copy waits for its turn (no start or restore
    /// running, no other spare copy) so that a class starting at once is not slowed by copies.
    init(source: String, snapshotsDirectory: String, owner: ServerAccount?, turnLock: String?) {
        self.source = source
        self.snapshotsDirectory = snapshotsDirectory
        Thread.detachNewThread { [self] in
            _ = wakeUp.wait(timeout: .now() + Self.delay)
            let turn = turnLock.map { open($0, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) } ?? -1
            defer { if turn >= 0 { close(turn) } }  // closing releases the turn
            while true {
                let taken = turn < 0 || flock(turn, LOCK_EX | LOCK_NB) == 0
                let go = lock.withLock { () -> Bool? in
                    if cancelled { return false }
                    copying = taken
                    return taken ? true : nil
                }
                if let go {
                    if go { break }
                    done.signal()
                    return
                }
                _ = wakeUp.wait(timeout: .now() + 0.05)
            }
            do {
                // At normal priority: a lower one starves on a busy machine, and a restore that
                // comes meanwhile would wait for it far longer than for a copy of its own.
                let calledOff: @Sendable () -> Bool = { [self] in lock.withLock { cancelled } }
                made = (try? Self.make(from: source, in: snapshotsDirectory, owner: owner, calledOff: calledOff)) != nil
            }
            done.signal()
        }
    }

    /// Waits for the copy; returns whether the spare is complete. A copy that has not started
    /// yet is called off instead (the caller then copies itself, sooner than delay plus copy).
    func wait() -> Bool {
        lock.withLock { if !copying { cancelled = true } }
        wakeUp.signal()
        done.wait()
        done.signal()
        return made
    }

    /// Calls the copy off even when it is under way (the sandbox is going away), and waits
    /// until the worker has stopped touching the sandbox.
    func abandon() {
        lock.withLock { cancelled = true }
        wakeUp.signal()
        done.wait()
        done.signal()
    }

    /// Waits for the copy without calling it off; returns whether the spare is complete (tests).
    func waitUntilMade() -> Bool {
        done.wait()
        done.signal()
        return made
    }

    /// Replaces `sandboxDirectory`'s data directory (`dataName`, its server stopped) with the
    /// spare. Returns false, having changed nothing it cannot recover from, when the spare is not
    /// there or `snapshots` is not ours any more: the caller then copies as before.
    func swapIn(sandboxDirectory: String, dataName: String) -> Bool {
        guard wait(), let sandbox = try? DirectoryHandle.open(sandboxDirectory),
            let snapshots = try? Self.ownSnapshots(in: sandbox, named: snapshotsName),
            snapshots.status(of: Self.spareName) != nil
        else { return false }
        // The old data out of the way (a missing one is fine: the restore removes it anyway),
        // then the spare into its place.
        if !Self.setAside(dataName, from: sandbox, into: snapshots) && errno != ENOENT { return false }
        return renameat(snapshots.descriptor, Self.spareName, sandbox.descriptor, dataName) == 0
    }

    /// Moves `sandboxDirectory`'s data directory `dataName` (its server stopped) into its
    /// `snapshots` directory as the discarded copy, which the next spare run removes off the
    /// learner's clock (a restore with no spare ready need not wait for the removal). False
    /// when it cannot (no `snapshots` of ours; an earlier discarded copy still there): the
    /// caller then removes the data directory itself.
    static func setAside(dataName: String, sandboxDirectory: String, snapshotsName: String) -> Bool {
        guard let sandbox = try? DirectoryHandle.open(sandboxDirectory),
            let snapshots = try? ownSnapshots(in: sandbox, named: snapshotsName)
        else { return false }
        return setAside(dataName, from: sandbox, into: snapshots)
    }

    private static func setAside(
        _ dataName: String, from sandbox: borrowing DirectoryHandle, into snapshots: borrowing DirectoryHandle
    ) -> Bool {
        renameat(sandbox.descriptor, dataName, snapshots.descriptor, discardedName) == 0
    }

    private var snapshotsName: String { FileTree.split(snapshotsDirectory).name }

    /// `snapshots` in `sandbox`, only when it is a directory of ours that nobody else may enter.
    static func ownSnapshots(in sandbox: borrowing DirectoryHandle, named name: String) throws -> DirectoryHandle {
        let snapshots = try sandbox.directory(name)
        var info = stat()
        guard fstat(snapshots.descriptor, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 == 0 else {
            errno = EPERM
            throw FileTree.failure("use (not ours)", snapshots.path)
        }
        return snapshots
    }

    private static func make(
        from source: String, in snapshotsDirectory: String, owner: ServerAccount?, calledOff: @escaping @Sendable () -> Bool
    ) throws {
        let (sandboxDirectory, name) = FileTree.split(snapshotsDirectory)
        let sandbox = try DirectoryHandle.open(sandboxDirectory)
        let snapshots = try ownSnapshots(in: sandbox, named: name)
        try FileTree.removeEntry(in: snapshots, discardedName)
        try FileTree.removeEntry(in: snapshots, spareName)
        try FileTree.copy(from: source, into: snapshots, as: spareName, owner: owner, calledOff: calledOff)
    }
}

extension SpareCluster {
    /// Starts a spare of `source` for the sandbox in `sandboxDirectory`, creating its
    /// `snapshots` directory (ours, 0700) when there is none; nil when there is one that is not
    /// ours (the learner's), which only costs the next restore its shortcut.
    static func start(
        of source: String, sandboxDirectory: String, snapshotsName: String, owner: ServerAccount?, turnLock: String?
    ) -> SpareCluster? {
        guard let sandbox = try? DirectoryHandle.open(sandboxDirectory) else { return nil }
        if sandbox.status(of: snapshotsName) == nil {
            guard (try? sandbox.makeDirectory(snapshotsName, permissions: 0o700, owner: nil)) != nil else { return nil }
        }
        guard (try? ownSnapshots(in: sandbox, named: snapshotsName)) != nil else { return nil }
        return SpareCluster(
            source: source, snapshotsDirectory: sandboxDirectory + "/" + snapshotsName, owner: owner, turnLock: turnLock)
    }
}
