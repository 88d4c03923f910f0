import Foundation
import LibC

/// An open directory that file operations are made relative to, so that nothing below it is
/// ever reached through a symbolic link.
///
/// When pgcoach runs as root, the server account owns the sandbox directory, and a learner who
/// is a superuser inside the sandbox runs shell commands as that account (`COPY … TO PROGRAM`).
/// Any name inside a sandbox may therefore be swapped for a symbolic link at any moment, also
/// between a check and the use it guards. Every operation here works on descriptors
/// (`openat`, `mkdirat`, `unlinkat`, `fchmod`, `fchown`) with `O_NOFOLLOW` at every step, so
/// a swapped name makes the operation fail instead of reaching a file outside.
struct DirectoryHandle: ~Copyable {
    /// The open directory.
    let descriptor: Int32
    /// The path it was opened as, for messages only.
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Opens the directory at the absolute `path`, walking it one component at a time. A
    /// component that is a symbolic link is followed only when the link belongs to root or to
    /// us and sits in a directory nobody else may change (so nobody else can have planted or
    /// swapped it: `/var/run → /run`, a home directory moved elsewhere); any other link fails
    /// with ELOOP.
    static func open(_ path: String) throws -> DirectoryHandle {
        try open(path, depth: 0)
    }

    private static func open(_ path: String, depth: Int) throws -> DirectoryHandle {
        if !path.hasPrefix("/") { return try open(FileManager.default.currentDirectoryPath + "/" + path, depth: depth) }
        guard depth < 16 else {
            errno = ELOOP
            throw FileTree.failure("open directory", path)
        }
        var current = DirectoryHandle(descriptor: Glibc.open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC), path: "/")
        guard current.descriptor >= 0 else { throw FileTree.failure("open directory", "/") }
        var walked = ""
        for component in path.split(separator: "/") where component != "." {
            let name = String(component)
            walked += "/" + name
            let child = openat(current.descriptor, name, Self.directoryFlags)
            if child >= 0 {
                current = DirectoryHandle(descriptor: child, path: walked)
                continue
            }
            guard errno == ELOOP || errno == ENOTDIR, current.trustsLink(named: name),
                let target = current.linkTarget(named: name)
            else { throw FileTree.failure("open directory", walked) }
            // A trusted link: resolve it (relative to where it sits) and carry on from there.
            let base = target.hasPrefix("/") ? target : (walked as NSString).deletingLastPathComponent + "/" + target
            current = try open(base, depth: depth + 1)
            walked = current.path
        }
        return DirectoryHandle(descriptor: dup(current.descriptor), path: path)
    }

    /// Opens the directory `name` in this one, never through a link.
    func directory(_ name: String) throws -> DirectoryHandle {
        let opened = openat(descriptor, name, Self.directoryFlags)
        guard opened >= 0 else { throw FileTree.failure("open directory", child(name)) }
        return DirectoryHandle(descriptor: opened, path: child(name))
    }

    /// The path of `name` in this directory, for messages.
    func child(_ name: String) -> String {
        path == "/" ? "/" + name : path + "/" + name
    }

    /// `lstat` of `name` in this directory; nil when it does not exist (errno says why).
    func status(of name: String) -> stat? {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// Opens the regular file `name` for reading, never through a link, never blocking on a
    /// FIFO someone put there.
    func openFile(_ name: String) throws -> Int32 {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { throw FileTree.failure("open", child(name)) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(file)
            errno = EINVAL
            throw FileTree.failure("open (not a regular file)", child(name))
        }
        return file
    }

    /// The contents of the regular file `name`, at most `limit` bytes (the end is kept, as a
    /// log's tail is what matters); nil when it cannot be read safely.
    func read(_ name: String, limit: Int = 1 << 20) -> [UInt8]? {
        guard let file = try? openFile(name) else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0 else { return nil }
        if Int(info.st_size) > limit { lseek(file, off_t(Int(info.st_size) - limit), SEEK_SET) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Creates the directory `name` with exactly `permissions`, handed to `owner` when given.
    /// The mode and owner are set through a descriptor of the new directory, never by path.
    func makeDirectory(_ name: String, permissions: mode_t, owner: ServerAccount?) throws -> DirectoryHandle {
        guard mkdirat(descriptor, name, 0o700) == 0 else { throw FileTree.failure("mkdir", child(name)) }
        let made = try directory(name)
        guard fchmod(made.descriptor, permissions) == 0 else { throw FileTree.failure("chmod", child(name)) }
        if let owner, fchown(made.descriptor, owner.uid, owner.gid) != 0 { throw FileTree.failure("chown", child(name)) }
        return made
    }

    /// Opens `name` for appending, as a log the server account writes: an existing file is
    /// kept only when it is a plain file of `owner` with a single link; anything else (a link,
    /// a FIFO, a hard link to someone else's file) is removed and a new file is created, owned
    /// through its descriptor.
    func openAppendingFile(_ name: String, owner: ServerAccount?) throws -> Int32 {
        let flags = O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        let existing = openat(descriptor, name, flags)
        if existing >= 0 {
            var info = stat()
            if fstat(existing, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1,
                info.st_uid == (owner?.uid ?? geteuid())
            {
                return existing
            }
            close(existing)
        }
        guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else { throw FileTree.failure("unlink", child(name)) }
        let created = openat(descriptor, name, flags | O_CREAT | O_EXCL, 0o600)
        guard created >= 0 else { throw FileTree.failure("create", child(name)) }
        if let owner, fchown(created, owner.uid, owner.gid) != 0 {
            close(created)
            throw FileTree.failure("chown", child(name))
        }
        return created
    }

    /// Writes `bytes` to a new file `name` (replacing what is there, link or not) with mode 0600,
    /// handed to `owner` through its descriptor when given.
    func writeFile(_ name: String, _ bytes: [UInt8], owner: ServerAccount? = nil) throws {
        let temporary = name + ".tmp"
        guard unlinkat(descriptor, temporary, 0) == 0 || errno == ENOENT else {
            throw FileTree.failure("unlink", child(temporary))
        }
        let file = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard file >= 0 else { throw FileTree.failure("create", child(temporary)) }
        if let owner, fchown(file, owner.uid, owner.gid) != 0 {
            close(file)
            throw FileTree.failure("chown", child(temporary))
        }
        let written = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
        close(file)
        guard written == bytes.count else { throw FileTree.failure("write", child(temporary)) }
        guard renameat(descriptor, temporary, descriptor, name) == 0 else { throw FileTree.failure("rename", child(temporary)) }
    }

    /// The names in this directory, without "." and "..".
    func entries() throws -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw FileTree.failure("open directory", path)
        }
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

    /// The target of the symbolic link `name`.
    func linkTarget(named name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(descriptor, name, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether the link `name` here can be followed: it belongs to root or to us, and so does
    /// this directory, which nobody else may write to (or only with the sticky bit, which keeps
    /// them from replacing our link).
    private func trustsLink(named name: String) -> Bool {
        var directoryInfo = stat()
        guard let link = status(of: name), link.st_mode & S_IFMT == S_IFLNK,
            fstat(descriptor, &directoryInfo) == 0
        else { return false }
        let trusted: (uid_t) -> Bool = { $0 == 0 || $0 == geteuid() }
        let othersWrite = directoryInfo.st_mode & (S_IWGRP | S_IWOTH) != 0
        let sticky = directoryInfo.st_mode & S_ISVTX != 0
        return trusted(link.st_uid) && trusted(directoryInfo.st_uid) && (!othersWrite || sticky)
    }

    private static let directoryFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
}
