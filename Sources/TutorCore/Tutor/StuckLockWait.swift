/// Whether a backend queued on a lock can only leave the queue by timing out, read from one
/// look at `pg_stat_activity` and `pg_blocking_pids`.
///
/// The judge replays a workload step with the step's `lock_timeout`; while the lesson is
/// broken, the step queues behind a lesson session and fails when that timeout passes. When
/// everything ahead of it is *frozen* — a lesson session pgcoach holds open and never drives
/// again, idle in its transaction, or itself queued only behind such sessions, or a prepared
/// transaction — nothing can release the lock before the timeout (the learner's prompt waits
/// for the judge), so the step's outcome is already known and the wait can be cut short.
/// Anything else ahead (the learner's own connection, another workload step, a session that
/// runs by itself) keeps the full wait.
public enum StuckLockWait {
    /// One backend as `pg_stat_activity` shows it, with `pg_blocking_pids` while it waits on a lock.
    public struct Backend: Sendable, Equatable {
        public var pid: Int32
        public var state: String
        public var waitEventType: String
        public var blockers: [Int32]

        public init(pid: Int32, state: String, waitEventType: String, blockers: [Int32] = []) {
            self.pid = pid
            self.state = state
            self.waitEventType = waitEventType
            self.blockers = blockers
        }
    }

    /// Whether `pid` waits on a lock held (or queued for) only by frozen backends.
    /// `frozen`: the pids of the lesson's own sessions, which pgcoach never drives after setup.
    public static func waitsForever(_ pid: Int32, backends: [Backend], frozen: Set<Int32>) -> Bool {
        let byPID = Dictionary(backends.map { ($0.pid, $0) }, uniquingKeysWith: { first, _ in first })
        guard let waiter = byPID[pid], waiter.waitEventType == "Lock", !waiter.blockers.isEmpty else { return false }
        var visiting: Set<Int32> = [pid]
        return waiter.blockers.allSatisfy { isFrozen($0, byPID: byPID, frozen: frozen, visiting: &visiting) }
    }

    /// A frozen backend keeps its locks for as long as anyone may look: a prepared transaction
    /// (pid 0 in `pg_blocking_pids`), or a lesson session idle in its transaction or queued
    /// behind frozen backends only. A cycle is a deadlock the server resolves: not frozen.
    private static func isFrozen(_ pid: Int32, byPID: [Int32: Backend], frozen: Set<Int32>, visiting: inout Set<Int32>) -> Bool {
        if pid == 0 { return true }
        guard frozen.contains(pid), let backend = byPID[pid], !visiting.contains(pid) else { return false }
        if backend.state.hasPrefix("idle in transaction") { return true }
        guard backend.waitEventType == "Lock", !backend.blockers.isEmpty else { return false }
        visiting.insert(pid)
        defer { visiting.remove(pid) }
        return backend.blockers.allSatisfy { isFrozen($0, byPID: byPID, frozen: frozen, visiting: &visiting) }
    }

    /// The backends with these pids (`$1`, an int array literal), in the columns `backends(_:)` reads.
    public static let query =
        "SELECT pid, coalesce(state, ''), coalesce(wait_event_type, ''), CASE WHEN wait_event_type = 'Lock' THEN pg_catalog.pg_blocking_pids(pid) END FROM pg_catalog.pg_stat_activity WHERE pid = ANY($1::int[])"

    /// The rows of `SELECT pid, state, wait_event_type, pg_blocking_pids(pid)` (as text).
    public static func backends(_ rows: [[String?]]) -> [Backend] {
        rows.compactMap { row in
            guard row.count >= 4, let text = row[0], let pid = Int32(text) else { return nil }
            return Backend(pid: pid, state: row[1] ?? "", waitEventType: row[2] ?? "", blockers: parsePIDs(row[3]))
        }
    }

    /// `pg_blocking_pids`' array as text (`{12,34}`), or nil/empty for none.
    public static func parsePIDs(_ text: String?) -> [Int32] {
        guard let text else { return [] }
        return text.split(whereSeparator: { "{}, ".contains($0) }).compactMap { Int32($0) }
    }
}
