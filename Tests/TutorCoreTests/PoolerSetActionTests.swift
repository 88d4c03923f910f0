import Testing
import TutorCore

@Suite struct PoolerSetActionTests {
    static let action = LessonAction(
        id: "resize-pool",
        kind: .poolerSet(
            PoolerSetAction(settings: [
                PoolerSetting(key: "default_pool_size", range: 1...1000),
                PoolerSetting(key: "pool_size", database: "app_db", range: 1...1000),
                PoolerSetting(key: "reserve_pool_size", range: 0...1000),
            ])),
        description: "resize the pool")

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: String
        var result: Result<ActionRequest, ActionProblem>
        var testDescription: String { arguments }
    }

    @Test(arguments: [
        Case(
            arguments: "default_pool_size 20",
            result: .success(.poolerSet(PoolerSetting(key: "default_pool_size", range: 1...1000), value: 20))),
        Case(
            arguments: "  app_db.pool_size   12 ",
            result: .success(.poolerSet(PoolerSetting(key: "pool_size", database: "app_db", range: 1...1000), value: 12))),
        Case(
            arguments: "reserve_pool_size 0",
            result: .success(.poolerSet(PoolerSetting(key: "reserve_pool_size", range: 0...1000), value: 0))),
        Case(
            arguments: "",
            result: .failure(
                ActionProblem(
                    "give a setting and its new value; usage: \\action resize-pool default_pool_size|app_db.pool_size|reserve_pool_size N"
                ))),
        Case(
            arguments: "default_pool_size 20 30",
            result: .failure(
                ActionProblem(
                    "give a setting and its new value; usage: \\action resize-pool default_pool_size|app_db.pool_size|reserve_pool_size N"
                ))),
        Case(
            arguments: "max_client_conn 500",
            result: .failure(
                ActionProblem(
                    "resize-pool does not change max_client_conn (it changes default_pool_size, app_db.pool_size, reserve_pool_size)"))
        ),
        Case(
            arguments: "other_db.pool_size 5",
            result: .failure(
                ActionProblem(
                    "resize-pool does not change other_db.pool_size (it changes default_pool_size, app_db.pool_size, reserve_pool_size)"
                ))),
        Case(
            arguments: "default_pool_size ten",
            result: .failure(ActionProblem("ten is not a whole number; give default_pool_size a value from 1 to 1000"))),
        Case(
            arguments: "default_pool_size -5",
            result: .failure(ActionProblem("-5 is not a whole number; give default_pool_size a value from 1 to 1000"))),
        Case(
            arguments: "default_pool_size 12.5",
            result: .failure(ActionProblem("12.5 is not a whole number; give default_pool_size a value from 1 to 1000"))),
        Case(
            arguments: "default_pool_size 99999999999999999999",
            result: .failure(
                ActionProblem("99999999999999999999 is not a whole number; give default_pool_size a value from 1 to 1000"))),
        Case(
            arguments: "default_pool_size 0",
            result: .failure(ActionProblem("default_pool_size must be from 1 to 1000, not 0"))),
        Case(
            arguments: "app_db.pool_size 1001",
            result: .failure(ActionProblem("app_db.pool_size must be from 1 to 1000, not 1001"))),
    ])
    func parsesAndValidatesArguments(_ c: Case) {
        #expect(ActionRequest.parse(c.arguments, for: Self.action) == c.result)
    }

    struct Named: Sendable, CustomTestStringConvertible {
        var text: String
        var setting: PoolerSetting?
        var message: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Named(text: "default_pool_size", setting: PoolerSetting(key: "default_pool_size", range: 1...1000)),
        Named(text: "max_client_conn", setting: PoolerSetting(key: "max_client_conn", range: 1...10000)),
        Named(text: "app_db.pool_size", setting: PoolerSetting(key: "pool_size", database: "app_db", range: 1...1000)),
        Named(text: "app_db.reserve_pool", setting: PoolerSetting(key: "reserve_pool", database: "app_db", range: 0...1000)),
        Named(text: "pool_mode", message: "pool_mode is not a pgbouncer setting pgcoach can change (one of: default_pool_size"),
        Named(text: "listen_port", message: "listen_port is not a pgbouncer setting pgcoach can change"),
        Named(text: "shop_db.pool_size", message: "shop_db is not a database of the pooler (pooler.databases: app_db)"),
        Named(text: "app_db.host", message: "host is not a whole-number setting of a pgbouncer database (one of: max_db_connections"),
    ])
    func readsTheNamesALessonAllows(_ n: Named) {
        switch PoolerSetting.named(n.text, databases: ["app_db"]) {
        case .success(let setting):
            #expect(setting == n.setting)
            #expect(setting.name == n.text)
        case .failure(let problem):
            #expect(n.setting == nil)
            #expect(problem.message.hasPrefix(n.message ?? "?"), "\(problem.message)")
        }
    }

    @Test func readsTheValueTheConsoleShows() {
        let global = PoolerSetting(key: "default_pool_size", range: 1...1000)
        #expect(global.shownBy.command == "CONFIG")
        #expect(
            global.shownValue(
                columns: ["key", "value", "default", "changeable"],
                rows: [["auth_type", "trust", "md5", "yes"], ["default_pool_size", "12", "20", "yes"]]) == "12")
        #expect(global.shownValue(columns: ["key", "value"], rows: [["auth_type", "trust"]]) == nil)
        let pool = PoolerSetting(key: "pool_size", database: "app_db", range: 1...1000)
        let columns = ["name", "host", "pool_size", "max_connections"]
        let rows: [[String?]] = [["pgbouncer", nil, "2", "0"], ["app_db", "/run/sb", "10", "40"]]
        #expect(pool.shownValue(columns: columns, rows: rows) == "10")
        // SHOW DATABASES names max_db_connections max_connections.
        #expect(
            PoolerSetting(key: "max_db_connections", database: "app_db", range: 0...10000).shownValue(columns: columns, rows: rows) == "40")
        #expect(pool.shownValue(columns: ["name", "host"], rows: rows) == nil)
    }
}
