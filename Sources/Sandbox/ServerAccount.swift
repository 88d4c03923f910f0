import Foundation

/// The Unix account the PostgreSQL server binaries run as.
///
/// initdb and postgres refuse to run as root, and CI and containers run pgcoach as root, so a
/// root pgcoach runs them as an unprivileged account (by default `postgres`, which Debian's
/// server package creates) that owns the sandbox directory. Anyone else runs them as themselves.
public struct ServerAccount: Sendable, Equatable {
    /// The login name.
    public let name: String
    /// The user id the server processes run with.
    public let uid: uid_t
    /// The primary group id; the only group the server processes keep.
    public let gid: gid_t

    /// The account pgcoach uses when neither `runAs` nor root says otherwise.
    static let defaultForRoot = "postgres"

    /// Whether pgcoach must change user to run the server: it runs as root and this account is
    /// not root.
    public var needsSwitch: Bool { uid != geteuid() }

    /// The account named `name`, or nil when there is none.
    static func named(_ name: String) -> ServerAccount? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getpwnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return ServerAccount(name: String(cString: entry.pw_name), uid: entry.pw_uid, gid: entry.pw_gid)
    }

    /// The account pgcoach itself runs as.
    static var current: ServerAccount {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        let uid = geteuid()
        if getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil {
            return ServerAccount(name: String(cString: entry.pw_name), uid: uid, gid: getegid())
        }
        // Containers sometimes run under a uid with no passwd entry; the server does not care.
        return ServerAccount(name: String(uid), uid: uid, gid: getegid())
    }

    /// The account to run the server as: `requested` if given, otherwise `postgres` when
    /// pgcoach is root and pgcoach's own account otherwise.
    static func resolve(requested: String?) throws -> ServerAccount {
        let weAreRoot = geteuid() == 0
        let name = requested ?? (weAreRoot ? defaultForRoot : nil)
        guard let name else { return .current }
        guard let account = named(name) else {
            if requested == nil {
                throw SandboxError.accountUnusable(
                    "pgcoach runs as root, and PostgreSQL refuses to run as root, but there is no "
                        + "'\(defaultForRoot)' account to run it as. Install the server package "
                        + "(apt-get install postgresql creates the account) or name another "
                        + "unprivileged account with --run-as.")
            }
            throw SandboxError.accountUnusable("there is no account named '\(name)' to run PostgreSQL as")
        }
        if account.uid == 0 {
            throw SandboxError.accountUnusable(
                "PostgreSQL refuses to run as root ('\(name)'); name an unprivileged account to run it as")
        }
        if account.needsSwitch && !weAreRoot {
            throw SandboxError.accountUnusable(
                "only root can run PostgreSQL as another account ('\(name)'); run pgcoach as '\(name)' instead")
        }
        return account
    }

    /// Whether the server, running as this account, can reach `path`: every directory on the
    /// way must grant it search permission. Only the primary group counts, because the server is
    /// started with exactly that one group.
    func canTraverse(_ path: String) -> Bool {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            var info = stat()
            guard stat(prefix, &info) == 0 else { return false }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            let allowed: mode_t
            if info.st_uid == uid {
                allowed = S_IXUSR
            } else if info.st_gid == gid {
                allowed = S_IXGRP
            } else {
                allowed = S_IXOTH
            }
            if info.st_mode & allowed == 0 { return false }
        }
        return true
    }
}
