import Foundation

/// Reads the end of a sandbox's server log for the learner (`\log`).
///
/// The log sits in the sandbox directory, which the server account owns, and the learner is a
/// superuser who can run programs as that account (`COPY … TO PROGRAM`): they could replace
/// `server.log` with a link to a file only pgcoach (root) may read, a FIFO that blocks, or a
/// huge file. So the file is opened without following links and without blocking, must be a
/// regular file owned by the server account with a single name, and only its last bytes are
/// read.
extension Sandbox {
    /// The most `\log` reads of the file's end.
    public static let logReadLimit = 1 << 20

    /// The log's last `maxBytes` bytes (from the start of a line), as text: the primary's, or
    /// the log of the node named `server` (each node keeps its own, as each machine would).
    public func serverLogTail(server: String? = nil, maxBytes: Int = Sandbox.logReadLimit) throws -> String {
        let path = server.flatMap { node(named: $0)?.logPath } ?? logPath
        return try ServerLogReader.tail(path: path, maxBytes: maxBytes, owner: account.needsSwitch ? account.uid : geteuid())
    }
}

enum ServerLogReader {
    static func tail(path: String, maxBytes: Int, owner: uid_t) throws -> String {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileTree.failure("open", path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileTree.failure("stat", path) }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_uid == owner, status.st_nlink == 1 else {
            throw SandboxError.directoryUnusable(
                path: path, reason: "it is not the server's own log file any more (replaced by something else)")
        }
        let size = Int(status.st_size)
        let start = max(0, size - max(0, maxBytes))
        var bytes = [UInt8](repeating: 0, count: size - start)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(start + done))
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw FileTree.failure("read", path) }
            if n == 0 { break }
            done += n
        }
        var text = Substring(String(decoding: bytes.prefix(done), as: UTF8.self))
        // Cut at a line start: the first line of a tail is usually a fragment.
        if start > 0, let newline = text.firstIndex(of: "\n") { text = text[text.index(after: newline)...] }
        return String(text)
    }
}
