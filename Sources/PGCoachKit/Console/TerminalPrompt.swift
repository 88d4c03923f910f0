#if canImport(Glibc)
import Glibc
#endif

/// psql's `simple_prompt`: asks on the controlling terminal (`/dev/tty`) when there is one,
/// with echo off for passwords, whatever stdin and stdout are. Without a terminal the caller
/// falls back to the script's input, as psql falls back to stdin and stderr.
enum TerminalPrompt {
    enum Answer: Equatable {
        /// The line typed, without its newline (empty at end of input, as psql's).
        case line(String)
        /// Ctrl-C while asking: psql gives up silently.
        case cancelled
        /// No controlling terminal.
        case noTerminal
    }

    static func read(_ prompt: String?, echo: Bool) -> Answer {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return .noTerminal }
        defer { close(fd) }
        var saved = termios()
        let canRestore = !echo && tcgetattr(fd, &saved) == 0
        if canRestore {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        if let prompt { writeAll(fd, Array(prompt.utf8)) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        var cancelled = false
        while true {
            let count = Glibc.read(fd, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { break }
                line.append(byte)
            } else {
                // SIGINT handlers run without SA_RESTART: Ctrl-C ends the read with EINTR.
                cancelled = count < 0 && errno == EINTR
                break
            }
        }
        if canRestore { tcsetattr(fd, TCSAFLUSH, &saved) }
        if cancelled {
            writeAll(fd, [UInt8(ascii: "\n")])
            return .cancelled
        }
        // The newline the learner typed was not echoed.
        if !echo { writeAll(fd, [UInt8(ascii: "\n")]) }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return .line(String(decoding: line, as: UTF8.self))
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if errno != EINTR { return }
        }
    }
}
