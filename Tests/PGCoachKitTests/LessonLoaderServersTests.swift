import Foundation
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// A valid two-server lesson; each broken case edits one line of it.
let serversLessonYAML = """
    format_version: 2
    id: stage-4/01-servers
    title: Servers
    topic: Replication
    level: 2
    duration: 5 min
    learner: {role: dba, database: app_db}
    setup:
      roles: CREATE ROLE dba LOGIN SUPERUSER;
      databases:
        - name: app_db
          sql: CREATE TABLE orders (id int);
    servers:
      - name: replica1
        standby_of: primary
        slot: replica1_slot
        settings: {hot_standby_feedback: 'off'}
        each_start: [SELECT pg_wal_replay_pause()]
      - name: primary
        database: app_db
        each_start: [INSERT INTO orders VALUES (1)]
    sessions:
      - name: reader
        server: replica1
        database: app_db
        role: dba
        application_name: dashboards
        statements: [SELECT 1]
        until: idle
    milestones:
      - id: paused
        title: paused
        evidence:
          - server: replica1
            cell: '^paused$'
          - database: app_db
            cell: 'replica1'
    checks:
      - id: replaying
        milestone: paused
        title: replaying
        server: replica1
        database: app_db
        sql: SELECT NOT pg_is_wal_replay_paused()
        within_ms: 1000
        pass: yes
        fail: no
    traps:
      - id: promoted
        title: promoted
        server: replica1
        database: app_db
        sql: SELECT NOT pg_is_in_recovery()
    """

@Suite struct LessonLoaderServersTests {
    @Test func placesEveryBlockOnItsServer() throws {
        let lesson = try LessonLoader.parseLessonYAML(serversLessonYAML, file: "lesson.yaml")
        #expect(lesson.servers.map(\.name) == ["replica1", "primary"])
        #expect(lesson.servers[0].standbyOf == "primary" && lesson.servers[0].slot == "replica1_slot")
        #expect(lesson.servers[0].settings == [SettingValue(name: "hot_standby_feedback", value: "off")])
        #expect(lesson.servers[1].eachStartDatabase == "app_db")
        #expect(lesson.homeServer == "primary")
        #expect(lesson.learner.database == "app_db")
        #expect(lesson.sessions[0].database == "app_db@replica1")
        #expect(lesson.milestones[0].evidence[0].server == "replica1" && lesson.milestones[0].evidence[0].databases.isEmpty)
        #expect(lesson.milestones[0].evidence[1].databases == ["app_db"])
        #expect(lesson.checks[0].databases == ["app_db@replica1"] && lesson.checks[0].withinMilliseconds == 1000)
        #expect(lesson.traps[0].databases == ["app_db@replica1"])
    }

    @Test func blocksWithoutServerGoToTheFirstServerLeftWhenThePrimaryIsLost() throws {
        let source = serversLessonYAML.replacingOccurrences(of: "  - name: primary\n", with: "  - name: primary\n    lost: true\n")
        let lesson = try LessonLoader.parseLessonYAML(source, file: "lesson.yaml")
        #expect(lesson.homeServer == "replica1")
        #expect(lesson.learner.database == "app_db@replica1")
        #expect(lesson.milestones[0].evidence[1].databases == ["app_db@replica1"])
        #expect(lesson.homeKey("postgres") == "postgres@replica1")
    }

    @Test func locationKeysRoundTrip() {
        #expect(DatabaseLocation(key: "app_db") == DatabaseLocation(database: "app_db", server: "primary"))
        #expect(DatabaseLocation(key: "app_db@replica1") == DatabaseLocation(database: "app_db", server: "replica1"))
        #expect(DatabaseLocation(database: "app_db", server: "replica1").key == "app_db@replica1")
        #expect(DatabaseLocation(database: "app_db").key == "app_db")
    }

    @Test(arguments: [
        LessonLoaderTests.Broken(
            replace: "  - name: replica1", with: "  - name: Replica-1", line: 14, field: "servers[0].name", message: "not a server name"),
        LessonLoaderTests.Broken(
            replace: "    standby_of: primary\n", with: "", line: nil, field: "servers[0].standby_of", message: "missing (required)"),
        LessonLoaderTests.Broken(
            replace: "standby_of: primary", with: "standby_of: replica9", line: 15, field: "servers[0].standby_of",
            message: "no server replica9"),
        LessonLoaderTests.Broken(
            replace: "slot: replica1_slot", with: "slot: 'bad slot'", line: 16, field: "servers[0].slot", message: "lowercase"),
        LessonLoaderTests.Broken(
            replace: "{hot_standby_feedback: 'off'}", with: "{port: 5433}", line: nil, field: "servers[0].settings",
            message: "pgcoach sets port"),
        LessonLoaderTests.Broken(
            replace: "{hot_standby_feedback: 'off'}", with: "{primary_conninfo: 'host=x'}", line: nil, field: "servers[0].settings",
            message: "pgcoach sets primary_conninfo"),
        LessonLoaderTests.Broken(
            replace: "    database: app_db\n    each_start: [INSERT", with: "    database: nope\n    each_start: [INSERT", line: 20,
            field: "servers[1].database", message: "not created by setup.databases"),
        LessonLoaderTests.Broken(
            replace: "  - name: primary\n", with: "  - name: primary\n    slot: x\n", line: nil, field: "servers[1].standby_of",
            message: "no standby"),
        LessonLoaderTests.Broken(
            replace: "    server: replica1\n    database: app_db\n    role: dba",
            with: "    server: replica9\n    database: app_db\n    role: dba", line: 24, field: "sessions[0].server",
            message: "no server replica9"),
        LessonLoaderTests.Broken(
            replace: "within_ms: 1000", with: "within_ms: 0", line: nil, field: "checks[0].within_ms", message: "between 1 and 60000"),
        LessonLoaderTests.Broken(
            replace: "  - name: replica1", with: "  - name: primary", line: nil, field: "servers[0].standby_of", message: "no standby"),
    ])
    func reportsFileLineAndField(_ b: LessonLoaderTests.Broken) {
        let source = serversLessonYAML.replacingOccurrences(of: b.replace, with: b.with)
        #expect(source != serversLessonYAML, "the case must change the lesson")
        LessonLoaderEngineTests.expectFormatError(source, field: b.field, message: b.message, line: b.line)
    }

    @Test func refusesALessonWhoseEveryServerIsLost() {
        let source =
            serversLessonYAML
            .replacingOccurrences(of: "  - name: primary\n", with: "  - name: primary\n    lost: true\n")
            .replacingOccurrences(of: "each_start: [SELECT pg_wal_replay_pause()]", with: "each_start: [SELECT 1]\n    lost: true")
        LessonLoaderEngineTests.expectFormatError(source, field: "servers", message: "every server is lost", line: nil)
    }
}
