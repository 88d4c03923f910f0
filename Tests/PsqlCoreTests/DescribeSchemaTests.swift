import Testing

@testable import PsqlCore

/// `\dn`: schemas.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeSchemaTests {
    /// `\dn`.
    @Test func listsSchemas() throws {
        try expectDescribe(
            "dn",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "owner_name"],
                    rows: [
                        ["billing", "oncall"],
                        ["public", "pg_database_owner"],
                    ])
            ],
            printed: [
                Self.listOfSchemas([
                    ["billing", "oncall"],
                    ["public", "pg_database_owner"],
                ])
            ])
    }

    /// `\dn+`.
    @Test func listsSchemasWithPrivilegesAndDescriptions() throws {
        try expectDescribe(
            "dn+",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "owner_name", "access_privileges", "description"],
                    rows: [
                        ["billing", "oncall", "oncall=UC/oncall\nreporting=U/oncall", nil],
                        [
                            "public", "pg_database_owner", "pg_database_owner=UC/pg_database_owner\n=U/pg_database_owner",
                            "standard public schema",
                        ],
                    ])
            ],
            printed: [
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
    }

    /// `\dnS`.
    @Test func listsSchemasIncludingSystemOnes() throws {
        try expectDescribe(
            "dnS",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "owner_name"],
                    rows: [
                        ["billing", "oncall"],
                        ["information_schema", "postgres"],
                        ["pg_catalog", "postgres"],
                        ["pg_toast", "postgres"],
                        ["public", "pg_database_owner"],
                    ])
            ],
            printed: [
                Self.listOfSchemas([
                    ["billing", "oncall"],
                    ["information_schema", "postgres"],
                    ["pg_catalog", "postgres"],
                    ["pg_toast", "postgres"],
                    ["public", "pg_database_owner"],
                ])
            ])
    }

    /// List of schemas as psql prints it, with these rows.
    static func listOfSchemas(_ rows: [[String?]]) -> DescribeOutcome {
        .table(
            DescribeTable(
                title: "List of schemas", headers: ["Name", "Owner"], alignments: [.left, .left], rows: rows, showsRowCount: true))
    }
}
