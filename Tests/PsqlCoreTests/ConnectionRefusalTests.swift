import Testing

@testable import PsqlCore

@Suite struct ConnectionRefusalTests {
    @Test(arguments: [
        (
            "connection to server on socket \"/tmp/s/.s.PGSQL.5432\" failed: FATAL:  too many connections for role \"app_user\"",
            "53300", "too many connections for role \"app_user\""
        ),
        (
            "connection to server on socket \"/tmp/s/.s.PGSQL.5432\" failed: FATAL:  database \"app_db\" is not currently accepting connections",
            "55000", "database \"app_db\" is not currently accepting connections"
        ),
        (
            "connection to server on socket \"/tmp/s/.s.PGSQL.5432\" failed: FATAL:  permission denied for database \"billing_db\"\nDETAIL:  User does not have CONNECT privilege.",
            "42501", "permission denied for database \"billing_db\""
        ),
        (
            "connection to server on socket \"/tmp/s/.s.PGSQL.5432\" failed: FATAL:  role \"ghost\" does not exist",
            "28000", "role \"ghost\" does not exist"
        ),
        (
            "connection to server on socket \"/tmp/s/.s.PGSQL.5432\" failed: FATAL:  database \"nope\" does not exist",
            "3D000", "database \"nope\" does not exist"
        ),
        ("could not translate host name \"db\" to address", "", "could not translate host name \"db\" to address"),
    ])
    func refusals(_ text: String, _ state: String, _ message: String) {
        let refusal = ConnectionRefusal.message(text)
        #expect(refusal.sqlState == state)
        #expect(refusal.message == message)
        #expect(refusal.formatted == text)
    }

    @Test func detailIsKept() {
        let refusal = ConnectionRefusal.message(
            "connection to server on socket \"/s\" failed: FATAL:  permission denied for database \"b\"\nDETAIL:  User does not have CONNECT privilege."
        )
        #expect(refusal.detail == "User does not have CONNECT privilege.")
        #expect(refusal.severity == "FATAL")
    }
}
