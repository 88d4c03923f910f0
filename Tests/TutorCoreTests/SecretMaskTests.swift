import Testing

@testable import PsqlCore
@testable import TutorCore

/// Passwords are masked by the SQL's tokens, in every literal form PostgreSQL accepts.
@Suite struct SecretMaskTests {
    @Test(arguments: [
        ("ALTER ROLE app PASSWORD 's3cret';", "ALTER ROLE app PASSWORD '***';"),
        ("create role x login password 'it''s';", "create role x login password '***';"),
        ("CREATE ROLE x PASSWORD E'se\\'cret';", "CREATE ROLE x PASSWORD '***';"),
        ("CREATE ROLE x PASSWORD $$s3cret$$;", "CREATE ROLE x PASSWORD '***';"),
        ("CREATE ROLE x PASSWORD $pw$s3;cret$pw$;", "CREATE ROLE x PASSWORD '***';"),
        ("CREATE USER x PASSWORD U&'s3cr\\0065t';", "CREATE USER x PASSWORD '***';"),
        ("ALTER USER x PASSWORD /* new */ 's3cret';", "ALTER USER x PASSWORD /* new */ '***';"),
        ("ALTER USER x PASSWORD -- new\n 's3cret';", "ALTER USER x PASSWORD -- new\n '***';"),
        (
            "alter role x with encrypted password 'a' valid until 'infinity';",
            "alter role x with encrypted password '***' valid until 'infinity';"
        ),
        (
            "CREATE USER MAPPING FOR x SERVER s OPTIONS (user 'u', password 'p');",
            "CREATE USER MAPPING FOR x SERVER s OPTIONS (user 'u', password '***');"
        ),
        (
            "select 1; ALTER ROLE y PASSWORD 'z'; select 'password', 'kept';",
            "select 1; ALTER ROLE y PASSWORD '***'; select 'password', 'kept';"
        ),
        // Not a role command, not a literal after PASSWORD: untouched.
        ("select 'password' as word;", "select 'password' as word;"),
        ("select password from t where password = 'x';", "select password from t where password = 'x';"),
        ("select e, u, n from excess union all select 1;", "select e, u, n from excess union all select 1;"),
        ("ALTER ROLE x PASSWORD NULL;", "ALTER ROLE x PASSWORD NULL;"),
    ])
    func passwordLiteralsAreMasked(input: String, expected: String) {
        #expect(SecretMask.mask(input).text == expected)
    }

    @Test func echoedLiteralsAreMaskedToo() {
        let input = "CREATE ROLE x PASSWORD E'hunter2' LOGINN;"
        let (_, secrets) = SecretMask.mask(input)
        #expect(secrets == ["E'hunter2'"])
        let formatted = """
            ERROR:  syntax error at or near "LOGINN"
            LINE 1: CREATE ROLE x PASSWORD E'hunter2' LOGINN;
                                                      ^
            """
        let masked = SecretMask.maskEchoes(of: secrets, in: formatted)
        #expect(!masked.contains("hunter2"))
        #expect(masked.contains("LINE 1: CREATE ROLE x PASSWORD '***' LOGINN;"))
        // A context line cut short by libpq still loses its literal.
        let cut = "ERROR:  oops\nLINE 1: ...ROLE x PASSWORD 'hunter2' LOGINN, and more text here\n"
        #expect(!SecretMask.maskEchoes(of: [], in: cut).contains("hunter2"))
    }

    @Test func tokensCoverEveryLiteralForm() {
        let text = "E'a\\'b' U&'c' $t$d$t$ \"id\" -- x\n/* /* n */ */ w;"
        let kinds = SQLToken.tokens(of: Array(text.utf8)).map(\.kind).filter { $0 != .space }
        #expect(kinds == [.string, .string, .string, .quotedIdentifier, .comment, .comment, .word, .semicolon])
    }
}

@Suite struct SecretMaskQuickTestTests {
    @Test(arguments: [("a://b", true), (":/", false), (":/x/", false), ("select 1;", false), ("x:://", true)])
    func uriMentions(text: String, expected: Bool) {
        #expect(SecretMask.mentionsURI(text) == expected)
    }
}
