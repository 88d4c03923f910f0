import Testing
import TutorCore

@Suite struct PoolerPoolCapacityTests {
    static let poolColumns = [
        "database", "user", "cl_active", "cl_waiting", "sv_active", "sv_active_cancel", "sv_being_canceled", "sv_idle", "sv_used",
        "sv_tested", "sv_login",
    ]
    static let databaseColumns = ["name", "pool_size", "max_connections", "current_connections"]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// cl_waiting, sv_active, sv_idle, sv_used, sv_login
        var pool: [Int]?
        /// pool_size, max_connections, current_connections
        var database: [Int]?
        var waiting: Int
        var canServe: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "full pool with a queue", pool: [3, 4, 0, 0, 0], database: [4, 0, 4], waiting: 3, canServe: false),
        Case(name: "full pool, nobody waiting yet", pool: [0, 2, 0, 0, 0], database: [2, 0, 2], waiting: 0, canServe: false),
        Case(name: "grown pool: room for more", pool: [3, 4, 0, 0, 0], database: [10, 0, 4], waiting: 3, canServe: true),
        Case(name: "a server logging in for the queue", pool: [1, 1, 0, 0, 1], database: [2, 0, 2], waiting: 1, canServe: true),
        Case(name: "an idle server", pool: [0, 1, 1, 0, 0], database: [2, 0, 2], waiting: 0, canServe: true),
        Case(name: "a used server to be checked", pool: [0, 1, 0, 1, 0], database: [2, 0, 2], waiting: 0, canServe: true),
        Case(name: "max_db_connections reached", pool: [2, 4, 0, 0, 0], database: [10, 4, 4], waiting: 2, canServe: false),
        Case(name: "under max_db_connections", pool: [2, 4, 0, 0, 0], database: [10, 8, 4], waiting: 2, canServe: true),
        Case(name: "no pool yet", pool: nil, database: [2, 0, 0], waiting: 0, canServe: true),
        Case(name: "the database is not shown", pool: [1, 2, 0, 0, 0], database: nil, waiting: 1, canServe: false),
    ])
    func tellsAWaitThatEndsFromOneThatStays(_ c: Case) {
        var poolRows: [[String?]] = [["pgbouncer", "pgbouncer", "1", "0", "0", "0", "0", "0", "0", "0", "0"]]
        if let p = c.pool {
            poolRows.append([
                "app_db", "app_user", "0", String(p[0]), String(p[1]), "0", "0", String(p[2]), String(p[3]), "0", String(p[4]),
            ])
        }
        var databaseRows: [[String?]] = [["pgbouncer", "2", "0", "0"]]
        if let d = c.database { databaseRows.append(["app_db"] + d.map { String($0) }) }
        let pool = PoolerPoolCapacity.pool(
            database: "app_db", user: "app_user", pools: (Self.poolColumns, poolRows), databases: (Self.databaseColumns, databaseRows))
        #expect(pool == PoolerPoolCapacity.Pool(waiting: c.waiting, canServe: c.canServe))
    }
}
