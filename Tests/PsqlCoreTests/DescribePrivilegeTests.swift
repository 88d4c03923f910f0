import Testing

@testable import PsqlCore

/// `\dp`: access privileges with one ACL entry per line.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribePrivilegeTests {
    /// `\dp orders`.
    @Test func listsGrantsOnTableToTwoRoles() throws {
        try expectDescribe(
            "dp", ["orders"],
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "access_privileges", "column_privileges", "policies"],
                    rows: [
                        ["public", "orders", "r", "postgres=arwdDxt/postgres\nreporting=r/postgres\napp=arw/postgres", "", ""]
                    ])
            ],
            printed: [
                Self.accessPrivileges([
                    ["public", "orders", "table", "postgres=arwdDxt/postgres\nreporting=r/postgres\napp=arw/postgres", "", ""]
                ])
            ])
    }

    /// `\dp`.
    @Test func listsPrivilegesOfVisibleRelations() throws {
        try expectDescribe(
            "dp",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "access_privileges", "column_privileges", "policies"],
                    rows: [
                        ["public", "customers", "r", nil, "", ""],
                        ["public", "customers_id_seq", "S", nil, "", ""],
                        ["public", "order_lines", "r", nil, "", ""],
                        ["public", "orders", "r", "postgres=arwdDxt/postgres\nreporting=r/postgres\napp=arw/postgres", "", ""],
                        ["public", "orders_id_seq", "S", nil, "", ""],
                        ["public", "pending_orders", "v", nil, "", ""],
                    ])
            ],
            printed: [
                Self.accessPrivileges([
                    ["public", "customers", "table", "", "", ""],
                    ["public", "customers_id_seq", "sequence", "", "", ""],
                    ["public", "order_lines", "table", "", "", ""],
                    ["public", "orders", "table", "postgres=arwdDxt/postgres\nreporting=r/postgres\napp=arw/postgres", "", ""],
                    ["public", "orders_id_seq", "sequence", "", "", ""],
                    ["public", "pending_orders", "view", "", "", ""],
                ])
            ])
    }

    /// `\dp nosuch`.
    @Test func printsEmptyTableWhenNothingMatches() throws {
        try expectDescribe(
            "dp", ["nosuch"],
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "access_privileges", "column_privileges", "policies"],
                    rows: [])
            ],
            printed: [
                Self.accessPrivileges([])
            ])
    }

    /// Access privileges as psql prints it, with these rows.
    static func accessPrivileges(_ rows: [[String?]]) -> DescribeOutcome {
        .table(
            DescribeTable(
                title: "Access privileges", headers: ["Schema", "Name", "Type", "Access privileges", "Column privileges", "Policies"],
                alignments: [.left, .left, .left, .left, .left, .left], rows: rows, showsRowCount: true))
    }
}
