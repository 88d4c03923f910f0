import Foundation

/// The last installation `PostgresInstallation.locate` found, remembered in the cache
/// (`installation-<hash>`, one per search key) with the state of everything its search looked
/// at, so that the next pgcoach process skips running `pg_config` and `postgres --version`
/// (20–80 ms of every start) while nothing changed.
///
/// The record holds only while its signature still matches: the `postgres` binary found
/// (inode, size, times), the `pg_config` the search would run, and the directory new
/// PostgreSQL versions are installed into. Installing, upgrading or removing PostgreSQL changes
/// one of them, and the search runs again.
enum InstallationRecord {
    /// The recorded installation for `key`, when the signature still matches.
    static func load(key: [String], environment: [String: String]) -> PostgresInstallation? {
        guard let path = path(key: key, environment: environment), let bytes = FileTree.read(path, limit: 4096) else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, let major = Int(fields[3]), let source = PostgresInstallation.Source(rawValue: fields[4]) else {
            return nil
        }
        let installation = PostgresInstallation(binDirectory: fields[1], version: fields[2], majorVersion: major, source: source)
        guard fields[0] == signature(of: installation, environment: environment) else { return nil }
        return installation
    }

    /// Records `installation` for `key` (a failed write only costs the next start the search).
    static func save(_ installation: PostgresInstallation, key: [String], environment: [String: String]) {
        guard let path = path(key: key, environment: environment) else { return }
        let line = [
            signature(of: installation, environment: environment), installation.binDirectory, installation.version,
            String(installation.majorVersion), installation.source.rawValue,
        ].joined(separator: "\t")
        let (directory, _) = FileTree.split(path)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? line.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private static func path(key: [String], environment: [String: String]) -> String? {
        let cache = SandboxOptions(environment: environment).resolvedCacheDirectory
        guard cache.hasPrefix("/") else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.joined(separator: "\u{0}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return cache + "/installation-" + String(hash, radix: 16)
    }

    /// What the search depends on, as one line: changes when PostgreSQL is installed, upgraded
    /// or removed.
    private static func signature(of installation: PostgresInstallation, environment: [String: String]) -> String {
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let candidates = searchPath.map { $0 + "/pg_config" }
        let pgConfig: String = candidates.first(where: { access($0, X_OK) == 0 }) ?? "-"
        return [installation.executable("postgres"), installation.executable("initdb"), pgConfig, "/usr/lib/postgresql"]
            .map { path in
                var info = stat()
                guard stat(path, &info) == 0 else { return path + ":-" }
                return
                    "\(path):\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
            }.joined(separator: " ")
    }
}
