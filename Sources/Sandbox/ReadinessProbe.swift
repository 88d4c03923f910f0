import CLibPQ
import Foundation

/// Waiting for a starting server to accept connections.
///
/// pg_ctl polls every 100 ms; a sandbox is usually ready in a few tens of milliseconds, so
/// asking libpq's `PQpingParams` every 5 ms saves most of a poll interval on every start.
enum ReadinessProbe {
    /// The pause between two pings.
    static let interval: useconds_t = 5_000

    /// Pings the server on `socketDirectory`/`port` until it accepts connections. Throws when
    /// `exitStatus` reports that the server died, or after `timeout` seconds; both errors quote
    /// the end of the server log at `logPath`.
    static func waitUntilReady(
        socketDirectory: String, port: Int, user: String, timeout: Double, logPath: String,
        exitStatus: () -> Int32?
    ) throws {
        let keywords = ["host", "port", "dbname", "user", "connect_timeout"]
        let values = [socketDirectory, String(port), "postgres", user, "2"]
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            switch ping(keywords: keywords, values: values) {
            case PQPING_OK:
                return
            case PQPING_NO_ATTEMPT:
                // Bad parameters: no amount of waiting helps.
                throw SandboxError.serverNotReady(seconds: 0, logTail: "libpq refused the connection parameters")
            default:
                // Not listening yet (no socket) or still starting up: keep asking.
                break
            }
            if let status = exitStatus() {
                throw SandboxError.serverExited(status: status, logTail: ServerLog.tail(logPath))
            }
            if Date() > deadline {
                throw SandboxError.serverNotReady(seconds: timeout, logTail: ServerLog.tail(logPath))
            }
            usleep(interval)
        }
    }

    private static func ping(keywords: [String], values: [String]) -> PGPing {
        let keywordPointers = keywords.map { UnsafePointer(strdup($0)) } + [nil]
        let valuePointers = values.map { UnsafePointer(strdup($0)) } + [nil]
        defer {
            keywordPointers.forEach { free(UnsafeMutableRawPointer(mutating: $0)) }
            valuePointers.forEach { free(UnsafeMutableRawPointer(mutating: $0)) }
        }
        return PQpingParams(keywordPointers, valuePointers, 0)
    }
}
