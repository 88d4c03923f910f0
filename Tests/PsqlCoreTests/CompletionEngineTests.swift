import Testing

@testable import PsqlCore

@Suite struct CompletionEngineTests {
    let engine = CompletionEngine(
        metaCommands: ["timing", "hint", "d", "dt", "du", "c", "conninfo"],
        catalog: CompletionCatalog(
            relations: ["orders", "order_items", "customers"], columns: ["orders": ["release_id", "id", "amount"]],
            databases: ["app_db", "tenant_a", "tenant_b"], roles: ["app_user", "oncall_dba"]))

    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var word: Int
        var candidates: [String]
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "\\timi", word: 5, candidates: ["\\timing"]),
        Case(line: "\\h", word: 2, candidates: ["\\hint"]),
        Case(line: "select * from pg_stat_acti", word: 12, candidates: ["pg_stat_activity"]),
        Case(line: "SELECT * FROM ord", word: 3, candidates: ["order_items", "orders"]),
        Case(line: "update cust", word: 4, candidates: ["customers"]),
        Case(line: "\\c tenant_", word: 7, candidates: ["tenant_a", "tenant_b"]),
        Case(line: "\\d ord", word: 3, candidates: ["order_items", "orders"]),
        Case(line: "GRANT SELECT ON new_invoices TO app", word: 3, candidates: ["app_user"]),
        Case(line: "REVOKE ALL ON orders FROM onc", word: 3, candidates: ["oncall_dba"]),
        Case(line: "alter role app", word: 3, candidates: ["app_user"]),
        Case(line: "sel", word: 3, candidates: ["select"]),
        Case(line: "SEL", word: 3, candidates: ["SELECT"]),
        Case(line: "select * from orders where rel", word: 3, candidates: ["release", "release_id"]),
        Case(line: "select * from nothing_like_this_", word: 18, candidates: []),
    ])
    func completes(_ c: Case) {
        let (word, candidates) = engine.complete(beforeCursor: c.line)
        #expect(word == c.word)
        #expect(candidates == c.candidates)
    }
}
