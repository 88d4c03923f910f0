import Foundation

/// Whether a server process of a sandbox is asleep waiting for something to happen to it —
/// in `epoll_wait` (a backend waits for its client and for heavyweight locks there, on its
/// latch), runnable by nothing but a new event, and with no signal pending for it.
///
/// The judge uses it to tell a session that is really parked from one that was just told to
/// go: `pg_terminate_backend` and `pg_cancel_backend` return once the signal is sent, and a
/// signalled backend is pending, runnable or on its way out (never back in `epoll_wait` in
/// the state it was signalled in) until it acts on it. Read from /proc: Linux only; anything
/// unreadable (another platform, a ptrace restriction) answers false, the careful answer.
extension Sandbox {
    public func backendIsResting(_ pid: Int32) -> Bool {
        guard ProcessTable.isServerProcess(pid, of: URL(fileURLWithPath: dataDirectory).resolvingSymlinksInPath().path) else {
            return false
        }
        // Signals first: a pending one means the process is about to change, whatever it shows.
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        var sleeping = false
        var pendingSeen = 0
        for line in status.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2 else { continue }
            switch parts[0] {
            case "State:": sleeping = parts[1] == "S"
            case "SigPnd:", "ShdPnd:":
                guard UInt64(parts[1], radix: 16) == 0 else { return false }
                pendingSeen += 1
            default: continue
            }
        }
        guard sleeping, pendingSeen == 2,
            let syscall = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8),
            let number = syscall.split(separator: " ").first.flatMap({ Int($0) })
        else { return false }
        return Self.epollWaitCalls.contains(number)
    }

    /// `epoll_wait`, `epoll_pwait` and `epoll_pwait2` by this machine's system call numbers.
    private static var epollWaitCalls: Set<Int> {
        #if arch(x86_64)
        return [232, 281, 441]
        #elseif arch(arm64)
        return [22, 441]
        #else
        return []
        #endif
    }
}
