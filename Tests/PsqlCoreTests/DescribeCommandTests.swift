import Testing

@testable import PsqlCore

/// Which command names are describe commands, and psql's handling of their modifiers and
/// extra arguments.
@Suite struct DescribeCommandTests {
    @Test(arguments: [
        "l", "l+", "list", "list+", "d", "d+", "dS", "dS+", "d+S", "dt", "dt+", "dtS", "dv", "dm",
        "di", "ds", "dE", "dtv", "du", "du+", "duS", "dg", "dp", "dp+", "z", "dn", "dn+", "dnS",
        "dx", "dx+", "df", "dfa+", "dT", "dD", "db", "ddp", "dconfig", "sf", "sv+", "lo_list", "drds",
    ])
    func handles(_ name: String) {
        #expect(DescribeCommand.handles(name))
    }

    @Test(arguments: ["", "x", "lS", "dfx", "drg", "c", "conninfo", "D"])
    func leavesOthersAlone(_ name: String) throws {
        #expect(!DescribeCommand.handles(name))
        let catalog = ScriptedCatalog([])
        #expect(try DescribeCommand.run(name, arguments: [], serverVersion: 150018, using: catalog) == nil)
        #expect(catalog.queries.isEmpty)
    }

    @Test func modifiersChangeTheQuery() throws {
        let verboseSystem = RelationListing(kindLetters: "tS+", verbose: true, showsSystem: true)
            .query(pattern: nil, serverVersion: 150018)
        #expect(verboseSystem.contains("pg_catalog.pg_table_size(c.oid)"))
        #expect(!verboseSystem.contains("n.nspname <> 'pg_catalog'"))
        #expect(verboseSystem.contains("c.relkind IN ('r', 'p', 't')"))

        let plain = RelationListing(kindLetters: "t", verbose: false, showsSystem: false)
            .query(pattern: nil, serverVersion: 150018)
        #expect(plain.contains("c.relkind IN ('r', 'p')"))
        #expect(plain.contains("n.nspname <> 'pg_catalog'"))
    }

    @Test func failedCommandDoesNotWarnAboutExtraArguments() throws {
        // Real psql 15: `\d nosuch x` prints only the not-found line.
        let catalog = ScriptedCatalog([
            CapturedCatalog.noRelation
        ])
        let outcomes = try DescribeCommand.run(
            "d", arguments: ["nosuch", "x"], serverVersion: 150018, using: catalog)
        #expect(outcomes == [.error("Did not find any relation named \"nosuch\".")])
    }

    @Test func rejectedPatternRunsNoCatalogQuery() throws {
        let catalog = ScriptedCatalog([])
        let outcomes = try DescribeCommand.run(
            "du", arguments: ["a.b", "extra"], serverVersion: 150018, using: catalog)
        #expect(outcomes == [.error("improper qualified name (too many dotted names): a.b")])
        #expect(catalog.queries.isEmpty)
    }

    @Test func roleAttributesReadLikePsql() {
        var role = RoleAttributes(
            isSuperuser: false, inherits: false, createsRoles: false, createsDatabases: false,
            canLogin: false, replicates: false, bypassesRowSecurity: false, connectionLimit: 0,
            validUntil: "infinity")
        #expect(role.text == "No inheritance, Cannot login\nNo connections\nPassword valid until infinity")
        role = RoleAttributes(
            isSuperuser: false, inherits: true, createsRoles: false, createsDatabases: false,
            canLogin: true, replicates: false, bypassesRowSecurity: false, connectionLimit: 1,
            validUntil: "")
        #expect(role.text == "1 connection")
    }

    @Test func catalogAnswerMissingAColumnIsReported() {
        let catalog = ScriptedCatalog([CatalogRows(columns: ["schema_name"], rows: [])])
        #expect(throws: DescribeFailure.unexpectedResult(missingColumn: "owner_name")) {
            try DescribeCommand.run("dn", arguments: [], serverVersion: 150018, using: catalog)
        }
    }
}
