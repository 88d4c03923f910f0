import Foundation

/// Ending what the learner started from the server's account.
///
/// The learner is a superuser inside the sandbox, so `COPY … TO PROGRAM 'setsid sleep 1000 &'`
/// starts programs as the server account that would outlive the server. The first line of
/// defence is the postmaster's keeper (`pgcoach_spawn_kept`): it is the subreaper of every
/// process the server's descendants leave behind and kills them all once the server is gone.
/// This is the second, for a keeper that is gone too (a machine session lost, a keeper killed
/// by root): a process belongs to the sandbox when it runs as the server account and
/// - carries the marker variable the postmaster was started with (every backend, and every
///   program a backend starts, inherits it), or
/// - is in the postmaster's session, or
/// - (when the server account is not our own) works inside the sandbox directory.
enum LearnerProcesses {
    /// The environment variable every server process of a sandbox carries: its directory.
    static let markerVariable = "PGCOACH_SANDBOX"
    /// How long killing may take before giving up (a process in uninterruptible sleep).
    static let timeout = 2.0

    /// Kills every process of the server account tied to the sandbox in `sandboxDirectory` and
    /// waits until they are gone. `account` is nil for a stale sandbox of a dead pgcoach (its
    /// server account is then whoever owns the directory).
    static func end(sandboxDirectory: String, account: ServerAccount?, sessionLeader: pid_t?) {
        var info = stat()
        guard let uid = account?.uid ?? (lstat(sandboxDirectory, &info) == 0 ? info.st_uid : nil) else { return }
        let deadline = Date().addingTimeInterval(timeout)
        let started = ContinuousClock.now
        defer { SandboxTrace.note("learner processes ended in \(SandboxTrace.milliseconds(ContinuousClock.now - started))") }
        while true {
            let found = processes(of: uid, sandboxDirectory: sandboxDirectory, sessionLeader: sessionLeader)
            if found.isEmpty || Date() > deadline { return }
            for pid in found { kill(pid, SIGKILL) }
            usleep(ServerShutdown.pollInterval)
        }
    }

    /// The running processes `end` kills.
    static func processes(of uid: uid_t, sandboxDirectory: String, sessionLeader: pid_t?) -> [pid_t] {
        let me = getpid()
        let marker = markerVariable + "=" + sandboxDirectory
        let inside = sandboxDirectory + "/"
        // As non-root the server account is our own: a shell of ours in the directory is not
        // the learner's.
        let byDirectory = uid != geteuid()
        return ProcessTable.allProcesses().filter { pid in
            guard pid != me, ProcessTable.userID(of: pid) == uid, ProcessTable.isRunning(pid) else { return false }
            if let sessionLeader, ProcessTable.sessionID(of: pid) == sessionLeader { return true }
            if ProcessTable.environment(of: pid).contains(where: { $0 == marker }) { return true }
            guard byDirectory, let directory = ProcessTable.workingDirectory(of: pid) else { return false }
            return directory == sandboxDirectory || directory.hasPrefix(inside)
        }
    }
}
