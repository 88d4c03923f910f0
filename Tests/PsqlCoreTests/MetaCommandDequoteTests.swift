import Testing

@testable import PsqlCore

/// `\c` reads its arguments as psql's OT_SQLIDHACK: quotes removed, case kept.
@Suite struct MetaCommandDequoteTests {
    @Test(arguments: [
        ("mydb", "mydb", false), ("MyDb", "MyDb", false), ("\"My Db\"", "My Db", true), ("\"a\"\"b\"", "a\"b", true),
        ("x\"Y\"z", "xYz", true), ("\"\"", "", true), ("-", "-", false),
    ])
    func dequotes(_ typed: String, _ value: String, _ quoted: Bool) {
        let result = MetaCommand.dequoted(typed)
        #expect(result.value == value)
        #expect(result.wasQuoted == quoted)
    }
}
