import Foundation

/// What Linux's /proc says about processes. The sandbox uses it to tell a live owner from a
/// reused pid, to check that a pid really is a server of a given data directory before
/// signalling it, and to find every process of one cluster: each server process changes into
/// its data directory, so its working directory names the cluster it belongs to.
enum ProcessTable {
    /// The fields of /proc/<pid>/stat after the command name, which is the only field that may
    /// contain spaces or parentheses and is therefore skipped up to its last `)`.
    private static func statFields(of pid: pid_t) -> [Substring]? {
        guard pid > 0, let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }

    /// The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat),
    /// or nil when there is no such process. Together with the pid it identifies a process
    /// across pid reuse.
    static func startTime(of pid: pid_t) -> UInt64? {
        // Fields after the command name start at field 3 (state); field 22 is index 19.
        guard let fields = statFields(of: pid), fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }

    /// The session id (field 6 of /proc/<pid>/stat).
    static func sessionID(of pid: pid_t) -> pid_t? {
        guard let fields = statFields(of: pid), fields.count > 3 else { return nil }
        return pid_t(fields[3])
    }

    /// The environment a process started with, as `NAME=value` entries (root reads anyone's).
    static func environment(of pid: pid_t) -> [Substring] {
        // Not FileManager: it trusts the size /proc reports, which is 0.
        let file = open("/proc/\(pid)/environ", O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return [] }
        defer { close(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while bytes.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\0")
    }

    /// Every process id in /proc.
    static func allProcesses() -> [pid_t] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { pid_t($0) }
    }

    /// True while `pid` names a process that has not exited. A zombie counts as exited: it runs
    /// no code, and an orphaned server's zombie is reaped by init, not by us.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let fields = statFields(of: pid), let state = fields.first else { return false }
        return state != "Z" && state != "X"
    }

    /// The working directory of a process, without the " (deleted)" suffix the kernel adds once
    /// the directory is removed; nil when the process is gone or not ours to inspect.
    static func workingDirectory(of pid: pid_t) -> String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")
        else { return nil }
        let deleted = " (deleted)"
        return target.hasSuffix(deleted) ? String(target.dropLast(deleted.count)) : target
    }

    /// The real user id of a process (first number of the `Uid:` line of /proc/<pid>/status).
    static func userID(of pid: pid_t) -> uid_t? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("Uid:") {
            return line.dropFirst(4).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { uid_t($0) }
        }
        return nil
    }

    /// The file name of the program a process runs (from /proc/<pid>/exe), or nil when the
    /// process is gone or not ours to inspect.
    static func programName(of pid: pid_t) -> String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
        else { return nil }
        let name = target.split(separator: "/").last.map(String.init) ?? target
        return name.split(separator: " ").first.map(String.init)
    }

    /// Whether `pid` is a running PostgreSQL server process of the cluster in `dataDirectory`
    /// (a canonical path): it runs the postgres program and works in that directory. Both must
    /// hold, so a shell someone left in the directory is never mistaken for the server.
    static func isServerProcess(_ pid: pid_t, of dataDirectory: String) -> Bool {
        guard isRunning(pid), workingDirectory(of: pid) == dataDirectory, let program = programName(of: pid)
        else { return false }
        return program == "postgres" || program == "postmaster"
    }

    /// Every running server process of the cluster in `dataDirectory` (a canonical path).
    static func serverProcesses(of dataDirectory: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { pid_t($0) }.filter { isServerProcess($0, of: dataDirectory) }
    }
}
