/// Whether pgbouncer will give a client of one pool (database, user) a server connection
/// without anyone leaving, read from the console's `SHOW POOLS` and `SHOW DATABASES`.
///
/// A client that waits while its pool can still serve it is on its way (a grown pool logs in
/// new server connections within milliseconds); one that waits while every allowed server
/// connection is busy stays queued until someone finishes. The judge's settle and the
/// workload tell the two apart with this, never with a timer.
public enum PoolerPoolCapacity {
    /// Rows of one console command, every cell as text.
    public typealias Shown = (columns: [String], rows: [[String?]])

    public struct Pool: Sendable, Equatable {
        /// Clients already waiting in the pool's queue.
        public var waiting: Int
        /// Whether a client arriving now (or the first one waiting) gets a server connection
        /// without anyone leaving: one is idle, being logged in or checked, or the pool may
        /// still open one (under its `pool_size` and the database's `max_db_connections`).
        public var canServe: Bool
        public init(waiting: Int, canServe: Bool) {
            self.waiting = waiting
            self.canServe = canServe
        }
    }

    /// The pool of `database` and `user`; a pool not there yet (nobody came) serves.
    public static func pool(database: String, user: String, pools: Shown, databases: Shown) -> Pool {
        func cell(_ shown: Shown, _ row: [String?], _ column: String) -> Int {
            guard let index = shown.columns.firstIndex(of: column), row.indices.contains(index) else { return 0 }
            return Int(row[index] ?? "") ?? 0
        }
        func row(_ shown: Shown, where conditions: [(String, String)]) -> [String?]? {
            shown.rows.first { row in
                conditions.allSatisfy { column, value in
                    guard let index = shown.columns.firstIndex(of: column), row.indices.contains(index) else { return false }
                    return row[index] == value
                }
            }
        }
        guard let poolRow = row(pools, where: [("database", database), ("user", user)]) else { return Pool(waiting: 0, canServe: true) }
        let waiting = cell(pools, poolRow, "cl_waiting")
        let ready = ["sv_idle", "sv_used", "sv_tested", "sv_login"].reduce(0) { $0 + cell(pools, poolRow, $1) }
        if ready > 0 { return Pool(waiting: waiting, canServe: true) }
        let open =
            ready + cell(pools, poolRow, "sv_active") + cell(pools, poolRow, "sv_active_cancel") + cell(pools, poolRow, "sv_being_canceled")
        guard let databaseRow = row(databases, where: [("name", database)]) else { return Pool(waiting: waiting, canServe: false) }
        let size = cell(databases, databaseRow, "pool_size")
        let limit = cell(databases, databaseRow, "max_connections")
        let underLimit = limit == 0 || cell(databases, databaseRow, "current_connections") < limit
        return Pool(waiting: waiting, canServe: open < size && underLimit)
    }
}
