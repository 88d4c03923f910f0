import Testing

@testable import PsqlCore

/// `\d` without a pattern and `\dt`, `\di`: relation lists, and what psql says when they are empty.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeRelationListTests {
    /// `\dt`.
    @Test func listsTables() throws {
        try expectDescribe(
            "dt",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "owner_name"],
                    rows: [
                        ["public", "customers", "r", "postgres"],
                        ["public", "order_lines", "r", "postgres"],
                        ["public", "orders", "r", "postgres"],
                    ])
            ],
            printed: [
                Self.listOfRelations([
                    ["public", "customers", "table", "postgres"],
                    ["public", "order_lines", "table", "postgres"],
                    ["public", "orders", "table", "postgres"],
                ])
            ])
    }

    /// `\d`.
    @Test func listsTablesViewsAndSequences() throws {
        try expectDescribe(
            "d",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "owner_name"],
                    rows: [
                        ["public", "customers", "r", "postgres"],
                        ["public", "customers_id_seq", "S", "postgres"],
                        ["public", "order_lines", "r", "postgres"],
                        ["public", "orders", "r", "postgres"],
                        ["public", "orders_id_seq", "S", "postgres"],
                        ["public", "pending_orders", "v", "postgres"],
                    ])
            ],
            printed: [
                Self.listOfRelations([
                    ["public", "customers", "table", "postgres"],
                    ["public", "customers_id_seq", "sequence", "postgres"],
                    ["public", "order_lines", "table", "postgres"],
                    ["public", "orders", "table", "postgres"],
                    ["public", "orders_id_seq", "sequence", "postgres"],
                    ["public", "pending_orders", "view", "postgres"],
                ])
            ])
    }

    /// `\dt+`.
    @Test func listsTablesVerbosely() throws {
        try expectDescribe(
            "dt+",
            replies: [
                CatalogRows(
                    columns: [
                        "schema_name", "relation_name", "relation_kind", "owner_name", "persistence", "access_method", "size",
                        "description",
                    ],
                    rows: [
                        ["public", "customers", "r", "postgres", "p", "heap", "8192 bytes", nil],
                        ["public", "order_lines", "r", "postgres", "p", "heap", "8192 bytes", nil],
                        ["public", "orders", "r", "postgres", "p", "heap", "8192 bytes", nil],
                    ])
            ],
            printed: [
                .table(
                    DescribeTable(
                        title: "List of relations",
                        headers: ["Schema", "Name", "Type", "Owner", "Persistence", "Access method", "Size", "Description"],
                        alignments: [.left, .left, .left, .left, .left, .left, .left, .left],
                        rows: [
                            ["public", "customers", "table", "postgres", "permanent", "heap", "8192 bytes", ""],
                            ["public", "order_lines", "table", "postgres", "permanent", "heap", "8192 bytes", ""],
                            ["public", "orders", "table", "postgres", "permanent", "heap", "8192 bytes", ""],
                        ],
                        showsRowCount: true))
            ])
    }

    /// `\di`.
    @Test func listsIndexesWithTheirTables() throws {
        try expectDescribe(
            "di",
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "owner_name", "table_name"],
                    rows: [
                        ["public", "customers_email_key", "i", "postgres", "customers"],
                        ["public", "customers_pkey", "i", "postgres", "customers"],
                        ["public", "order_lines_pkey", "i", "postgres", "order_lines"],
                        ["public", "orders_customer_id_idx", "i", "postgres", "orders"],
                        ["public", "orders_pending_idx", "i", "postgres", "orders"],
                        ["public", "orders_pkey", "i", "postgres", "orders"],
                    ])
            ],
            printed: [
                .table(
                    DescribeTable(
                        title: "List of relations",
                        headers: ["Schema", "Name", "Type", "Owner", "Table"],
                        alignments: [.left, .left, .left, .left, .left],
                        rows: [
                            ["public", "customers_email_key", "index", "postgres", "customers"],
                            ["public", "customers_pkey", "index", "postgres", "customers"],
                            ["public", "order_lines_pkey", "index", "postgres", "order_lines"],
                            ["public", "orders_customer_id_idx", "index", "postgres", "orders"],
                            ["public", "orders_pending_idx", "index", "postgres", "orders"],
                            ["public", "orders_pkey", "index", "postgres", "orders"],
                        ],
                        showsRowCount: true))
            ])
    }

    /// `\dt billing.*`.
    @Test func listsTablesInNamedSchema() throws {
        try expectDescribe(
            "dt", ["billing.*"],
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "owner_name"],
                    rows: [
                        ["billing", "invoices", "r", "postgres"]
                    ])
            ],
            printed: [
                Self.listOfRelations([
                    ["billing", "invoices", "table", "postgres"]
                ])
            ])
    }

    /// `\dt nosuch*`.
    @Test func reportsNoMatchingRelationOnStandardError() throws {
        try expectDescribe(
            "dt", ["nosuch*"],
            replies: [
                CapturedCatalog.noRelationListed
            ],
            printed: [
                .error("Did not find any relation named \"nosuch*\".")
            ])
    }

    /// `\dt` (database `postgres`).
    @Test func reportsEmptyDatabaseOnStandardError() throws {
        try expectDescribe(
            "dt",
            replies: [
                CapturedCatalog.noRelationListed
            ],
            printed: [
                .error("Did not find any relations.")
            ])
    }

    /// `\dt orders customers`.
    @Test func warnsAboutExtraArguments() throws {
        try expectDescribe(
            "dt", ["orders", "customers"],
            replies: [
                CatalogRows(
                    columns: ["schema_name", "relation_name", "relation_kind", "owner_name"],
                    rows: [
                        ["public", "orders", "r", "postgres"]
                    ])
            ],
            printed: [
                Self.listOfRelations([
                    ["public", "orders", "table", "postgres"]
                ]),
                .error("\\dt: extra argument \"customers\" ignored"),
            ])
    }

    /// List of relations as psql prints it, with these rows.
    static func listOfRelations(_ rows: [[String?]]) -> DescribeOutcome {
        .table(
            DescribeTable(
                title: "List of relations", headers: ["Schema", "Name", "Type", "Owner"], alignments: [.left, .left, .left, .left],
                rows: rows, showsRowCount: true))
    }
}
