import PsqlCore
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

@Suite struct RecordRedactionTests {
    @Test func errorContextDoesNotRepeatThePassword() {
        let input = "ALTER ROLE app PASSWORD $$hunter2$$ VALID UNTILL 'x';"
        let formatted =
            "ERROR:  syntax error at or near \"UNTILL\"\nLINE 1: ALTER ROLE app PASSWORD $$hunter2$$ VALID UNTILL 'x';\n                                                   ^\n"
        let error = ServerMessage(
            severity: "ERROR", severityCode: "ERROR", sqlState: "42601", message: "syntax error at or near \"UNTILL\"",
            position: 45, formatted: formatted, verbose: formatted)
        let record = ExecutionRecord(kind: .sql, input: input, database: "postgres", error: error)
        let redacted = Redaction.redact(record)
        #expect(!redacted.input.contains("hunter2"))
        #expect(!(redacted.error?.formatted.contains("hunter2") ?? true))
        #expect(!(redacted.error?.verbose?.contains("hunter2") ?? true))
    }
}
