import Testing
import TutorCore

@Suite struct SetupAnalyzeTests {
    static let scopedAnalyze = SetupAnalyze.scoped("ANALYZE")

    @Test func aBareAnalyzeReadsOnlyTheLessonsTables() {
        let scoped = Self.scopedAnalyze
        #expect(scoped.hasPrefix("DO $pgcoach_analyze$"))
        #expect(scoped.contains("EXECUTE format('ANALYZE %s', t)"))
        #expect(scoped.contains("NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)"))
    }

    @Test(arguments: [
        ("at the end of a script", "CREATE TABLE t (id int);\nANALYZE;\n", "CREATE TABLE t (id int);\n\(scopedAnalyze);\n"),
        (
            "in place, between statements", "INSERT INTO t VALUES (1); analyze; UPDATE t SET id = 2;",
            "INSERT INTO t VALUES (1); \(scopedAnalyze); UPDATE t SET id = 2;"
        ),
        ("without a semicolon", "RESET ROLE;\nANALYZE", "RESET ROLE;\n\(scopedAnalyze)"),
        ("with comments around it", "-- stats\nANALYZE /* all */;", "-- stats\n\(scopedAnalyze) /* all */;"),
        ("twice", "ANALYZE; ANALYZE;", "\(scopedAnalyze); \(scopedAnalyze);"),
    ])
    func replaces(_ name: String, _ sql: String, _ expected: String) {
        #expect(SetupAnalyze.scoped(sql) == expected, "\(name)")
    }

    @Test(arguments: [
        ("a table", "ANALYZE orders;"),
        ("a column list", "ANALYZE orders (status);"),
        ("options", "ANALYZE VERBOSE;"),
        ("vacuum and analyze", "VACUUM ANALYZE;"),
        ("inside a string", "SELECT 'ANALYZE;';"),
        ("inside a function body", "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ ANALYZE $$;"),
        ("a quoted identifier", "\"ANALYZE\";"),
        ("no analyze at all", "CREATE TABLE t (id int); INSERT INTO t VALUES (1);"),
    ])
    func keeps(_ name: String, _ sql: String) {
        #expect(SetupAnalyze.scoped(sql) == sql, "\(name)")
    }
}
