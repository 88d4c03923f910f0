import CSystem
import Foundation

/// Copying and removing cluster directories with plain system calls.
///
/// A data directory must keep its modes (postgres refuses a group- or world-readable one) and,
/// when pgcoach is root, must end up owned by the server account. Everything below the path
/// given is reached through directory descriptors with `O_NOFOLLOW` (see `DirectoryHandle`):
/// copies never follow symbolic links, removal never leaves the tree it was given, and modes
/// and owners are set on descriptors, never by path, even if the server account swaps names
/// while we work.
public enum FileTree {
    /// How deep a tree may be; a cluster is a few levels deep, a hostile tree could be deeper
    /// than the descriptors we have.
    static let maximumDepth = 64

    /// Copies the tree at `source` to `destination`, which must not exist. Modes are kept; when
    /// `owner` is given every copied entry is handed to that account (pgcoach is root then).
    /// With `sourceOwner`, every entry of the source must belong to that user: a tree that
    /// someone else could have written into (or swapped in) is refused.
    static func copy(from source: String, to destination: String, owner: ServerAccount?, sourceOwner: uid_t? = nil) throws {
        let (sourceParent, sourceName) = split(source)
        let (destinationParent, destinationName) = split(destination)
        try SandboxTrace.timed("copy \(sourceName) to \(destinationName)") {
            let from = try DirectoryHandle.open(sourceParent)
            let to = try DirectoryHandle.open(destinationParent)
            let deferred = DeferredDirectories()
            try copyEntry(from, sourceName, to, destinationName, owner, sourceOwner, depth: 0, deferring: deferred)
            try copySideBySide(deferred.taken(), owner: owner, sourceOwner: sourceOwner)
        }
    }

    /// How deep the directories are that a copy leaves for `copySideBySide`: a cluster's
    /// databases (`base/<oid>`), each some 300 files, most of the tree.
    static let sideBySideDepth = 2

    /// The directories a copy left for later, as (source, destination) paths.
    final class DeferredDirectories: @unchecked Sendable {
        private let lock = NSLock()
        private var pairs: [(String, String)] = []
        func add(_ source: String, _ destination: String) { lock.withLock { pairs.append((source, destination)) } }
        func taken() -> [(String, String)] { lock.withLock { pairs } }
    }

    /// Copies the directories a copy left for later side by side, on Dispatch's pool (as many
    /// threads as cores): copying is one system call after another per file, so a second core
    /// halves the time a learner waits for a cluster of 2,500 small files. Each side opens its
    /// own parents again, walking them as `DirectoryHandle.open` does; the first failure is thrown.
    private static func copySideBySide(_ pairs: [(String, String)], owner: ServerAccount?, sourceOwner: uid_t?) throws {
        let failures = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: pairs.count) { index in
            guard !failures.happened else { return }
            let (source, destination) = pairs[index]
            do {
                let (sourceParent, sourceName) = split(source)
                let (destinationParent, destinationName) = split(destination)
                let from = try DirectoryHandle.open(sourceParent)
                let to = try DirectoryHandle.open(destinationParent)
                try copyEntry(from, sourceName, to, destinationName, owner, sourceOwner, depth: sideBySideDepth)
            } catch {
                failures.record(error)
            }
        }
        if let error = failures.first { throw error }
    }

    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var error: (any Error)?
        var happened: Bool { lock.withLock { error != nil } }
        var first: (any Error)? { lock.withLock { error } }
        func record(_ error: any Error) { lock.withLock { if self.error == nil { self.error = error } } }
    }

    /// Copies the tree at `source` to `name` inside the open `directory` (see `copy(from:to:)`).
    /// `calledOff` is asked before every entry: once it says yes, the copy stops with an error.
    static func copy(
        from source: String, into directory: borrowing DirectoryHandle, as name: String, owner: ServerAccount?,
        calledOff: (@Sendable () -> Bool)? = nil
    ) throws {
        let (sourceParent, sourceName) = split(source)
        let from = try DirectoryHandle.open(sourceParent)
        let started = ContinuousClock.now
        defer { SandboxTrace.note("copy \(sourceName) to \(name) \(SandboxTrace.milliseconds(ContinuousClock.now - started))") }
        try copyEntry(from, sourceName, directory, name, owner, nil, depth: 0, calledOff: calledOff)
    }

    private static func copyEntry(
        _ sourceDirectory: borrowing DirectoryHandle, _ sourceName: String,
        _ destinationDirectory: borrowing DirectoryHandle, _ destinationName: String,
        _ owner: ServerAccount?, _ sourceOwner: uid_t?, depth: Int, calledOff: (@Sendable () -> Bool)? = nil,
        deferring deferred: DeferredDirectories? = nil
    ) throws {
        if let calledOff, calledOff() {
            errno = ECANCELED
            throw failure("copy (called off)", sourceDirectory.child(sourceName))
        }
        guard depth < maximumDepth else {
            errno = ELOOP
            throw failure("copy (too deep)", sourceDirectory.child(sourceName))
        }
        guard let info = sourceDirectory.status(of: sourceName) else {
            throw failure("stat", sourceDirectory.child(sourceName))
        }
        if let sourceOwner, info.st_uid != sourceOwner {
            errno = EPERM
            throw failure("copy (owned by uid \(info.st_uid))", sourceDirectory.child(sourceName))
        }
        let permissions = info.st_mode & 0o7777
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            if let deferred, depth == sideBySideDepth {
                // Made later, as a whole, beside the others (`copySideBySide`).
                deferred.add(sourceDirectory.child(sourceName), destinationDirectory.child(destinationName))
                return
            }
            let from = try sourceDirectory.directory(sourceName)
            let to = try destinationDirectory.makeDirectory(destinationName, permissions: permissions, owner: owner)
            for name in try from.entries() {
                try copyEntry(
                    from, name, to, name, owner, sourceOwner, depth: depth + 1, calledOff: calledOff, deferring: deferred)
            }
        case S_IFREG:
            let input = try sourceDirectory.openFile(sourceName)
            defer { close(input) }
            let output = openat(
                destinationDirectory.descriptor, destinationName, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                0o600)
            guard output >= 0 else { throw failure("create", destinationDirectory.child(destinationName)) }
            defer { close(output) }
            // The opened file's own owner when the source's owner matters (a name swapped since
            // the lstat above); else the lstat's size will do.
            var opened = info
            guard sourceOwner == nil || (fstat(input, &opened) == 0 && opened.st_uid == sourceOwner),
                pgcoach_copy_file_contents(input, output, opened.st_size) == 0
            else {
                throw failure("copy to", destinationDirectory.child(destinationName))
            }
            guard fchmod(output, permissions) == 0 else { throw failure("chmod", destinationDirectory.child(destinationName)) }
            if let owner, fchown(output, owner.uid, owner.gid) != 0 {
                throw failure("chown", destinationDirectory.child(destinationName))
            }
        case S_IFLNK:
            // Copied as a link (pg_tblspc holds them), never followed.
            guard let target = sourceDirectory.linkTarget(named: sourceName) else {
                throw failure("readlink", sourceDirectory.child(sourceName))
            }
            guard symlinkat(target, destinationDirectory.descriptor, destinationName) == 0 else {
                throw failure("symlink", destinationDirectory.child(destinationName))
            }
            if let owner,
                fchownat(destinationDirectory.descriptor, destinationName, owner.uid, owner.gid, AT_SYMLINK_NOFOLLOW) != 0
            {
                throw failure("chown", destinationDirectory.child(destinationName))
            }
        default:
            // Sockets and FIFOs belong to a running server, not to its data; skip them.
            break
        }
    }

    /// Creates a directory with exactly `permissions`, owned by `owner` when given.
    static func makeDirectory(_ path: String, permissions: mode_t, owner: ServerAccount?) throws {
        let (parent, name) = split(path)
        _ = try DirectoryHandle.open(parent).makeDirectory(name, permissions: permissions, owner: owner)
    }

    /// Removes `path` and everything below it; a missing path is not an error. Symbolic links
    /// are removed, never followed.
    static func remove(_ path: String) throws {
        let (parent, name) = split(path)
        let directory: DirectoryHandle
        do {
            directory = try DirectoryHandle.open(parent)
        } catch SandboxError.fileSystem(_, _, let code) where code == ENOENT {
            return
        }
        let started = ContinuousClock.now
        defer { SandboxTrace.note("remove \(name) \(SandboxTrace.milliseconds(ContinuousClock.now - started))") }
        try removeEntry(directory, name, depth: 0)
    }

    /// Removes `name` in the open `directory` and everything below it; missing is no error.
    static func removeEntry(in directory: borrowing DirectoryHandle, _ name: String) throws {
        try removeEntry(directory, name, depth: 0)
    }

    private static func removeEntry(_ directory: borrowing DirectoryHandle, _ name: String, depth: Int) throws {
        if unlinkat(directory.descriptor, name, 0) == 0 || errno == ENOENT { return }
        guard errno == EISDIR || errno == EPERM else { throw failure("unlink", directory.child(name)) }
        guard depth < maximumDepth else {
            errno = ELOOP
            throw failure("remove (too deep)", directory.child(name))
        }
        do {
            let inner = try directory.directory(name)
            for entry in try inner.entries() {
                try removeEntry(inner, entry, depth: depth + 1)
            }
        } catch SandboxError.fileSystem(_, _, let code) where code == ENOENT {
            return
        }
        guard unlinkat(directory.descriptor, name, AT_REMOVEDIR) == 0 || errno == ENOENT else {
            throw failure("rmdir", directory.child(name))
        }
    }

    /// The names in a directory, without "." and "..".
    static func entries(of directory: String) throws -> [String] {
        try DirectoryHandle.open(directory).entries()
    }

    /// The contents of the regular file at `path` (at most `limit` bytes, the end kept), read
    /// without following a link anywhere on the way; nil when that is not possible.
    static func read(_ path: String, limit: Int = 1 << 20) -> [UInt8]? {
        let (parent, name) = split(path)
        guard let directory = try? DirectoryHandle.open(parent) else { return nil }
        return directory.read(name, limit: limit)
    }

    /// The parent directory and last component of an absolute path.
    /// The disk space taken by everything under `path` (allocated blocks, links not followed).
    public static func diskUsage(of path: String) -> Int64 {
        var bytes: Int64 = 0
        if let walker = FileManager.default.enumerator(atPath: path) {
            while let relative = walker.nextObject() as? String {
                var info = stat()
                if lstat(path + "/" + relative, &info) == 0 { bytes += Int64(info.st_blocks) * 512 }
            }
        }
        return bytes
    }

    static func split(_ path: String) -> (parent: String, name: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = String(trimmed[..<slash])
        return (parent.isEmpty ? "/" : parent, String(trimmed[trimmed.index(after: slash)...]))
    }

    /// The error for the system call that just failed.
    static func failure(_ operation: String, _ path: String) -> SandboxError {
        .fileSystem(operation: operation, path: path, errno: errno)
    }
}
