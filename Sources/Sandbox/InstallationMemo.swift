import Foundation

/// The installations `PostgresInstallation.locate` found in this process, by what it was asked
/// (explicit directory, `PGCOACH_PG_BIN`, `PATH`). Only successes are kept: a failure is looked
/// for again, since the learner may be installing PostgreSQL right now.
final class InstallationMemo: @unchecked Sendable {
    static let shared = InstallationMemo()

    // Guarded by `lock`.
    private let lock = NSLock()
    private var found: [[String]: PostgresInstallation] = [:]

    func lookup(_ key: [String]) -> PostgresInstallation? {
        lock.withLock { found[key] }
    }

    func store(_ key: [String], _ installation: PostgresInstallation) {
        lock.withLock { found[key] = installation }
    }
}
