import Foundation

/// Everything that can go wrong while finding PostgreSQL, building the template or running a
/// sandbox. Messages are written for the person at the terminal: they say what was tried and
/// what to do next, because `pgcoach start` and `pgcoach doctor` print them as they are.
public enum SandboxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No directory with both `postgres` and `initdb` was found; `tried` lists each place and why
    /// it did not qualify.
    case installationNotFound(tried: [String])
    /// A directory the user named explicitly (`--pg-bin`, `PGCOACH_PG_BIN`) is not usable.
    case installationUnusable(source: String, directory: String, reason: String)
    /// The account that should run the server cannot be used.
    case accountUnusable(String)
    /// A directory pgcoach needs (cache, runtime) cannot be used safely.
    case directoryUnusable(path: String, reason: String)
    /// A system call on a file failed.
    case fileSystem(operation: String, path: String, errno: Int32)
    /// A helper program (initdb, pg_config, postgres --version) failed.
    case commandFailed(command: String, status: Int32, output: String)
    /// The server process exited before it accepted connections.
    case serverExited(status: Int32, logTail: String)
    /// The server did not accept connections in time.
    case serverNotReady(seconds: Double, logTail: String)
    /// An operation needs a running sandbox, but it was stopped.
    case sandboxStopped
    /// A snapshot name that is not a plain file name, or a snapshot that does not exist.
    case snapshotUnusable(name: String, reason: String)
    /// A lesson named a server the sandbox does not have.
    case noSuchServer(name: String)
    /// A further server (a standby) could not be made.
    case nodeNotBuilt(name: String, reason: String)

    public var description: String {
        switch self {
        case .installationNotFound(let tried):
            return """
                PostgreSQL server binaries (postgres and initdb) were not found. Tried:
                \(tried.map { "  - \($0)" }.joined(separator: "\n"))
                Install the server (Debian/Ubuntu: apt-get install postgresql), or point pgcoach at \
                its bin directory with --pg-bin DIR or PGCOACH_PG_BIN=DIR.
                """
        case .installationUnusable(let source, let directory, let reason):
            return "\(source) names \(directory), which is not usable: \(reason)."
        case .accountUnusable(let reason):
            return reason
        case .directoryUnusable(let path, let reason):
            return "cannot use \(path): \(reason)"
        case .fileSystem(let operation, let path, let code):
            return "\(operation) \(path): \(String(cString: strerror(code)))"
        case .commandFailed(let command, let status, let output):
            let detail = output.isEmpty ? "" : "\n" + output
            return "\(command) failed (exit status \(status))\(detail)"
        case .serverExited(let status, let logTail):
            return "the PostgreSQL server exited during start (status \(status)). Last lines of its log:\n\(logTail)"
        case .serverNotReady(let seconds, let logTail):
            return "the PostgreSQL server did not accept connections within \(seconds) s. "
                + "Last lines of its log:\n\(logTail)"
        case .sandboxStopped:
            return "the sandbox has been stopped"
        case .snapshotUnusable(let name, let reason):
            return "snapshot \"\(name)\": \(reason)"
        case .noSuchServer(let name):
            return "the sandbox has no server called \(name)"
        case .nodeNotBuilt(let name, let reason):
            return "could not make the server \(name): \(reason)"
        }
    }
}
