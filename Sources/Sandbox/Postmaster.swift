import CSystem
import Foundation

/// One running postmaster of a sandbox, started and reaped by this pgcoach process.
///
/// It runs the `postgres` binary directly rather than through pg_ctl: pg_ctl would add its own
/// process and its 100 ms readiness polling to every start. `pgcoach_spawn` gives it the same
/// protections pg_ctl gives: a session of its own (the terminal's Ctrl-C must never reach it,
/// since SIGINT means fast shutdown to a postmaster) and its output in a log file.
final class Postmaster {
    /// The postmaster's process id.
    let pid: pid_t
    /// Our child that started it and ends what its processes leave behind (see
    /// `pgcoach_spawn_kept`); it exits, with the postmaster's status, once all of that is gone.
    let keeper: pid_t
    /// The data directory it serves, as a canonical path.
    let dataDirectory: String
    /// The exit status once the postmaster has been reaped.
    private(set) var exitStatus: Int32?

    private init(pid: pid_t, keeper: pid_t, dataDirectory: String) {
        self.pid = pid
        self.keeper = keeper
        self.dataDirectory = dataDirectory
    }

    /// Starts a server on `dataDirectory`, listening only on a Unix socket in `socketDirectory`,
    /// appending its output to `logPath`, and returns once it accepts connections.
    static func start(
        installation: PostgresInstallation, account: ServerAccount, dataDirectory: String,
        socketDirectory: String, port: Int, logPath: String, timeout: Double, marker: String? = nil
    ) throws -> Postmaster {
        try SandboxTrace.timed("server start (spawn to ready)") {
            try spawn(
                installation: installation, account: account, dataDirectory: dataDirectory,
                socketDirectory: socketDirectory, port: port, logPath: logPath, timeout: timeout, marker: marker)
        }
    }

    private static func spawn(
        installation: PostgresInstallation, account: ServerAccount, dataDirectory: String,
        socketDirectory: String, port: Int, logPath: String, timeout: Double, marker: String?
    ) throws -> Postmaster {
        // The log sits in the sandbox directory, which the server account (and so the learner,
        // through COPY … TO PROGRAM) can change: never follow a link there, never chown by path.
        let (logDirectory, logName) = FileTree.split(logPath)
        let log = try DirectoryHandle.open(logDirectory).openAppendingFile(
            logName, owner: account.needsSwitch ? account : nil)
        defer { close(log) }

        // listen_addresses is also in the template's configuration; repeating it here keeps a
        // sandbox off the network even if a lesson's ALTER SYSTEM changed it.
        let arguments = ["-D", dataDirectory, "-k", socketDirectory, "-p", String(port), "-c", "listen_addresses="]
        let (keeper, pid) = try ChildProcess.spawnKept(
            installation.executable("postgres"), arguments: arguments,
            environment: ChildProcess.controlledEnvironment(locale: TemplateCluster.locale).merging(
                [LearnerProcesses.markerVariable: marker ?? socketDirectory]) { $1 },
            account: account, workingDirectory: dataDirectory, outputDescriptor: log)
        let postmaster = Postmaster(pid: pid, keeper: keeper, dataDirectory: dataDirectory)
        do {
            try ReadinessProbe.waitUntilReady(
                socketDirectory: socketDirectory, port: port, user: TemplateCluster.superuser,
                timeout: timeout, logPath: logPath, exitStatus: { postmaster.reap() ? postmaster.exitStatus : nil })
        } catch {
            postmaster.stop()
            throw error
        }
        return postmaster
    }

    /// Reaps the postmaster's keeper if it has exited (after the postmaster, and after ending
    /// everything left behind); returns whether it is gone.
    @discardableResult
    func reap() -> Bool {
        if exitStatus != nil { return true }
        exitStatus = ChildProcess.reapKeeper(keeper)
        return exitStatus != nil
    }

    /// Stops the server (fast, then immediate, then SIGKILL; immediate first when the data is
    /// about to be thrown away) and waits until no process of its cluster remains. Safe to call
    /// more than once.
    func stop(discardingData: Bool = false) {
        SandboxTrace.timed("server stop\(discardingData ? " (immediate: data discarded)" : "")") {
            ServerShutdown.stop(pid: pid, dataDirectory: dataDirectory, discardingData: discardingData, hasExited: reap)
        }
    }
}
