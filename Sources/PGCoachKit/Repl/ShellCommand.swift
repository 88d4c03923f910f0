import LibC

/// `/bin/sh -c` for the psql commands that reach the shell: backticks, `\!`, `\o |cmd`, `\g |cmd`.
enum ShellCommand {
    /// Runs `command` and returns what it wrote to stdout; nil if it could not be started.
    static func capture(_ command: String) -> String? {
        guard let pipe = popen(command, "r") else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, pipe)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        pclose(pipe)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Runs `command` with the terminal as its stdin/stdout/stderr; returns whether it exited 0.
    static func run(_ command: String) -> Bool {
        system(command) == 0
    }
}

/// Where `\o` or `\g FILE` sends query output: a file or a pipe, closed when done.
final class OutputTarget {
    let console: ConsoleOutput
    private var file: UnsafeMutablePointer<FILE>?
    private let isPipe: Bool

    /// Opens `target` (`|command` for a pipe); nil with errno set when it cannot be opened.
    init?(_ target: String) {
        if target.hasPrefix("|") {
            isPipe = true
            file = popen(String(target.dropFirst()), "w")
        } else {
            isPipe = false
            file = fopen(target, "w")
        }
        guard let file else { return nil }
        console = ConsoleOutput(outputDescriptor: fileno(file))
    }

    /// Flushes and closes (waiting for a pipe's command to finish).
    func close() {
        console.flush()
        guard let file else { return }
        if isPipe { pclose(file) } else { fclose(file) }
        self.file = nil
    }

    deinit { close() }
}
