import CShims
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
    /// The data directory it serves, as a canonical path.
    let dataDirectory: String
    /// The exit status once the postmaster has been reaped.
    private(set) var exitStatus: Int32?

    private init(pid: pid_t, dataDirectory: String) {
        self.pid = pid
        self.dataDirectory = dataDirectory
    }

    /// Starts a server on `dataDirectory`, listening only on a Unix socket in `socketDirectory`,
    /// appending its output to `logPath`, and returns once it accepts connections.
    static func start(
        installation: PostgresInstallation, account: ServerAccount, dataDirectory: String,
        socketDirectory: String, port: Int, logPath: String, timeout: Double
    ) throws -> Postmaster {
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard log >= 0 else { throw FileTree.failure("open", logPath) }
        defer { close(log) }
        if account.needsSwitch { fchown(log, account.uid, account.gid) }

        // listen_addresses is also in the template's configuration; repeating it here keeps a
        // sandbox off the network even if a lesson's ALTER SYSTEM changed it.
        let arguments = ["-D", dataDirectory, "-k", socketDirectory, "-p", String(port), "-c", "listen_addresses="]
        let pid = try ChildProcess.spawn(
            installation.executable("postgres"), arguments: arguments,
            environment: ChildProcess.controlledEnvironment(locale: TemplateCluster.locale),
            account: account, workingDirectory: dataDirectory, outputDescriptor: log, newSession: true)
        let postmaster = Postmaster(pid: pid, dataDirectory: dataDirectory)
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

    /// Reaps the postmaster if it has exited; returns whether it is gone.
    @discardableResult
    func reap() -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            // Decoded by hand: the WIFEXITED family are macros Swift cannot import.
            let signal = status & 0x7f
            exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            return true
        }
        if result < 0 && errno == ECHILD {
            // Someone else reaped it (a lesson's own waitpid, or a SIGCHLD handler).
            exitStatus = -1
            return true
        }
        return false
    }

    /// Stops the server (fast, then immediate, then SIGKILL) and waits until no process of its
    /// cluster remains. Safe to call more than once.
    func stop() {
        ServerShutdown.stop(pid: pid, dataDirectory: dataDirectory, hasExited: reap)
    }
}
