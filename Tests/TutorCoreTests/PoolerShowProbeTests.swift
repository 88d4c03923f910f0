import Testing
import TutorCore

@Suite struct PoolerShowProbeTests {
    @Test(arguments: [
        ("0", PoolerComparison.equals("0")),
        (" transaction ", .equals("transaction")),
        ("!= 4", .notEquals("4")),
        ("!=4", .notEquals("4")),
        ("> 0", .greater(0)),
        (">=10", .greaterOrEqual(10)),
        ("< 3", .less(3)),
        ("<= -1", .lessOrEqual(-1)),
        ("", .equals("")),
    ])
    func parses(_ text: String, _ expected: PoolerComparison) {
        #expect(PoolerComparison.parse(text) == expected)
    }

    @Test(arguments: ["> many", ">=", "< 1.5"])
    func refusesANumberComparisonWithoutAWholeNumber(_ text: String) {
        #expect(PoolerComparison.parse(text) == nil)
    }

    @Test(
        arguments: [
            (PoolerComparison.equals("0"), "0", true), (.equals("0"), "00", false), (.equals(""), nil, true),
            (.notEquals("4"), "4", false), (.notEquals("4"), "20", true),
            (.greater(0), "3", true), (.greater(0), "0", false), (.greater(0), "x", false), (.greater(0), nil, false),
            (.greaterOrEqual(4), "4", true), (.less(4), "4", false), (.lessOrEqual(4), "4", true), (.lessOrEqual(4), "5", false),
        ] as [(PoolerComparison, String?, Bool)])
    func comparesCells(_ comparison: PoolerComparison, _ value: String?, _ holds: Bool) {
        #expect(comparison.holds(value) == holds)
    }

    static let columns = ["database", "user", "cl_active", "cl_waiting", "pool_mode"]
    static let rows: [[String?]] = [
        ["pgbouncer", "pgbouncer", "1", "0", "statement"],
        ["app_db", "app", "4", "2", "transaction"],
        ["app_db", "report", "1", "0", "transaction"],
    ]

    static func probe(_ conditions: [(String, PoolerComparison)], _ expectations: [(String, PoolerComparison)]) -> PoolerShowProbe {
        PoolerShowProbe(
            command: "POOLS", conditions: conditions.map { PoolerCondition(column: $0.0, comparison: $0.1) },
            expectations: expectations.map { PoolerCondition(column: $0.0, comparison: $0.1) })
    }

    @Test(
        arguments: [
            // Every selected row must meet the expectation: one pool of app_db still has waiters.
            (
                [("database", PoolerComparison.equals("app_db"))], [("cl_waiting", PoolerComparison.equals("0"))], false,
                "SHOW POOLS: cl_waiting is 2 where database = app_db (expected 0)"
            ),
            (
                [("database", .equals("app_db")), ("user", .equals("report"))], [("cl_waiting", .equals("0"))], true,
                "SHOW POOLS where database = app_db and user = report: cl_waiting = 0"
            ),
            (
                [("database", .equals("app_db"))], [("cl_waiting", .greater(0))], false,
                "SHOW POOLS: cl_waiting is 0 where database = app_db (expected > 0)"
            ),
            (
                [("user", .equals("app"))], [("cl_waiting", .greater(0)), ("pool_mode", .equals("transaction"))], true,
                "SHOW POOLS where user = app: cl_waiting > 0, pool_mode = transaction"
            ),
            // No row selected is never a pass: the pool may be gone.
            ([("database", .equals("shop_db"))], [("cl_waiting", .equals("0"))], false, "SHOW POOLS has no row where database = shop_db"),
            ([], [("cl_active", .greaterOrEqual(1))], true, "SHOW POOLS: cl_active >= 1"),
            ([("datname", .equals("app_db"))], [("cl_waiting", .equals("0"))], false, "SHOW POOLS has no column datname"),
        ] as [([(String, PoolerComparison)], [(String, PoolerComparison)], Bool, String)])
    func judgesRows(
        _ conditions: [(String, PoolerComparison)], _ expectations: [(String, PoolerComparison)], _ matches: Bool, _ reason: String
    ) {
        let verdict = Self.probe(conditions, expectations).verdict(columns: Self.columns, rows: Self.rows)
        #expect(verdict.matches == matches)
        #expect(verdict.reason.hasPrefix(reason), "\(verdict.reason)")
    }

    @Test func aConsoleThatShowsNothingMeetsNothing() {
        let verdict = Self.probe([], [("cl_waiting", .equals("0"))]).verdict(columns: Self.columns, rows: [])
        #expect(!verdict.matches)
    }
}
