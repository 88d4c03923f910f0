import Testing

@testable import PsqlCore

/// `\d NAME`: tables, views, sequences and indexes with the footers psql prints.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeRelationTests {
    /// `\d orders`.
    @Test func describesTableWithKeysDefaultsChecksIndexesAndTrigger() throws {
        try expectDescribe(
            "d", ["orders"],
            replies: [
                CapturedCatalog.relationsNamed([
                    ["16404", "public", "orders"]
                ]),
                CapturedCatalog.tableWithCheckIndexesAndTriggersInfo,
                CapturedCatalog.tableColumns([
                    ["id", "bigint", "nextval('orders_id_seq'::regclass)", "t", nil, "", ""],
                    ["customer_id", "bigint", nil, "t", nil, "", ""],
                    ["status", "text", "'pending'::text", "t", nil, "", ""],
                    ["total", "numeric(12,2)", nil, "t", nil, "", ""],
                    ["created_at", "timestamp with time zone", "now()", "t", nil, "", ""],
                ]),
                CatalogRows(
                    columns: [
                        "index_name", "is_primary", "is_unique", "is_clustered", "is_valid", "index_definition", "constraint_definition",
                        "constraint_type", "is_deferrable", "is_deferred", "is_replica_identity", "tablespace_oid",
                    ],
                    rows: [
                        [
                            "orders_pkey", "t", "t", "f", "t", "CREATE UNIQUE INDEX orders_pkey ON orders USING btree (id)",
                            "PRIMARY KEY (id)",
                            "p", "f", "f", "f", "0",
                        ],
                        [
                            "orders_customer_id_idx", "f", "f", "f", "t",
                            "CREATE INDEX orders_customer_id_idx ON orders USING btree (customer_id)", nil, nil, nil, nil, "f", "0",
                        ],
                        [
                            "orders_pending_idx", "f", "f", "f", "t",
                            "CREATE INDEX orders_pending_idx ON orders USING btree (created_at) WHERE status = 'pending'::text", nil, nil,
                            nil,
                            nil, "f", "0",
                        ],
                    ]),
                CatalogRows(
                    columns: ["constraint_name", "constraint_definition"],
                    rows: [
                        ["orders_total_check", "CHECK (total >= 0::numeric)"]
                    ]),
                CatalogRows(
                    columns: ["same_table", "constraint_name", "constraint_definition", "table_name"],
                    rows: [
                        ["t", "orders_customer_id_fkey", "FOREIGN KEY (customer_id) REFERENCES customers(id)", "orders"]
                    ]),
                CatalogRows(
                    columns: ["constraint_name", "table_name", "constraint_definition"],
                    rows: [
                        ["invoices_order_id_fkey", "billing.invoices", "FOREIGN KEY (order_id) REFERENCES orders(id)"],
                        ["order_lines_order_id_fkey", "order_lines", "FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE"],
                    ]),
            ]
                + CapturedCatalog.plainTableFooters(triggers: [
                    [
                        "orders_audit", "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order()",
                        "O", "f", nil,
                    ]
                ]),
            printed: [
                Self.table(
                    "public.orders",
                    rows: [
                        ["id", "bigint", "", "not null", "nextval('orders_id_seq'::regclass)"],
                        ["customer_id", "bigint", "", "not null", ""],
                        ["status", "text", "", "not null", "'pending'::text"],
                        ["total", "numeric(12,2)", "", "not null", ""],
                        ["created_at", "timestamp with time zone", "", "not null", "now()"],
                    ],
                    footers: [
                        "Indexes:",
                        "    \"orders_pkey\" PRIMARY KEY, btree (id)",
                        "    \"orders_customer_id_idx\" btree (customer_id)",
                        "    \"orders_pending_idx\" btree (created_at) WHERE status = 'pending'::text",
                        "Check constraints:",
                        "    \"orders_total_check\" CHECK (total >= 0::numeric)",
                        "Foreign-key constraints:",
                        "    \"orders_customer_id_fkey\" FOREIGN KEY (customer_id) REFERENCES customers(id)",
                        "Referenced by:",
                        "    TABLE \"billing.invoices\" CONSTRAINT \"invoices_order_id_fkey\" FOREIGN KEY (order_id) REFERENCES orders(id)",
                        "    TABLE \"order_lines\" CONSTRAINT \"order_lines_order_id_fkey\" FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE",
                        "Triggers:",
                        "    orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order()",
                    ])
            ])
    }

    /// `\d customers`.
    @Test func describesIdentityColumnUniqueConstraintAndIncomingKeys() throws {
        try expectDescribe(
            "d", ["customers"],
            replies: [
                CapturedCatalog.relationsNamed([
                    ["16393", "public", "customers"]
                ]),
                CapturedCatalog.relationInfo([
                    ["0", "r", "t", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
                ]),
                CapturedCatalog.tableColumns([
                    ["id", "bigint", nil, "t", nil, "a", ""],
                    ["email", "text", nil, "t", nil, "", ""],
                    ["created_at", "timestamp with time zone", "now()", "t", nil, "", ""],
                ]),
                CatalogRows(
                    columns: [
                        "index_name", "is_primary", "is_unique", "is_clustered", "is_valid", "index_definition", "constraint_definition",
                        "constraint_type", "is_deferrable", "is_deferred", "is_replica_identity", "tablespace_oid",
                    ],
                    rows: [
                        [
                            "customers_pkey", "t", "t", "f", "t", "CREATE UNIQUE INDEX customers_pkey ON customers USING btree (id)",
                            "PRIMARY KEY (id)", "p", "f", "f", "f", "0",
                        ],
                        [
                            "customers_email_key", "f", "t", "f", "t",
                            "CREATE UNIQUE INDEX customers_email_key ON customers USING btree (email)", "UNIQUE (email)", "u", "f", "f",
                            "f",
                            "0",
                        ],
                    ]),
                CatalogRows(
                    columns: ["same_table", "constraint_name", "constraint_definition", "table_name"],
                    rows: []),
                CatalogRows(
                    columns: ["constraint_name", "table_name", "constraint_definition"],
                    rows: [
                        ["orders_customer_id_fkey", "orders", "FOREIGN KEY (customer_id) REFERENCES customers(id)"]
                    ]),
            ] + CapturedCatalog.plainTableFooters(),
            printed: [
                Self.table(
                    "public.customers",
                    rows: [
                        ["id", "bigint", "", "not null", "generated always as identity"],
                        ["email", "text", "", "not null", ""],
                        ["created_at", "timestamp with time zone", "", "not null", "now()"],
                    ],
                    footers: [
                        "Indexes:",
                        "    \"customers_pkey\" PRIMARY KEY, btree (id)",
                        "    \"customers_email_key\" UNIQUE CONSTRAINT, btree (email)",
                        "Referenced by:",
                        "    TABLE \"orders\" CONSTRAINT \"orders_customer_id_fkey\" FOREIGN KEY (customer_id) REFERENCES customers(id)",
                    ])
            ])
    }

    /// What the catalog answers for `\d order_lines`: a composite primary key, a check and a
    /// cascading foreign key, nothing else.
    static let orderLinesScript: [CatalogRows] =
        [
            CapturedCatalog.relationsNamed([
                ["16422", "public", "order_lines"]
            ]),
            CapturedCatalog.tableWithCheckIndexesAndTriggersInfo,
            CapturedCatalog.tableColumns([
                ["order_id", "bigint", nil, "t", nil, "", ""],
                ["line_no", "integer", nil, "t", nil, "", ""],
                ["sku", "text", nil, "t", nil, "", ""],
                ["qty", "integer", nil, "t", nil, "", ""],
            ]),
            CatalogRows(
                columns: [
                    "index_name", "is_primary", "is_unique", "is_clustered", "is_valid", "index_definition", "constraint_definition",
                    "constraint_type", "is_deferrable", "is_deferred", "is_replica_identity", "tablespace_oid",
                ],
                rows: [
                    [
                        "order_lines_pkey", "t", "t", "f", "t",
                        "CREATE UNIQUE INDEX order_lines_pkey ON order_lines USING btree (order_id, line_no)",
                        "PRIMARY KEY (order_id, line_no)", "p", "f", "f", "f", "0",
                    ]
                ]),
            CatalogRows(
                columns: ["constraint_name", "constraint_definition"],
                rows: [
                    ["order_lines_qty_check", "CHECK (qty > 0)"]
                ]),
            CatalogRows(
                columns: ["same_table", "constraint_name", "constraint_definition", "table_name"],
                rows: [
                    ["t", "order_lines_order_id_fkey", "FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE", "order_lines"]
                ]),
            CapturedCatalog.noReferencingKeys,
        ] + CapturedCatalog.plainTableFooters()

    /// What psql prints for it.
    static let orderLinesTable: DescribeOutcome =
        Self.table(
            "public.order_lines",
            rows: [
                ["order_id", "bigint", "", "not null", ""],
                ["line_no", "integer", "", "not null", ""],
                ["sku", "text", "", "not null", ""],
                ["qty", "integer", "", "not null", ""],
            ],
            footers: [
                "Indexes:",
                "    \"order_lines_pkey\" PRIMARY KEY, btree (order_id, line_no)",
                "Check constraints:",
                "    \"order_lines_qty_check\" CHECK (qty > 0)",
                "Foreign-key constraints:",
                "    \"order_lines_order_id_fkey\" FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE",
            ])

    /// `\d order_lines`.
    @Test func describesCompositeKeyAndCascadingForeignKey() throws {
        try expectDescribe("d", ["order_lines"], replies: Self.orderLinesScript, printed: [Self.orderLinesTable])
    }

    /// `\d pending_orders`.
    @Test func describesView() throws {
        try expectDescribe(
            "d", ["pending_orders"],
            replies: [
                CapturedCatalog.pendingOrdersLookup,
                CapturedCatalog.viewInfo,
                CapturedCatalog.tableColumns([
                    ["id", "bigint", nil, "f", nil, "", ""],
                    ["customer_id", "bigint", nil, "f", nil, "", ""],
                    ["total", "numeric(12,2)", nil, "f", nil, "", ""],
                ]),
            ],
            printed: [
                .table(
                    DescribeTable(
                        title: "View \"public.pending_orders\"",
                        headers: ["Column", "Type", "Collation", "Nullable", "Default"],
                        alignments: [.left, .left, .left, .left, .left],
                        rows: [
                            ["id", "bigint", "", "", ""],
                            ["customer_id", "bigint", "", "", ""],
                            ["total", "numeric(12,2)", "", "", ""],
                        ],
                        showsRowCount: false))
            ])
    }

    /// `\d+ pending_orders`.
    @Test func describesViewDefinitionWithPlus() throws {
        try expectDescribe(
            "d+", ["pending_orders"],
            replies: [
                CapturedCatalog.pendingOrdersLookup,
                CapturedCatalog.viewInfo,
                CatalogRows(
                    columns: [
                        "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
                        "storage_kind", "description",
                    ],
                    rows: [
                        ["id", "bigint", nil, "f", nil, "", "", "p", nil],
                        ["customer_id", "bigint", nil, "f", nil, "", "", "p", nil],
                        ["total", "numeric(12,2)", nil, "f", nil, "", "", "m", nil],
                    ]),
                CatalogRows(
                    columns: ["view_definition"],
                    rows: [
                        [
                            " SELECT orders.id,\n    orders.customer_id,\n    orders.total\n   FROM orders\n  WHERE orders.status = 'pending'::text;"
                        ]
                    ]),
                CatalogRows(
                    columns: ["rule_name", "rule_definition", "enabled_mode"],
                    rows: []),
            ],
            printed: [
                .table(
                    DescribeTable(
                        title: "View \"public.pending_orders\"",
                        headers: ["Column", "Type", "Collation", "Nullable", "Default", "Storage", "Description"],
                        alignments: [.left, .left, .left, .left, .left, .left, .left],
                        rows: [
                            ["id", "bigint", "", "", "", "plain", ""],
                            ["customer_id", "bigint", "", "", "", "plain", ""],
                            ["total", "numeric(12,2)", "", "", "", "main", ""],
                        ],
                        footers: [
                            "View definition:",
                            " SELECT orders.id,",
                            "    orders.customer_id,",
                            "    orders.total",
                            "   FROM orders",
                            "  WHERE orders.status = 'pending'::text;",
                        ],
                        showsRowCount: false))
            ])
    }

    /// A sequence and what owns it: `(name, oid, owner column, dependency type, footer)`.
    static let sequences: [(String, String, String, String, String)] = [
        ("orders_id_seq", "16403", "public.orders.id", "a", "Owned by: public.orders.id"),
        ("customers_id_seq", "16392", "public.customers.id", "i", "Sequence for identity column: public.customers.id"),
    ]

    /// `\d orders_id_seq` (a serial column's) and `\d customers_id_seq` (an identity column's).
    @Test(arguments: sequences) func describesSequenceAndItsOwner(
        name: String, oid: String, column: String, dependency: String, footer: String
    ) throws {
        try expectDescribe(
            "d", [name],
            replies: [
                CapturedCatalog.relationsNamed([[oid, "public", name]]),
                CapturedCatalog.sequenceInfo,
                CapturedCatalog.bigintSequenceFromOne,
                CatalogRows(columns: ["column_name", "dependency_type"], rows: [[column, dependency]]),
            ],
            printed: [
                .table(
                    DescribeTable(
                        title: "Sequence \"public.\(name)\"",
                        headers: ["Type", "Start", "Minimum", "Maximum", "Increment", "Cycles?", "Cache"],
                        alignments: [.left, .right, .right, .right, .right, .left, .right],
                        rows: [
                            ["bigint", "1", "1", "9223372036854775807", "1", "no", "1"]
                        ],
                        footers: [footer],
                        showsRowCount: false))
            ])
    }

    /// `\d orders_pending_idx`.
    @Test func describesPartialIndex() throws {
        try expectDescribe(
            "d", ["orders_pending_idx"],
            replies: [
                CapturedCatalog.relationsNamed([
                    ["16421", "public", "orders_pending_idx"]
                ]),
                CapturedCatalog.relationInfo([
                    ["0", "i", "f", "f", "f", "f", "f", "f", "0", "", "p", "n", "btree", ""]
                ]),
                CatalogRows(
                    columns: ["column_name", "type_name", "is_key", "index_expression"],
                    rows: [
                        ["created_at", "timestamp with time zone", "yes", "created_at"]
                    ]),
                CatalogRows(
                    columns: [
                        "is_unique", "is_primary", "is_clustered", "is_valid", "is_deferrable", "is_deferred", "is_replica_identity",
                        "nulls_not_distinct", "access_method", "table_name", "predicate",
                    ],
                    rows: [
                        ["f", "f", "f", "t", "f", "f", "f", "f", "btree", "orders", "status = 'pending'::text"]
                    ]),
            ],
            printed: [
                .table(
                    DescribeTable(
                        title: "Index \"public.orders_pending_idx\"",
                        headers: ["Column", "Type", "Key?", "Definition"],
                        alignments: [.left, .left, .left, .left],
                        rows: [
                            ["created_at", "timestamp with time zone", "yes", "created_at"]
                        ],
                        footers: [
                            "btree, for table \"public.orders\", predicate (status = 'pending'::text)"
                        ],
                        showsRowCount: false))
            ])
    }

    /// `\d billing.*`.
    @Test func describesEveryRelationInSchema() throws {
        try expectDescribe(
            "d", ["billing.*"],
            replies: [
                CapturedCatalog.relationsNamed([
                    ["16441", "billing", "invoice_no"],
                    ["16442", "billing", "invoices"],
                ]),
                CapturedCatalog.sequenceInfo,
                CatalogRows(
                    columns: ["type_name", "start_value", "minimum_value", "maximum_value", "increment_by", "cycles", "cache_size"],
                    rows: [
                        ["bigint", "1000", "1", "9223372036854775807", "1", "f", "1"]
                    ]),
                CatalogRows(
                    columns: ["column_name", "dependency_type"],
                    rows: []),
                CapturedCatalog.relationInfo([
                    ["0", "r", "f", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
                ]),
                CapturedCatalog.tableColumns([
                    ["no", "integer", "nextval('billing.invoice_no'::regclass)", "t", nil, "", ""],
                    ["order_id", "bigint", nil, "f", nil, "", ""],
                ]),
                CatalogRows(
                    columns: ["same_table", "constraint_name", "constraint_definition", "table_name"],
                    rows: [
                        ["t", "invoices_order_id_fkey", "FOREIGN KEY (order_id) REFERENCES orders(id)", "billing.invoices"]
                    ]),
                CapturedCatalog.noReferencingKeys,
            ] + CapturedCatalog.plainTableFooters(),
            printed: [
                .table(
                    DescribeTable(
                        title: "Sequence \"billing.invoice_no\"",
                        headers: ["Type", "Start", "Minimum", "Maximum", "Increment", "Cycles?", "Cache"],
                        alignments: [.left, .right, .right, .right, .right, .left, .right],
                        rows: [
                            ["bigint", "1000", "1", "9223372036854775807", "1", "no", "1"]
                        ],
                        showsRowCount: false)),
                Self.table(
                    "billing.invoices",
                    rows: [
                        ["no", "integer", "", "not null", "nextval('billing.invoice_no'::regclass)"],
                        ["order_id", "bigint", "", "", ""],
                    ],
                    footers: [
                        "Foreign-key constraints:",
                        "    \"invoices_order_id_fkey\" FOREIGN KEY (order_id) REFERENCES orders(id)",
                    ]),
            ])
    }

    /// `\d nosuch`.
    @Test func reportsMissingRelation() throws {
        try expectDescribe(
            "d", ["nosuch"],
            replies: [CapturedCatalog.noRelation], printed: [.error("Did not find any relation named \"nosuch\".")])
    }

    /// `\d archive.public.orders`.
    @Test func refusesOtherDatabase() throws {
        try expectDescribe(
            "d", ["archive.public.orders"],
            replies: [CapturedCatalog.currentDatabaseShop],
            printed: [.error("cross-database references are not implemented: archive.public.orders")])
    }

    /// `\d shop.public.order_lines`.
    @Test func acceptsCurrentDatabaseQualifier() throws {
        try expectDescribe(
            "d", ["shop.public.order_lines"],
            replies: [CapturedCatalog.currentDatabaseShop] + Self.orderLinesScript, printed: [Self.orderLinesTable])
    }

    /// `\d` of a table as psql prints it: its columns, then the footers (indexes, constraints, …).
    static func table(_ name: String, rows: [[String?]], footers: [String]) -> DescribeOutcome {
        .table(
            DescribeTable(
                title: "Table \"\(name)\"", headers: ["Column", "Type", "Collation", "Nullable", "Default"],
                alignments: [.left, .left, .left, .left, .left], rows: rows, footers: footers, showsRowCount: false))
    }
}
