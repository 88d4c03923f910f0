import Foundation

/// Stopping a postmaster and making sure nothing of its cluster survives.
///
/// SIGINT asks for a fast shutdown (roll back, checkpoint, exit); if that hangs, SIGQUIT does an
/// immediate shutdown; if even that hangs, SIGKILL. Server children notice a dead postmaster
/// only eventually, so afterwards every server process still working in the data directory is
/// killed too: each server process changes into its data directory, which is how they are found.
enum ServerShutdown {
    /// How long each step may take before the next, harsher one.
    static let fastTimeout = 5.0
    static let immediateTimeout = 2.0
    static let killTimeout = 2.0
    /// How often exit is checked; a fast shutdown of an idle sandbox takes tens of milliseconds.
    static let pollInterval: useconds_t = 2_000

    /// Stops the postmaster `pid` of `dataDirectory`. `hasExited` says whether it is gone (for our
    /// own child it also reaps it, so no zombie stays behind). With `discardingData` the data
    /// directory is about to be removed or replaced, so the shutdown checkpoint (most of a fast
    /// shutdown's time) is skipped: an immediate shutdown ends the backends and the postmaster
    /// still removes its shared memory and postmaster.pid as it exits.
    static func stop(pid: pid_t, dataDirectory: String, discardingData: Bool = false, hasExited: () -> Bool) {
        var steps: [(Int32, Double)] = [(SIGINT, fastTimeout), (SIGQUIT, immediateTimeout), (SIGKILL, killTimeout)]
        if discardingData { steps.removeFirst() }
        for (signal, timeout) in steps {
            if hasExited() { break }
            kill(pid, signal)
            if waitUntil(timeout: timeout, hasExited) { break }
        }
        killRemainingProcesses(of: dataDirectory)
    }

    /// Kills every server process of the cluster in `dataDirectory`, waits for them to go, then
    /// frees the shared memory a killed server leaves behind.
    static func killRemainingProcesses(of dataDirectory: String) {
        let deadline = Date().addingTimeInterval(killTimeout)
        while true {
            let remaining = ProcessTable.serverProcesses(of: dataDirectory)
            if remaining.isEmpty {
                removeOrphanedSharedMemory(of: dataDirectory)
                return
            }
            if Date() > deadline { return }
            for pid in remaining { kill(pid, SIGKILL) }
            usleep(pollInterval)
        }
    }

    /// Removes the System V shared memory segment of a server that did not shut down cleanly.
    /// A clean shutdown removes it and postmaster.pid; after a kill both stay, and the segment
    /// would outlive the removed sandbox until reboot. The 7th line of postmaster.pid holds the
    /// segment's key and id; it is removed only if the key matches and nothing is attached.
    /// (Dynamic shared memory needs no such care: the template sets
    /// `dynamic_shared_memory_type = mmap`, so it lives in the data directory.)
    static func removeOrphanedSharedMemory(of dataDirectory: String) {
        guard let bytes = FileTree.read(dataDirectory + "/postmaster.pid", limit: 4096) else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 6 else { return }
        let words = lines[6].split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let key = key_t(words[0]), let id = Int32(words[1]) else { return }
        var info = shmid_ds()
        // A killed process detaches as it exits, which on a busy machine may trail a little
        // behind the moment /proc stops listing it as running.
        _ = waitUntil(timeout: killTimeout) {
            shmctl(id, IPC_STAT, &info) != 0 || info.shm_perm.__key != key || info.shm_nattch == 0
        }
        guard shmctl(id, IPC_STAT, &info) == 0, info.shm_perm.__key == key, info.shm_nattch == 0 else { return }
        shmctl(id, IPC_RMID, nil)
    }

    /// Polls `condition` until it holds or `timeout` seconds pass; returns whether it held.
    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { return false }
            usleep(pollInterval)
        }
        return true
    }
}
