import Foundation

/// Where pgcoach keeps per-user state (history, journals, progress): `$XDG_STATE_HOME/pgcoach`,
/// by default `~/.local/state/pgcoach`.
enum StatePaths {
    static var directory: String {
        let env = ProcessInfo.processInfo.environment
        if let state = env["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/pgcoach" }
        return NSHomeDirectory() + "/.local/state/pgcoach"
    }

    /// Creates the directory (mode 0700) if needed; returns nil when it cannot.
    static func ensureDirectory(_ path: String = directory) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return path
        } catch {
            return nil
        }
    }

    static var historyFile: String? {
        ensureDirectory().map { $0 + "/history" }
    }
}
