import Foundation
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// A valid lesson using every engine field of issue 9; each broken case edits one line of it.
let engineLessonYAML = """
    format_version: 2
    id: stage-1/01-engine
    title: Engine
    topic: Performance
    level: 2
    duration: 5 min
    server:
      settings: {max_connections: 30, shared_preload_libraries: 'pg_stat_statements, auto_explain'}
    learner: {role: dba, database: app_db}
    setup:
      roles: CREATE ROLE dba LOGIN SUPERUSER;
      databases:
        - name: app_db
          sql: CREATE TABLE orders (id int);
    sessions:
      - name: api
        count: 3
        database: app_db
        role: dba
        application_name: api_worker
        statements: [SELECT 1]
        until: idle
      - name: sync
        database: app_db
        role: dba
        application_name: committer
        statements: [SELECT pg_sleep(60)]
        until: waiting
        wait_event: PgSleep
    milestones:
      - id: scan
        title: the scan
        evidence:
          - cell: 'Seq Scan on orders'
          - notice: 'not yet removable'
    checks:
      - id: indexed
        milestone: scan
        title: uses an index
        database: app_db
        plan:
          role: dba
          settings: {plan_cache_mode: force_generic_plan}
          sql: SELECT * FROM orders WHERE id = $1
          params: ['42']
          analyze: false
          require: ['Index Scan']
          forbid: ['Seq Scan on orders']
        workload: [read]
        pass: indexed
        fail: not indexed
    traps:
      - id: killed
        title: killed api workers
        sessions_terminated: [api]
    workload:
      - id: read
        database: app_db
        role: dba
        settings: {app.tenant_id: '2'}
        sql: SELECT true
    collateral:
      sessions: [api]
    """

@Suite struct LessonLoaderEngineTests {
    @Test func loadsEveryEngineField() throws {
        let lesson = try LessonLoader.parseLessonYAML(engineLessonYAML, file: "lesson.yaml")
        #expect(
            lesson.serverSettings == [
                SettingValue(name: "max_connections", value: "30"),
                SettingValue(name: "shared_preload_libraries", value: "pg_stat_statements, auto_explain"),
            ])
        #expect(lesson.sessions.map(\.name) == ["api-1", "api-2", "api-3", "sync"])
        #expect(Set(lesson.sessions.prefix(3).map(\.applicationName)) == ["api_worker"])
        #expect(lesson.sessions[3].until == .waiting && lesson.sessions[3].waitEvent == "PgSleep")
        let plan = try #require(lesson.checks[0].plan)
        #expect(
            plan
                == PlanProbe(
                    role: "dba", settings: [SettingValue(name: "plan_cache_mode", value: "force_generic_plan")],
                    sql: "SELECT * FROM orders WHERE id = $1", params: ["42"], analyze: false, require: ["Index Scan"],
                    forbid: ["Seq Scan on orders"]))
        #expect(lesson.checks[0].hasProbe)
        #expect(lesson.workload[0].settings == [SettingValue(name: "app.tenant_id", value: "2")])
        #expect(lesson.milestones[0].evidence[1].notice == "not yet removable")
    }

    @Test(arguments: [
        LessonLoaderTests.Broken(
            replace: "max_connections: 30,", with: "port: 5433,", line: 8, field: "server.settings.port",
            message: "pgcoach sets port itself"),
        LessonLoaderTests.Broken(
            replace: "max_connections: 30,", with: "listen_addresses: '*',", line: 8, field: "server.settings.listen_addresses",
            message: "private socket"),
        LessonLoaderTests.Broken(
            replace: "max_connections: 30,", with: "unix_socket_directories: /tmp,", line: 8,
            field: "server.settings.unix_socket_directories", message: "pgcoach sets"),
        LessonLoaderTests.Broken(
            replace: "'pg_stat_statements, auto_explain'", with: "auto_explain", line: 8,
            field: "server.settings.shared_preload_libraries", message: "must keep pg_stat_statements"),
        LessonLoaderTests.Broken(
            replace: "max_connections: 30,", with: "'max connections': 30,", line: 8, field: "server.settings.max connections",
            message: "not a setting name"),
        LessonLoaderTests.Broken(
            replace: "  settings: {max", with: "  setings: {max", line: 8, field: "server.setings", message: "unknown field"),
        LessonLoaderTests.Broken(replace: "count: 3", with: "count: 0", line: 17, field: "sessions[0].count", message: "between 1 and 200"),
        LessonLoaderTests.Broken(replace: "count: 3", with: "count: many", line: 17, field: "sessions[0].count", message: "whole number"),
        LessonLoaderTests.Broken(
            replace: "sessions_terminated: [api]", with: "sessions_terminated: [api-9]", line: 55, field: "traps[0].sessions_terminated",
            message: "no session api-9"),
        LessonLoaderTests.Broken(
            replace: "    wait_event: PgSleep\n", with: "", line: 28, field: "sessions[1].wait_event",
            message: "required with until: waiting"),
        LessonLoaderTests.Broken(
            replace: "until: idle\n", with: "until: idle\n    wait_event: ClientRead\n", line: 23, field: "sessions[0].wait_event",
            message: "only with until: waiting"),
        LessonLoaderTests.Broken(
            replace: "wait_event: PgSleep", with: "wait_event: '(Pg'", line: 29, field: "sessions[1].wait_event",
            message: "regular expression"),
        LessonLoaderTests.Broken(
            replace: "require: ['Index Scan']", with: "require: ['(Index']", line: 47, field: "checks[0].plan.require[0]",
            message: "regular expression"),
        LessonLoaderTests.Broken(
            replace: "      require: ['Index Scan']\n      forbid: ['Seq Scan on orders']\n", with: "", line: 42, field: "checks[0].plan",
            message: "require or forbid"),
        LessonLoaderTests.Broken(
            replace: "      sql: SELECT * FROM orders WHERE id = $1\n", with: "", line: nil, field: "checks[0].plan.sql", message: "missing"
        ),
        LessonLoaderTests.Broken(
            replace: "analyze: false", with: "analyse: false", line: 46, field: "checks[0].plan.analyse", message: "unknown field"),
        LessonLoaderTests.Broken(
            replace: "analyze: false", with: "analyze: maybe", line: 46, field: "checks[0].plan.analyze", message: "true or false"),
        LessonLoaderTests.Broken(
            replace: "    plan:\n      role: dba", with: "    sql: SELECT true\n    plan:\n      role: dba", line: 43,
            field: "checks[0].plan",
            message: "sql or plan, not both"),
        LessonLoaderTests.Broken(
            replace: "    database: app_db\n    plan:", with: "    plan:", line: 37, field: "checks[0].database",
            message: "required with sql or plan"),
        LessonLoaderTests.Broken(
            replace: "{plan_cache_mode: force_generic_plan}", with: "{plan_cache_mode: [a, b]}", line: 43,
            field: "checks[0].plan.settings.plan_cache_mode", message: "expected a value"),
        LessonLoaderTests.Broken(
            replace: "{app.tenant_id: '2'}", with: "{app.tenant.id: '2'}", line: 60, field: "workload[0].settings.app.tenant.id",
            message: "not a setting name"),
        LessonLoaderTests.Broken(
            replace: "notice: 'not yet removable'", with: "notice: '(not'", line: 35, field: "milestones[0].evidence[1].notice",
            message: "regular expression"),
    ])
    func reportsFileLineAndField(_ b: LessonLoaderTests.Broken) {
        let source = engineLessonYAML.replacingOccurrences(of: b.replace, with: b.with)
        #expect(source != engineLessonYAML, "the case must change the lesson")
        Self.expectFormatError(source, field: b.field, message: b.message, line: b.line)
    }

    /// Loading `source` fails with a one-line error naming the file, the field and, when given,
    /// the line.
    static func expectFormatError(_ source: String, field: String, message: String, line: Int?) {
        do {
            _ = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
            Issue.record("expected an error")
        } catch let error as LessonFormatError {
            #expect(error.file == "lesson.yaml")
            #expect(error.field == field, "\(error)")
            #expect(error.message.contains(message), "\(error)")
            if let line { #expect(error.line == line, "\(error)") }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    static let concurrentStep = """
          - id: crossing
            database: app_db
            role: dba
            concurrent:
              - {session: gate, sql: SELECT 1}
              - {session: writer, role: dba, sql: SELECT 2}
        """

    /// The lesson with `step` added to its workload.
    static func withStep(_ step: String) -> String {
        engineLessonYAML.replacingOccurrences(of: "collateral:", with: step + "\ncollateral:")
    }

    @Test func concurrentStepsLoad() throws {
        let lesson = try LessonLoader.parseLessonYAML(Self.withStep(Self.concurrentStep), file: "lesson.yaml")
        #expect(
            lesson.workload[1].concurrent == [
                ConcurrentStatement(session: "gate", role: "dba", sql: "SELECT 1"),
                ConcurrentStatement(session: "writer", role: "dba", sql: "SELECT 2"),
            ])
    }

    @Test(arguments: [
        (
            "      - {session: writer, role: dba, sql: SELECT 2}", "      - {session: gate, sql: SELECT 2}", "workload[1].concurrent",
            "at least two sessions"
        ),
        (
            "      - {session: writer, role: dba, sql: SELECT 2}", "      - {session: gate, role: other, sql: SELECT 2}",
            "workload[1].concurrent[1].role", "already connected as dba"
        ),
        ("      - {session: writer, role: dba, sql: SELECT 2}", "      - {session: writer}", "workload[1].concurrent[1].sql", "missing"),
        (
            "      - {session: writer, role: dba, sql: SELECT 2}", "      - {session: Writer!, sql: SELECT 2}",
            "workload[1].concurrent[1].session", "lower-case identifier"
        ),
        (
            "    role: dba\n    concurrent:", "    role: dba\n    sql: SELECT 3\n    concurrent:", "workload[1].concurrent",
            "sql or concurrent, not both"
        ),
        (
            "    role: dba\n    concurrent:", "    role: dba\n    expect: true\n    concurrent:", "workload[1].expect",
            "expect does not apply"
        ),
    ])
    func concurrentStepErrors(_ replace: String, _ with: String, _ field: String, _ message: String) {
        let step = Self.concurrentStep.replacingOccurrences(of: replace, with: with)
        #expect(step != Self.concurrentStep)
        Self.expectFormatError(Self.withStep(step), field: field, message: message, line: nil)
    }

    /// A plan trap triggers like an sql trap; a base name of a crowd is a session name.
    @Test func planTrapsAndCrowdNamesLoad() throws {
        let source = engineLessonYAML.replacingOccurrences(
            of: "    sessions_terminated: [api]",
            with: """
                    sessions_terminated: [api, api-2]
                  - id: scanned
                    title: scans again
                    database: app_db
                    plan: {sql: SELECT 1, require: [Result]}
                """)
        let lesson = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
        #expect(lesson.traps[0].sessionsTerminated == ["api", "api-2"])
        #expect(lesson.traps[1].plan?.require == ["Result"] && lesson.traps[1].hasProbe)
    }
}
