import LibC
import PsqlCore

/// Reads lines from a file descriptor without line editing: scripts, pipes, and terminals
/// whose TERM is `dumb`.
///
/// Reads raw bytes so that a NUL, invalid UTF-8 or a 1 MB line cannot break it: invalid
/// sequences are carried as they are (`RawByteText`) for the server to judge, as psql does, and the line is split at `\n` only (a trailing `\r` is
/// kept, as psql keeps it).
public final class PlainLineReader: LineReading {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var lineStart = 0
    private var scanStart = 0
    private var reachedEnd = false
    public let isInteractive: Bool
    /// When interactive without libedit, prompts are written here.
    private let promptDescriptor: Int32

    public init(descriptor: Int32 = 0, interactive: Bool = false, promptDescriptor: Int32 = 1) {
        self.descriptor = descriptor
        self.isInteractive = interactive
        self.promptDescriptor = promptDescriptor
    }

    /// Reads lines from an in-memory script (tests, `--script` already loaded).
    public convenience init(text: String) {
        self.init(descriptor: -1)
        buffer = Array(text.utf8)
        reachedEnd = true
    }

    public var hasBufferedLine: Bool {
        (reachedEnd && lineStart < buffer.count) || buffer[scanStart...].contains(UInt8(ascii: "\n"))
    }

    public func readLine(prompt: String) -> LineReadResult {
        if isInteractive && !prompt.isEmpty {
            var p = prompt
            p.withUTF8 { _ = write(promptDescriptor, $0.baseAddress, $0.count) }
        }
        while true {
            if let newline = buffer[scanStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = RawByteText.decode(buffer[lineStart..<newline])
                lineStart = newline + 1
                scanStart = lineStart
                return .line(line)
            }
            scanStart = buffer.count
            if reachedEnd {
                if lineStart == buffer.count { return .endOfInput }
                let line = RawByteText.decode(buffer[lineStart...])
                lineStart = buffer.count
                scanStart = lineStart
                return .line(line)
            }
            // Drop consumed lines before reading more, so the buffer holds one partial line.
            if lineStart > 0 {
                buffer.removeSubrange(0..<lineStart)
                scanStart -= lineStart
                lineStart = 0
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                reachedEnd = true
            } else if errno == EINTR {
                // Ctrl-C (or a terminating signal) while waiting for input.
                buffer.removeAll()
                lineStart = 0
                scanStart = 0
                return .interrupted
            } else {
                reachedEnd = true
            }
        }
    }
}
