import Testing

@testable import PsqlCore

/// psql 15's one-query lists and `\sf`/`\sv`, against a fake catalog: which query is asked and
/// what is printed. (Output against a real server is compared with `psql -X` in the
/// integration suite.)
@Suite struct DescribeCatalogListingTests {
    /// Answers every query with the same rows and keeps the queries.
    final class FixedCatalog: CatalogQuerying {
        var replies: [CatalogRows]
        var queries: [String] = []
        init(_ replies: [CatalogRows]) { self.replies = replies }
        func catalogQuery(_ sql: String) throws -> CatalogRows {
            queries.append(sql)
            return replies.count > 1 ? replies.removeFirst() : replies[0]
        }
    }

    static let empty = CatalogRows(
        columns: [
            "extension_name", "extension_oid", "publication_oid", "publication_name", "owner_name", "all_tables",
            "inserts", "updates", "deletes", "truncates", "via_root",
        ], rows: [])

    struct Case: Sendable, CustomStringConvertible {
        var command: String
        var arguments: [String] = []
        var title: String
        var queryContains: [String]
        var queryLacks: [String] = []
        var description: String { "\\\(command) \(arguments.joined(separator: " "))" }
    }

    static let cases: [Case] = [
        Case(
            command: "df", title: "List of functions",
            queryContains: ["pg_catalog.pg_function_is_visible(p.oid)", "n.nspname <> 'pg_catalog'", "ORDER BY 1, 2, 4"],
            queryLacks: ["Volatility", "prokind = 'a'"]),
        Case(
            command: "df+", arguments: ["app.*"], title: "List of functions",
            queryContains: ["\"Volatility\"", "\"Source code\"", "n.nspname OPERATOR(pg_catalog.~) '^(app)$'"],
            queryLacks: ["n.nspname <> 'pg_catalog'"]),
        Case(command: "dfa", title: "List of functions", queryContains: ["p.prokind = 'a'"]),
        Case(
            command: "dfn", title: "List of functions",
            queryContains: ["p.prokind <> 'a'", "p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype"]),
        Case(command: "dft", title: "List of functions", queryContains: ["p.prorettype = 'pg_catalog.trigger'"]),
        Case(command: "dx", title: "List of installed extensions", queryContains: ["FROM pg_catalog.pg_extension e"]),
        Case(
            command: "dT", arguments: ["int"], title: "List of data types",
            queryContains: ["OR pg_catalog.format_type(t.oid, NULL) OPERATOR(pg_catalog.~) '^(int)$'"]),
        Case(command: "db+", title: "List of tablespaces", queryContains: ["pg_catalog.pg_tablespace_size(oid)"]),
        Case(command: "ddp", title: "Default access privileges", queryContains: ["pg_catalog.pg_default_acl d"]),
        Case(
            command: "dconfig", title: "List of non-default configuration parameters",
            queryContains: ["s.source <> 'default'"]),
        Case(
            command: "dconfig", arguments: ["work*"], title: "List of configuration parameters",
            queryContains: ["pg_catalog.lower(s.name) OPERATOR(pg_catalog.~) '^(work.*)$'"], queryLacks: ["s.source"]),
        Case(
            command: "doS", arguments: ["||"], title: "List of operators",
            queryContains: ["o.oprname OPERATOR(pg_catalog.~) E'^(\\\\|\\\\|)$'"]),
        Case(
            command: "dC", arguments: ["bigint"], title: "List of casts",
            queryContains: ["ts.typname OPERATOR(pg_catalog.~) '^(bigint)$'", "tt.typname OPERATOR"]),
        Case(command: "lo_list", title: "Large objects", queryContains: ["pg_largeobject_metadata"]),
        Case(command: "dRs", title: "List of subscriptions", queryContains: ["pg_catalog.current_database()"]),
        Case(
            command: "dd", arguments: ["tr"], title: "Object descriptions",
            queryContains: ["CAST('trigger' AS pg_catalog.text)", "t.tgname OPERATOR(pg_catalog.~) '^(tr)$'", "r.rulename != '_RETURN'"],
            queryLacks: ["n.nspname <> 'pg_catalog'"]),
    ]

    @Test(arguments: cases) func asksPsqlsQueryAndTitlesTheTable(_ testCase: Case) throws {
        let catalog = FixedCatalog([CatalogRows(columns: ["Name", "ID"], rows: [["x", "42"]])])
        let outcomes = try #require(
            try DescribeCommand.run(
                testCase.command, arguments: testCase.arguments, serverVersion: 150018, using: catalog))
        guard case .table(let table) = outcomes.first else {
            Issue.record("expected a table, got \(outcomes)")
            return
        }
        #expect(table.title == testCase.title)
        #expect(table.headers == ["Name", "ID"])
        #expect(table.showsRowCount)
        let query = try #require(catalog.queries.last)
        for fragment in testCase.queryContains { #expect(query.contains(fragment), "\(fragment)") }
        for fragment in testCase.queryLacks { #expect(!query.contains(fragment), "\(fragment)") }
    }

    @Test func largeObjectIdsAreRightAligned() throws {
        let catalog = FixedCatalog([CatalogRows(columns: ["ID", "Owner", "Description"], rows: [["4242", "me", nil]])])
        let outcomes = try DescribeCommand.run("dl", arguments: [], serverVersion: 150018, using: catalog)
        guard case .table(let table)? = outcomes?.first else {
            Issue.record("no table")
            return
        }
        #expect(table.alignments == [.right, .left, .left])
    }

    @Test(arguments: [
        ("dx+", ["nosuch"], "Did not find any extension named \"nosuch\"."),
        ("dx+", [], "Did not find any extensions."),
        ("dRp+", ["nosuch"], "Did not find any publication named \"nosuch\"."),
        ("drds", [], "Did not find any settings."),
        ("drds", ["alice"], "Did not find any settings for role \"alice\"."),
        ("drds", ["alice", "db"], "Did not find any settings for role \"alice\" and database \"db\"."),
        ("dfax", [], "\\df only takes [anptwS+] as options"),
        ("sf", [], "function name is required"),
        ("sv", [], "view name is required"),
    ]) func reportsWhatPsqlReports(_ command: String, _ arguments: [String], _ message: String) throws {
        let outcomes = try DescribeCommand.run(
            command, arguments: arguments, serverVersion: 150018, using: FixedCatalog([Self.empty]))
        #expect(outcomes == [.error(message)])
    }

    @Test(arguments: ["dfx", "drg", "dr", "dez"]) func leavesOtherNamesAlone(_ command: String) {
        #expect(!DescribeCommand.handles(command))
    }

    @Test func numbersFunctionBodyLinesAsPsql() {
        let definition =
            "CREATE OR REPLACE FUNCTION app.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$select a + b$function$"
        #expect(
            ObjectDefinition.numbered(definition, isFunction: true) == """
                        CREATE OR REPLACE FUNCTION app.add(a integer, b integer)
                         RETURNS integer
                         LANGUAGE sql
                1       AS $function$select a + b$function$
                """)
        #expect(
            ObjectDefinition.numbered("CREATE VIEW v AS\n SELECT 1", isFunction: false) == "1       CREATE VIEW v AS\n2        SELECT 1")
    }
}
