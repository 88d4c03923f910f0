import Testing

@testable import PsqlCore

/// `\dn`: schemas.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeSchemaTests {
    /// `\dn`.
    @Test func listsSchemas() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["schema_name", "owner_name"],
                rows: [
                    ["billing", "oncall"],
                    ["public", "pg_database_owner"],
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("dn", arguments: [], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "List of schemas",
                        headers: ["Name", "Owner"],
                        alignments: [.left, .left],
                        rows: [
                            ["billing", "oncall"],
                            ["public", "pg_database_owner"],
                        ],
                        showsRowCount: true))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\dn+`.
    @Test func listsSchemasWithPrivilegesAndDescriptions() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["schema_name", "owner_name", "access_privileges", "description"],
                rows: [
                    ["billing", "oncall", "oncall=UC/oncall\nreporting=U/oncall", nil],
                    [
                        "public", "pg_database_owner", "pg_database_owner=UC/pg_database_owner\n=U/pg_database_owner",
                        "standard public schema",
                    ],
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("dn+", arguments: [], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "List of schemas",
                        headers: ["Name", "Owner", "Access privileges", "Description"],
                        alignments: [.left, .left, .left, .left],
                        rows: [
                            ["billing", "oncall", "oncall=UC/oncall\nreporting=U/oncall", ""],
                            [
                                "public", "pg_database_owner", "pg_database_owner=UC/pg_database_owner\n=U/pg_database_owner",
                                "standard public schema",
                            ],
                        ],
                        showsRowCount: true))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\dnS`.
    @Test func listsSchemasIncludingSystemOnes() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["schema_name", "owner_name"],
                rows: [
                    ["billing", "oncall"],
                    ["information_schema", "postgres"],
                    ["pg_catalog", "postgres"],
                    ["pg_toast", "postgres"],
                    ["public", "pg_database_owner"],
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("dnS", arguments: [], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "List of schemas",
                        headers: ["Name", "Owner"],
                        alignments: [.left, .left],
                        rows: [
                            ["billing", "oncall"],
                            ["information_schema", "postgres"],
                            ["pg_catalog", "postgres"],
                            ["pg_toast", "postgres"],
                            ["public", "pg_database_owner"],
                        ],
                        showsRowCount: true))
            ])
        #expect(catalog.isExhausted)
    }
}
