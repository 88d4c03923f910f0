import CLibPQ
import Foundation
import Sandbox
import Testing

/// Small helpers for the server-backed sandbox suites: a libpq query, private directories, and
/// an independent look at /proc for processes left behind.
public enum SandboxTestSupport {
    /// The caches of this checkout's tests (`XDG_CACHE_HOME` of the pgcoach processes they run),
    /// kept between runs so that only the first run pays for initdb and lesson setups. One per
    /// checkout: the lock that holds spare copies back while any start runs
    /// (`spare-copy.lock`) lives there, and the tests of one worktree must not wait on the
    /// starts of every other worktree's tests, nor evict their lesson clusters.
    public static let cacheHome = "/tmp/pgcoach-test-cache-\(geteuid())-\(checkoutTag)"
    /// The pgcoach cache inside it, for the suites that start sandboxes in-process.
    public static let sharedCacheDirectory = cacheHome + "/pgcoach"

    /// A short tag of the checkout's path (64-bit FNV-1a, hex).
    private static var checkoutTag: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in BuiltBinary.packageRoot.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// Runs `sql` on a fresh connection and returns the first column of the first row, or
    /// throws libpq's error message.
    @discardableResult
    public static func query(_ conninfo: String, _ sql: String) throws -> String? {
        guard let connection = PQconnectdb(conninfo) else { throw ProbeError("out of memory") }
        defer { PQfinish(connection) }
        guard PQstatus(connection) == CONNECTION_OK else {
            throw ProbeError(String(cString: PQerrorMessage(connection)))
        }
        guard let result = PQexec(connection, sql) else {
            throw ProbeError(String(cString: PQerrorMessage(connection)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK:
            guard PQntuples(result) > 0, PQgetisnull(result, 0, 0) == 0 else { return nil }
            return String(cString: PQgetvalue(result, 0, 0))
        case PGRES_COMMAND_OK:
            return nil
        default:
            throw ProbeError(String(cString: PQresultErrorMessage(result)))
        }
    }

    /// A libpq failure.
    public struct ProbeError: Error, CustomStringConvertible {
        public let description: String
        public init(_ message: String) { description = message }
    }

    /// A fresh, short runtime directory of our own under `root` (/tmp: on disk here).
    public static func makeRuntimeDirectory(under root: String = "/tmp") -> String {
        var template = Array("\(root)/pgct-XXXXXX".utf8CString)
        guard let path = mkdtemp(&template) else { fatalError("mkdtemp: \(errno)") }
        return String(cString: path)
    }

    /// Options for a sandbox in `runtimeDirectory`, using the shared template cache.
    public static func options(runtimeDirectory: String, cacheDirectory: String = sharedCacheDirectory) -> SandboxOptions {
        SandboxOptions(cacheDirectory: cacheDirectory, runtimeDirectory: runtimeDirectory)
    }

    /// Pids of live processes whose working directory is `directory` or below it, read from
    /// /proc without the module's own helpers.
    public static func processes(under directory: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd"),
                let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")"), !stat[close...].hasPrefix(") Z")
            else { return false }
            return cwd == directory || cwd.hasPrefix(directory + "/")
        }
    }

    /// Whether `pid` is a live (non-zombie) process.
    public static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    /// The real uid of a process, from the `Uid:` line of /proc/<pid>/status.
    public static func userID(of pid: Int32) -> uid_t? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("Uid:") }
        return line?.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first.flatMap { uid_t($0) }
    }

    /// The System V shared memory id a running server recorded in line 7 of postmaster.pid.
    public static func sharedMemorySegment(of dataDirectory: String) -> Int32? {
        guard let text = try? String(contentsOfFile: dataDirectory + "/postmaster.pid", encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 6 ? lines[6].split(separator: " ").last.flatMap { Int32($0) } : nil
    }

    /// The uid the server is expected to run as: the `postgres` account when we are root.
    public static var expectedServerUID: uid_t {
        geteuid() == 0 ? (getpwnam("postgres")?.pointee.pw_uid ?? 0) : geteuid()
    }

    /// Removes a test's runtime directory, checking first that no server process is left in it
    /// and that every sandbox in it has been removed.
    public static func removeRuntimeDirectory(_ path: String) {
        #expect(processes(under: path).isEmpty, "server processes left in \(path)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        #expect(left.isEmpty, "left in \(path): \(left)")
        try? FileManager.default.removeItem(atPath: path)
    }
}
