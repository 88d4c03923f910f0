import Foundation
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// A valid lesson with a pooler; each broken case edits one line of it.
let poolerLessonYAML = """
    format_version: 2
    id: stage-1/01-pool
    title: Pool
    topic: Connections
    level: 3
    duration: 5 min
    pooler:
      kind: pgbouncer
      pool_mode: transaction
      default_pool_size: 4
      databases: [app_db]
      settings: {query_wait_timeout: 0, max_client_conn: 200}
    learner: {role: dba, database: app_db}
    setup:
      roles: CREATE ROLE dba LOGIN SUPERUSER; CREATE ROLE app LOGIN;
      databases:
        - name: app_db
          sql: CREATE TABLE orders (id int);
        - name: other_db
    sessions:
      - name: holder
        count: 4
        database: app_db
        role: app
        application_name: invoice-sync
        via: pooler
        statements: [BEGIN, SELECT 1]
        until: idle_in_transaction
      - name: request
        database: app_db
        role: app
        application_name: checkout-api
        via: pooler
        statements: [SELECT 1]
        until: queued
    milestones:
      - id: full
        title: the pool is full
        evidence:
          - database: pgbouncer
            row: [{database: app_db}, {cl_waiting: '[1-9]'}]
    checks:
      - id: drained
        milestone: full
        title: nobody waits
        pooler_show: {command: pools, where: {database: app_db}, expect: {cl_waiting: '0', sv_active: '<= 4'}}
        pass: drained
        fail: still waiting
      - id: served
        milestone: full
        title: checkout works
        workload: [checkout]
        pass: served
        fail: not served
    traps:
      - id: bigger_pool
        title: pool enlarged
        pooler_show: {command: CONFIG, where: {key: default_pool_size}, expect: {value: '!= 4'}}
    workload:
      - id: checkout
        database: app_db
        role: app
        via: pooler
        sql: SELECT true
    """

@Suite struct LessonLoaderPoolerTests {
    @Test func loadsThePoolerBlocks() throws {
        let lesson = try LessonLoader.parseLessonYAML(poolerLessonYAML, file: "lesson.yaml")
        #expect(
            lesson.pooler
                == LessonPooler(
                    kind: .pgbouncer, poolMode: .transaction, defaultPoolSize: 4, databases: ["app_db"],
                    settings: [SettingValue(name: "query_wait_timeout", value: "0"), SettingValue(name: "max_client_conn", value: "200")]))
        #expect(lesson.sessions.map(\.via) == Array(repeating: .pooler, count: 5))
        #expect(lesson.sessions.last?.until == .queued)
        #expect(lesson.workload[0].via == .pooler)
        #expect(lesson.milestones[0].evidence[0].databases == ["pgbouncer"])
        let show = try #require(lesson.checks[0].poolerShow)
        #expect(show.command == "POOLS")
        #expect(show.conditions == [PoolerCondition(column: "database", comparison: .equals("app_db"))])
        #expect(
            show.expectations == [
                PoolerCondition(column: "cl_waiting", comparison: .equals("0")),
                PoolerCondition(column: "sv_active", comparison: .lessOrEqual(4)),
            ])
        #expect(lesson.checks[0].databases == ["pgbouncer"] && lesson.checks[0].hasProbe)
        #expect(lesson.traps[0].poolerShow?.expectations == [PoolerCondition(column: "value", comparison: .notEquals("4"))])
        #expect(lesson.traps[0].databases == ["pgbouncer"])
    }

    @Test func defaultsAreThoseOfPgbouncer() throws {
        let source =
            poolerLessonYAML
            .replacingOccurrences(of: "  kind: pgbouncer\n  pool_mode: transaction\n  default_pool_size: 4\n", with: "")
        let lesson = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
        #expect(lesson.pooler?.poolMode == .session && lesson.pooler?.defaultPoolSize == 20 && lesson.pooler?.kind == .pgbouncer)
    }

    @Test(arguments: [
        LessonLoaderTests.Broken(
            replace: "kind: pgbouncer", with: "kind: pgpool", line: 8, field: "pooler.kind", message: "unknown pooler"),
        LessonLoaderTests.Broken(
            replace: "pool_mode: transaction", with: "pool_mode: tx", line: 9, field: "pooler.pool_mode",
            message: "session, transaction, statement"),
        LessonLoaderTests.Broken(
            replace: "default_pool_size: 4", with: "default_pool_size: 0", line: 10, field: "pooler.default_pool_size",
            message: "between 1 and 1000"),
        LessonLoaderTests.Broken(
            replace: "databases: [app_db]", with: "databases: []", line: nil, field: "pooler.databases", message: "missing"),
        LessonLoaderTests.Broken(
            replace: "databases: [app_db]", with: "databases: [shop_db]", line: 11, field: "pooler.databases[0]",
            message: "not created by setup.databases"),
        LessonLoaderTests.Broken(
            replace: "databases: [app_db]", with: "databases: [app_db, app_db]", line: 11, field: "pooler.databases[1]",
            message: "listed twice"),
        LessonLoaderTests.Broken(
            replace: "query_wait_timeout: 0,", with: "listen_port: 5432,", line: 12, field: "pooler.settings.listen_port",
            message: "pgcoach sets listen_port itself"),
        LessonLoaderTests.Broken(
            replace: "query_wait_timeout: 0,", with: "auth_type: md5,", line: 12, field: "pooler.settings.auth_type",
            message: "pgcoach sets auth_type"),
        LessonLoaderTests.Broken(
            replace: "query_wait_timeout: 0,", with: "pool_mode: session,", line: 12, field: "pooler.settings.pool_mode",
            message: "give it as pooler.pool_mode"),
        LessonLoaderTests.Broken(
            replace: "query_wait_timeout: 0,", with: "query_wait_timeout: '0 ; x',", line: 12, field: "pooler.settings.query_wait_timeout",
            message: "cannot hold ; or #"),
        LessonLoaderTests.Broken(
            replace: "query_wait_timeout: 0,", with: "app.x: 1,", line: 12, field: "pooler.settings.app.x",
            message: "not a pgbouncer setting name"),
        LessonLoaderTests.Broken(
            replace: "  kind: pgbouncer", with: "  kinds: pgbouncer", line: 8, field: "pooler.kinds", message: "unknown field"),
        LessonLoaderTests.Broken(
            replace: "    via: pooler\n    statements: [BEGIN", with: "    via: bouncer\n    statements: [BEGIN", line: 26,
            field: "sessions[0].via", message: "unknown route"),
        LessonLoaderTests.Broken(
            replace: "    via: pooler\n    statements: [SELECT 1]", with: "    statements: [SELECT 1]", line: 34,
            field: "sessions[1].until", message: "only with via: pooler"),
        LessonLoaderTests.Broken(
            replace: "until: idle_in_transaction", with: "until: waiting_on_lock", line: 28, field: "sessions[0].until",
            message: "idle, idle_in_transaction or queued"),
        LessonLoaderTests.Broken(replace: "- database: pgbouncer", with: "- database: other_db", line: nil, field: "", message: ""),
        LessonLoaderTests.Broken(
            replace: "pooler_show: {command: pools,", with: "pooler_show: {command: 'pools; KILL',", line: 46,
            field: "checks[0].pooler_show.command", message: "not a console command"),
        LessonLoaderTests.Broken(
            replace: "pooler_show: {command: pools,", with: "pooler_show: {command: SHUTDOWN,", line: 46,
            field: "checks[0].pooler_show.command", message: "not a console command"),
        LessonLoaderTests.Broken(
            replace: "expect: {cl_waiting: '0', sv_active: '<= 4'}", with: "expect: {}", line: nil, field: "checks[0].pooler_show.expect",
            message: "missing"),
        LessonLoaderTests.Broken(
            replace: "sv_active: '<= 4'", with: "sv_active: '<= four'", line: 46, field: "checks[0].pooler_show.expect.sv_active",
            message: "whole number"),
        LessonLoaderTests.Broken(
            replace: "sv_active: '<= 4'", with: "SV_Active: '4'", line: 46, field: "checks[0].pooler_show.expect.SV_Active",
            message: "not a console column name"),
        LessonLoaderTests.Broken(
            replace: "    pooler_show: {command: pools", with: "    database: app_db\n    pooler_show: {command: pools", line: nil,
            field: "checks[0].database", message: "without database"),
        LessonLoaderTests.Broken(
            replace: "    pooler_show: {command: CONFIG", with: "    changed_from_baseline: true\n    pooler_show: {command: CONFIG",
            line: nil, field: "traps[0].changed_from_baseline", message: "not with pooler_show"),
        LessonLoaderTests.Broken(
            replace: "    via: pooler\n    sql: SELECT true", with: "    via: pooler\n    settings: {work_mem: 1MB}\n    sql: SELECT true",
            line: nil, field: "workload[0].settings", message: "SET LOCAL"),
        LessonLoaderTests.Broken(
            replace: "    via: pooler\n    sql: SELECT true", with: "    via: server\n    sql: SELECT true", line: nil, field: "",
            message: ""),
        LessonLoaderTests.Broken(
            replace: "    via: pooler\n    sql: SELECT true", with: "    server: primary\n    via: pooler\n    sql: SELECT true", line: nil,
            field: "workload[0].server", message: "via: pooler or server:, not both"),
    ])
    func reportsFileLineAndField(_ b: LessonLoaderTests.Broken) throws {
        let source = poolerLessonYAML.replacingOccurrences(of: b.replace, with: b.with)
        #expect(source != poolerLessonYAML, "the case must change the lesson")
        if b.field.isEmpty {
            // Cases that stay valid: evidence on another database, a step straight to the server.
            _ = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
            return
        }
        LessonLoaderEngineTests.expectFormatError(source, field: b.field, message: b.message, line: b.line)
    }

    /// The lesson without its pooler: block and without any use of it.
    static let withoutPoolerYAML =
        poolerLessonYAML
        .replacingOccurrences(
            of:
                "pooler:\n  kind: pgbouncer\n  pool_mode: transaction\n  default_pool_size: 4\n  databases: [app_db]\n  settings: {query_wait_timeout: 0, max_client_conn: 200}\n",
            with: ""
        )
        .replacingOccurrences(of: "    via: pooler\n", with: "")
        .replacingOccurrences(of: "until: queued", with: "until: idle")
        .replacingOccurrences(of: "- database: pgbouncer\n        row", with: "- row")
        .replacingOccurrences(
            of: "    pooler_show: {command: pools, where: {database: app_db}, expect: {cl_waiting: '0', sv_active: '<= 4'}}\n",
            with: "    database: app_db\n    sql: SELECT true\n"
        )
        .replacingOccurrences(
            of: "    pooler_show: {command: CONFIG, where: {key: default_pool_size}, expect: {value: '!= 4'}}",
            with: "    sessions_terminated: [request]")

    @Test func theLessonWithoutItsPoolerLoads() throws {
        #expect(!Self.withoutPoolerYAML.contains("pooler"))
        let lesson = try LessonLoader.parseLessonYAML(Self.withoutPoolerYAML, file: "lesson.yaml")
        #expect(lesson.pooler == nil)
    }

    /// Without a `pooler:` block, nothing may go through one or read its console.
    @Test(arguments: [
        (
            "    role: app\n    sql: SELECT true", "    role: app\n    via: pooler\n    sql: SELECT true", "workload[0].via",
            "no pooler: block"
        ),
        (
            "      - row: [{database", "      - database: pgbouncer\n        row: [{database", "milestones[0].evidence[0].database",
            "needs a pooler: block"
        ),
        (
            "    database: app_db\n    sql: SELECT true\n", "    pooler_show: {command: POOLS, expect: {cl_waiting: '0'}}\n",
            "checks[0].pooler_show", "no pooler: block"
        ),
        ("until: idle\n", "until: queued\n", "sessions[1].until", "only with via: pooler"),
    ])
    func withoutPooler(_ replace: String, _ with: String, _ field: String, _ message: String) {
        let source = Self.withoutPoolerYAML.replacingOccurrences(of: replace, with: with)
        #expect(source != Self.withoutPoolerYAML)
        LessonLoaderEngineTests.expectFormatError(source, field: field, message: message, line: nil)
    }
}
