import Testing

@testable import PsqlCore

/// `\du`: roles, their attributes and memberships.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeRoleTests {
    /// `\du`.
    @Test func listsRolesWithAttributesAndMemberships() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: [
                    "role_name", "is_superuser", "inherits", "creates_roles", "creates_databases", "can_login", "replicates",
                    "bypasses_rls", "connection_limit", "valid_until", "member_of",
                ],
                rows: [
                    ["analyst", "f", "t", "f", "f", "t", "f", "f", "-1", "2030-01-01 00:00:00+00", "{reporting}"],
                    ["app", "f", "t", "f", "f", "t", "f", "f", "20", nil, "{}"],
                    ["oncall", "f", "t", "t", "t", "t", "f", "f", "-1", nil, "{app,reporting}"],
                    ["postgres", "t", "t", "t", "t", "t", "t", "t", "-1", nil, "{}"],
                    ["replicator", "f", "t", "f", "f", "t", "t", "t", "-1", nil, "{}"],
                    ["reporting", "f", "t", "f", "f", "f", "f", "f", "-1", nil, "{}"],
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("du", arguments: [], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "List of roles",
                        headers: ["Role name", "Attributes", "Member of"],
                        alignments: [.left, .left, .left],
                        rows: [
                            ["analyst", "Password valid until 2030-01-01 00:00:00+00", "{reporting}"],
                            ["app", "20 connections", "{}"],
                            ["oncall", "Create role, Create DB", "{app,reporting}"],
                            ["postgres", "Superuser, Create role, Create DB, Replication, Bypass RLS", "{}"],
                            ["replicator", "Replication, Bypass RLS", "{}"],
                            ["reporting", "Cannot login", "{}"],
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\du+`.
    @Test func listsRolesWithDescriptions() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: [
                    "role_name", "is_superuser", "inherits", "creates_roles", "creates_databases", "can_login", "replicates",
                    "bypasses_rls", "connection_limit", "valid_until", "member_of", "description",
                ],
                rows: [
                    ["analyst", "f", "t", "f", "f", "t", "f", "f", "-1", "2030-01-01 00:00:00+00", "{reporting}", nil],
                    ["app", "f", "t", "f", "f", "t", "f", "f", "20", nil, "{}", nil],
                    ["oncall", "f", "t", "t", "t", "t", "f", "f", "-1", nil, "{app,reporting}", nil],
                    ["postgres", "t", "t", "t", "t", "t", "t", "t", "-1", nil, "{}", nil],
                    ["replicator", "f", "t", "f", "f", "t", "t", "t", "-1", nil, "{}", nil],
                    ["reporting", "f", "t", "f", "f", "f", "f", "f", "-1", nil, "{}", nil],
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("du+", arguments: [], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "List of roles",
                        headers: ["Role name", "Attributes", "Member of", "Description"],
                        alignments: [.left, .left, .left, .left],
                        rows: [
                            ["analyst", "Password valid until 2030-01-01 00:00:00+00", "{reporting}", ""],
                            ["app", "20 connections", "{}", ""],
                            ["oncall", "Create role, Create DB", "{app,reporting}", ""],
                            ["postgres", "Superuser, Create role, Create DB, Replication, Bypass RLS", "{}", ""],
                            ["replicator", "Replication, Bypass RLS", "{}", ""],
                            ["reporting", "Cannot login", "{}", ""],
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\du a*`.
    @Test func listsMatchingRolesOnly() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: [
                    "role_name", "is_superuser", "inherits", "creates_roles", "creates_databases", "can_login", "replicates",
                    "bypasses_rls", "connection_limit", "valid_until", "member_of",
                ],
                rows: [
                    ["analyst", "f", "t", "f", "f", "t", "f", "f", "-1", "2030-01-01 00:00:00+00", "{reporting}"],
                    ["app", "f", "t", "f", "f", "t", "f", "f", "20", nil, "{}"],
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("du", arguments: ["a*"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "List of roles",
                        headers: ["Role name", "Attributes", "Member of"],
                        alignments: [.left, .left, .left],
                        rows: [
                            ["analyst", "Password valid until 2030-01-01 00:00:00+00", "{reporting}"],
                            ["app", "20 connections", "{}"],
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\du a.b`.
    @Test func refusesQualifiedRoleName() throws {
        let catalog = ScriptedCatalog([])
        let outcomes = try #require(
            try DescribeCommand.run("du", arguments: ["a.b"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .error("improper qualified name (too many dotted names): a.b")
            ])
        #expect(catalog.isExhausted)
    }
}
