import Foundation

/// The two directories pgcoach keeps clusters in: the cache (the template, kept between
/// sessions, on disk) and the runtime directory (one sandbox per running session, on a memory
/// filesystem where one is available, because a sandbox is created for every session and its
/// data is disposable).
struct SandboxLocations {
    /// The template cache, `$XDG_CACHE_HOME/pgcoach` or `~/.cache/pgcoach` by default.
    let cacheDirectory: String
    /// Where sandboxes live: the first of `runtimeCandidates` that can be used.
    var runtimeDirectory: String { runtimeCandidates[0] }
    /// The runtime directory named explicitly, or the defaults in order of preference: when one
    /// cannot be used (another user planted `/dev/shm/pgcoach-<uid>`), the next is.
    let runtimeCandidates: [String]

    /// Socket paths must fit in `sun_path` (108 bytes with the terminating zero); this leaves
    /// room for the sandbox's own name and `.s.PGSQL.<port>.lock`.
    static let longestRuntimeDirectory = 60

    /// The directories for `options` when the server runs as `account`.
    init(options: SandboxOptions, account: ServerAccount) {
        let environment = options.environment
        cacheDirectory = Self.cacheDirectory(options: options)
        if let explicit = options.runtimeDirectory {
            runtimeCandidates = [explicit]
        } else {
            runtimeCandidates = [
                Self.userRuntimeDirectory(environment: environment, account: account),
                Self.sharedMemoryDirectory(minimumFreeBytes: Self.minimumSharedMemoryFree), Self.temporaryDirectory,
            ].compactMap { $0 }
        }
    }

    /// Explicit places (tests).
    init(cacheDirectory: String, runtimeCandidates: [String]) {
        self.cacheDirectory = cacheDirectory
        self.runtimeCandidates = runtimeCandidates
    }

    /// The first candidate that can be used, prepared (see `prepare`). A default that cannot
    /// (planted by another user, a link) is skipped with a one-line `note`; an explicit one,
    /// or the last default, is an error.
    func prepareRuntimeDirectory(for account: ServerAccount, note: (String) -> Void) throws -> String {
        for (index, candidate) in runtimeCandidates.enumerated() {
            do {
                return try Self.prepare(candidate, for: account)
            } catch SandboxError.directoryUnusable(let path, let reason) where index + 1 < runtimeCandidates.count {
                note("\(path) cannot hold sandboxes (\(reason)); using \(runtimeCandidates[index + 1]) instead")
            }
        }
        return try Self.prepare(runtimeCandidates[runtimeCandidates.count - 1], for: account)
    }

    /// The cache directory for `options`: explicit, `$XDG_CACHE_HOME/pgcoach`, or `~/.cache/pgcoach`.
    static func cacheDirectory(options: SandboxOptions) -> String {
        let environment = options.environment
        if let explicit = options.cacheDirectory { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/pgcoach" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/pgcoach"
    }

    /// `$XDG_RUNTIME_DIR/pgcoach`: a per-user tmpfs on systemd machines, so copying the
    /// template there is a memory copy. Only when pgcoach runs the server as itself (the
    /// directory is 0700, so another account could not reach a sandbox in it) and when the path
    /// is short enough for a socket.
    private static func userRuntimeDirectory(environment: [String: String], account: ServerAccount) -> String? {
        guard !account.needsSwitch, let xdg = environment["XDG_RUNTIME_DIR"], xdg.hasPrefix("/"),
            xdg.utf8.count + "/pgcoach".utf8.count <= longestRuntimeDirectory
        else { return nil }
        return xdg + "/pgcoach"
    }

    /// `/dev/shm/pgcoach-<uid>` when /dev/shm is a world-writable sticky directory (the tmpfs
    /// every Linux has) with room to spare. Creating a cluster's ~1000 files on a busy disk took
    /// about 0.5 s on the 2-core test machine, against 0.06 s on tmpfs, and the sandbox's data
    /// is thrown away anyway. Containers often give /dev/shm only 64 MB, which a sandbox would
    /// outgrow; then the disk it is.
    private static func sharedMemoryDirectory(minimumFreeBytes: UInt64) -> String? {
        let root = "/dev/shm"
        var info = stat()
        var space = statvfs()
        guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
            info.st_mode & (S_ISVTX | S_IWOTH | S_IXOTH) == (S_ISVTX | S_IWOTH | S_IXOTH),
            statvfs(root, &space) == 0, UInt64(space.f_bavail) * UInt64(space.f_frsize) >= minimumFreeBytes
        else { return nil }
        return root + "/pgcoach-\(geteuid())"
    }

    /// The fallback, on whatever filesystem /tmp is.
    private static var temporaryDirectory: String { "/tmp/pgcoach-\(geteuid())" }

    /// The free space /dev/shm must have to be chosen.
    static let minimumSharedMemoryFree: UInt64 = 1 << 30

    /// Every runtime directory a default start may have used, whichever was chosen then: stale
    /// sandboxes are looked for in all of them, since free space (and so the choice) changes.
    static func defaultRuntimeDirectories(environment: [String: String], account: ServerAccount) -> [String] {
        [
            userRuntimeDirectory(environment: environment, account: account),
            sharedMemoryDirectory(minimumFreeBytes: 0), temporaryDirectory,
        ].compactMap { $0 }
    }

    /// Where stale sandboxes may be: the runtime directory `options` name, or every default
    /// that is a directory of ours (one planted by another user is not looked into).
    static func runtimeDirectoriesToSearch(options: SandboxOptions, account: ServerAccount) -> [String] {
        if let explicit = options.runtimeDirectory { return [explicit] }
        return defaultRuntimeDirectories(environment: options.environment, account: account).filter { path in
            var info = stat()
            return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR && info.st_uid == geteuid()
        }
    }

    /// Creates the runtime directory if needed and checks it is safe and reachable: owned by us,
    /// not a symbolic link (in /tmp someone else could have planted one), short enough for a
    /// socket path, and searchable by the server account. It is 0711 when the server runs as
    /// another account (which must pass through it, but need not list it), else 0700.
    static func prepare(_ path: String, for account: ServerAccount) throws -> String {
        let permissions: mode_t = account.needsSwitch ? 0o711 : 0o700
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw FileTree.failure("stat", path) }
            let parent = (path as NSString).deletingLastPathComponent
            try TemplateCluster.makeDirectoryPath(parent.isEmpty ? "/" : parent)
            if mkdir(path, permissions) != 0 && errno != EEXIST { throw FileTree.failure("mkdir", path) }
            guard lstat(path, &info) == 0 else { throw FileTree.failure("stat", path) }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw SandboxError.directoryUnusable(path: path, reason: "it is not a directory (or is a symbolic link)")
        }
        guard info.st_uid == geteuid() else {
            throw SandboxError.directoryUnusable(path: path, reason: "it belongs to uid \(info.st_uid), not to us")
        }
        guard chmod(path, permissions) == 0 else { throw FileTree.failure("chmod", path) }
        let canonical = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard canonical.utf8.count <= longestRuntimeDirectory else {
            throw SandboxError.directoryUnusable(
                path: canonical, reason: "the path is too long for a Unix socket; choose a shorter runtime directory")
        }
        if account.needsSwitch && !account.canTraverse(canonical) {
            throw SandboxError.directoryUnusable(
                path: canonical,
                reason: "the account '\(account.name)' that runs the server cannot reach it; "
                    + "choose a runtime directory it can reach (the default is /tmp/pgcoach-<uid>)")
        }
        return canonical
    }
}
