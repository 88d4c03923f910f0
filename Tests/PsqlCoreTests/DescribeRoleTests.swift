import Testing

@testable import PsqlCore

/// `\du`: roles, their attributes and memberships.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeRoleTests {
    /// `\du`.
    @Test func listsRolesWithAttributesAndMemberships() throws {
        try expectDescribe(
            "du",
            replies: [
                Self.roles
            ],
            printed: [
                Self.listOfRoles([
                    ["analyst", "Password valid until 2030-01-01 00:00:00+00", "{reporting}"],
                    ["app", "20 connections", "{}"],
                    ["oncall", "Create role, Create DB", "{app,reporting}"],
                    ["postgres", "Superuser, Create role, Create DB, Replication, Bypass RLS", "{}"],
                    ["replicator", "Replication, Bypass RLS", "{}"],
                    ["reporting", "Cannot login", "{}"],
                ])
            ])
    }

    /// `\du+`.
    @Test func listsRolesWithDescriptions() throws {
        try expectDescribe(
            "du+",
            replies: [
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
            ],
            printed: [
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
    }

    /// `\du a*`.
    @Test func listsMatchingRolesOnly() throws {
        try expectDescribe(
            "du", ["a*"],
            replies: [
                // The pattern leaves the first two: analyst and app.
                CatalogRows(columns: Self.roles.columns, rows: Array(Self.roles.rows.prefix(2)))
            ],
            printed: [
                Self.listOfRoles([
                    ["analyst", "Password valid until 2030-01-01 00:00:00+00", "{reporting}"],
                    ["app", "20 connections", "{}"],
                ])
            ])
    }

    /// `\du a.b`.
    @Test func refusesQualifiedRoleName() throws {
        try expectDescribe(
            "du", ["a.b"], replies: [],
            printed: [
                .error("improper qualified name (too many dotted names): a.b")
            ])
    }

    /// List of roles as psql prints it, with these rows.
    static func listOfRoles(_ rows: [[String?]]) -> DescribeOutcome {
        .table(
            DescribeTable(
                title: "List of roles", headers: ["Role name", "Attributes", "Member of"], alignments: [.left, .left, .left], rows: rows,
                showsRowCount: false))
    }

    /// What the server answers `\\du`'s query with on the fixture cluster: every role.
    static let roles = CatalogRows(
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
}
