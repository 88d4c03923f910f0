import Foundation

/// Which files a lesson may name (its author paths: golden, no-op and trap scripts).
///
/// A lesson is untrusted input: a path must stay inside the lesson's folder — relative, no
/// `..`, and no symbolic link leading out — and must be a regular file, so that `lesson check`
/// never reads `/etc/passwd` on a lesson's say-so, nor waits forever on a FIFO.
enum LessonFilePolicy {
    /// Why `path` may not be used as a file of the lesson in `folder`, or nil when it may.
    static func problem(with path: String, in folder: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "\(path) is an absolute path; name a file inside the lesson folder" }
        if path.split(separator: "/").contains("..") { return "\(path) leads out of the lesson folder (..)" }
        let full = folder + "/" + path
        var info = stat()
        guard stat(full, &info) == 0 else { return "file \(path) not found in \(folder)" }
        guard info.st_mode & S_IFMT == S_IFREG else { return "\(path) is not a regular file" }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(root + "/") else { return "\(path) is a link out of the lesson folder" }
        return nil
    }

    /// Opens an author script for reading: a regular file only (checked on the open descriptor,
    /// so a FIFO swapped in after loading is refused rather than waited on). -1 when refused.
    static func openScript(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return -1
        }
        return descriptor
    }
}
