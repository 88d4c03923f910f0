import Foundation

/// Reads the files a lesson names (`sql_file:`, shared fixtures, author paths) and refuses any
/// that would leave the lessons folder: a lesson is untrusted input, and `../../etc/shadow` or a
/// symlink out of the tree must not be read, nor a FIFO waited on.
public struct LessonFiles: Sendable {
    /// The lesson's own folder.
    public let folder: String
    /// The `lessons/` folder: the outermost place a lesson may read from (shared fixtures live
    /// in `lessons/fixtures/`).
    public let root: String

    public init(folder: String, root: String) {
        self.folder = folder
        self.root = root
    }

    /// The absolute path of `relative` (relative to the lesson folder), or why it is refused.
    public func resolve(_ relative: String) throws(LessonFileRefusal) -> String {
        if relative.isEmpty { throw LessonFileRefusal(message: "the path is empty") }
        if relative.hasPrefix("/") { throw LessonFileRefusal(message: "\(relative) is absolute; name a file inside the lessons folder") }
        var parts = folder.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let rootParts = root.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
            if parts.count < rootParts.count || Array(parts.prefix(rootParts.count)) != rootParts {
                throw LessonFileRefusal(message: "\(relative) leads out of the lessons folder")
            }
        }
        var path = "/"
        for (i, part) in parts.enumerated() {
            path += (i == 0 ? "" : "/") + part
            // Every component below the root must be a real directory or file, never a link.
            guard i >= rootParts.count else { continue }
            var info = stat()
            if lstat(path, &info) != 0 { throw LessonFileRefusal(message: "\(relative) does not exist") }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK { throw LessonFileRefusal(message: "\(relative) is a symbolic link; lessons use plain files") }
            if i == parts.count - 1 && type != S_IFREG { throw LessonFileRefusal(message: "\(relative) is not a regular file") }
            if i < parts.count - 1 && type != S_IFDIR { throw LessonFileRefusal(message: "\(relative) is not inside a folder") }
        }
        return path
    }

    /// The text of a file the lesson names.
    public func read(_ relative: String) throws(LessonFileRefusal) -> String {
        let path = try resolve(relative)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LessonFileRefusal(message: "cannot read \(relative)")
        }
        if data.count > YAMLNestingScanner.maximumBytes { throw LessonFileRefusal(message: "\(relative) is larger than 1 MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw LessonFileRefusal(message: "\(relative) is not UTF-8 text") }
        return text
    }
}

/// Why a file a lesson names is not read.
public struct LessonFileRefusal: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
