import Testing
import TutorCore

@Suite struct LessonSetupIndependenceTests {
    @Test(arguments: [
        (
            "tables, rows and grants on them",
            "SET ROLE owner; CREATE TABLE t (id int); INSERT INTO t VALUES (1); GRANT SELECT ON t TO app; RESET ROLE; ANALYZE;", true
        ),
        ("revoking on a table", "REVOKE INSERT ON t FROM PUBLIC", true),
        ("default privileges are per database", "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO app", true),
        ("vacuum and an extension", "CREATE EXTENSION IF NOT EXISTS pgcrypto; VACUUM t;", true),
        ("current_user is no role statement", "CREATE TABLE m (by text DEFAULT current_user)", true),
        ("a role", "CREATE ROLE reporting", false),
        ("a role's setting", "ALTER ROLE app SET search_path = app", false),
        ("a user", "create user x", false),
        ("a membership", "GRANT reporting TO app", false),
        ("a membership taken away", "REVOKE reporting FROM app", false),
        ("a database's access", "REVOKE CONNECT ON DATABASE billing FROM PUBLIC", false),
        ("a server setting", "ALTER SYSTEM SET work_mem = '8MB'", false),
        ("a replication slot", "SELECT pg_create_physical_replication_slot('s')", false),
        ("statistics reset", "SELECT pg_stat_statements_reset()", false),
        ("a comment on a role", "COMMENT ON ROLE app IS 'x'", false),
        ("a file read by the server", "COPY t FROM '/tmp/x'", false),
        ("a line comment never runs", "-- this database skipped the rollout\nCREATE TABLE t (id int)", true),
        ("a block comment never runs", "/* CREATE ROLE x; /* nested */ DATABASE */ CREATE TABLE t (id int)", true),
        ("a word after a comment still counts", "/* the setting */ ALTER SYSTEM SET work_mem = '8MB'", false),
        ("a string may be dynamic SQL", "DO $$ BEGIN EXECUTE 'ALTER ROLE app SET work_mem = 1'; END $$", false),
    ])
    func decides(_ name: String, _ sql: String, _ expected: Bool) {
        let setup = LessonSetup(
            roles: ["CREATE ROLE app"],
            databases: [.init(name: "a", sql: ["CREATE TABLE a (x int)"]), .init(name: "b", sql: [sql])])
        #expect(setup.databasesAreIndependent == expected, "\(name)")
    }
}
