import CShims
import Foundation

/// Copying and removing cluster directories with plain system calls.
///
/// A data directory must keep its modes (postgres refuses a group- or world-readable one) and,
/// when pgcoach is root, must end up owned by the server account. Copies never follow symbolic
/// links, and removal never leaves the tree it was given.
enum FileTree {
    /// Copies the tree at `source` to `destination`, which must not exist. Modes are kept; when
    /// `owner` is given every copied entry is handed to that account (pgcoach is root then).
    static func copy(from source: String, to destination: String, owner: ServerAccount?) throws {
        var info = stat()
        guard lstat(source, &info) == 0 else { throw failure("stat", source) }
        try copyEntry(source, destination, info, owner)
    }

    private static func copyEntry(
        _ source: String, _ destination: String, _ info: stat, _ owner: ServerAccount?
    ) throws {
        let permissions = info.st_mode & 0o7777
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard mkdir(destination, 0o700) == 0 else { throw failure("mkdir", destination) }
            try handOver(destination, permissions, owner)
            for name in try entries(of: source) {
                var child = stat()
                let from = source + "/" + name
                guard lstat(from, &child) == 0 else { throw failure("stat", from) }
                try copyEntry(from, destination + "/" + name, child, owner)
            }
        case S_IFREG:
            let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard input >= 0 else { throw failure("open", source) }
            defer { close(input) }
            let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard output >= 0 else { throw failure("create", destination) }
            defer { close(output) }
            guard pgcoach_copy_file_contents(input, output, info.st_size) == 0 else {
                throw failure("copy to", destination)
            }
            guard fchmod(output, permissions) == 0 else { throw failure("chmod", destination) }
            if let owner, fchown(output, owner.uid, owner.gid) != 0 { throw failure("chown", destination) }
        case S_IFLNK:
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            guard symlink(target, destination) == 0 else { throw failure("symlink", destination) }
            if let owner, lchown(destination, owner.uid, owner.gid) != 0 { throw failure("chown", destination) }
        default:
            // Sockets and FIFOs belong to a running server, not to its data; skip them.
            break
        }
    }

    /// Sets the exact mode (mkdir's is filtered by the umask) and, if given, the owner.
    private static func handOver(_ path: String, _ permissions: mode_t, _ owner: ServerAccount?) throws {
        guard chmod(path, permissions) == 0 else { throw failure("chmod", path) }
        if let owner, lchown(path, owner.uid, owner.gid) != 0 { throw failure("chown", path) }
    }

    /// Creates a directory with exactly `permissions`, owned by `owner` when given.
    static func makeDirectory(_ path: String, permissions: mode_t, owner: ServerAccount?) throws {
        guard mkdir(path, 0o700) == 0 else { throw failure("mkdir", path) }
        try handOver(path, permissions, owner)
    }

    /// Removes `path` and everything below it; a missing path is not an error. Symbolic links
    /// are removed, never followed.
    static func remove(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw failure("stat", path)
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            for name in try entries(of: path) {
                try remove(path + "/" + name)
            }
            guard rmdir(path) == 0 || errno == ENOENT else { throw failure("rmdir", path) }
        } else {
            guard unlink(path) == 0 || errno == ENOENT else { throw failure("unlink", path) }
        }
    }

    /// The names in a directory, without "." and "..".
    static func entries(of directory: String) throws -> [String] {
        guard let stream = opendir(directory) else { throw failure("open directory", directory) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The error for the system call that just failed.
    static func failure(_ operation: String, _ path: String) -> SandboxError {
        .fileSystem(operation: operation, path: path, errno: errno)
    }
}
