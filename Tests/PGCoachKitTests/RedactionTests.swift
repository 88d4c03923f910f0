import Testing
@testable import PGCoachKit

@Suite struct RedactionTests {
    @Test(arguments: [
        ("ALTER ROLE app_user PASSWORD 's3cret';", "ALTER ROLE app_user PASSWORD '***';"),
        ("create role x login password 'it''s';", "create role x login password '***';"),
        ("\\c host=/tmp password=hunter2 dbname=x", "\\c host=/tmp password=*** dbname=x"),
        ("\\c postgresql://bob:pw@localhost/db", "\\c postgresql://bob:***@localhost/db"),
        ("select 'password' as word;", "select 'password' as word;"),
        ("ALTER ROLE app_user PassWord 's3cret';", "ALTER ROLE app_user PassWord '***';"),
        ("select 1;", "select 1;"),
    ])
    func secretsAreMasked(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }
}
