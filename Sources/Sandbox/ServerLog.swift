import Foundation

/// The server's log file in a sandbox directory. Start failures quote its end, because that is
/// where postgres explains why it would not start.
enum ServerLog {
    /// The log's file name inside a sandbox directory.
    static let fileName = "server.log"

    /// The last `count` lines of the file at `path`, or a note that there is none.
    static func tail(_ path: String, lines count: Int = 15) -> String {
        // Read without following links: the server account could point it at a file of ours.
        guard let data = FileTree.read(path, limit: 64 * 1024), !data.isEmpty else {
            return "(\(path) is empty or missing)"
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.last == "" ? lines.dropLast() : lines[...]
        return trimmed.suffix(count).joined(separator: "\n")
    }
}
