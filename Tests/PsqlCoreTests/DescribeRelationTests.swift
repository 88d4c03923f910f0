import Testing

@testable import PsqlCore

/// `\d NAME`: tables, views, sequences and indexes with the footers psql prints.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeRelationTests {
    /// `\d orders`.
    @Test func describesTableWithKeysDefaultsChecksIndexesAndTrigger() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16404", "public", "orders"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["1", "r", "t", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
                ]),
            CatalogRows(
                columns: [
                    "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
                ],
                rows: [
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
                        "orders_pkey", "t", "t", "f", "t", "CREATE UNIQUE INDEX orders_pkey ON orders USING btree (id)", "PRIMARY KEY (id)",
                        "p", "f", "f", "f", "0",
                    ],
                    [
                        "orders_customer_id_idx", "f", "f", "f", "t",
                        "CREATE INDEX orders_customer_id_idx ON orders USING btree (customer_id)", nil, nil, nil, nil, "f", "0",
                    ],
                    [
                        "orders_pending_idx", "f", "f", "f", "t",
                        "CREATE INDEX orders_pending_idx ON orders USING btree (created_at) WHERE status = 'pending'::text", nil, nil, nil,
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
            CatalogRows(
                columns: ["policy_name", "is_permissive", "role_names", "using_expression", "check_expression", "command"],
                rows: []),
            CatalogRows(
                columns: [
                    "table_name", "schema_name", "statistics_name", "column_list", "has_ndistinct", "has_dependencies", "has_mcv",
                    "statistics_target",
                ],
                rows: []),
            CatalogRows(
                columns: ["publication_name", "row_filter", "column_list"],
                rows: []),
            CatalogRows(
                columns: ["trigger_name", "trigger_definition", "enabled_mode", "is_internal", "parent_table"],
                rows: [
                    [
                        "orders_audit", "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order()",
                        "O", "f", nil,
                    ]
                ]),
            CatalogRows(
                columns: ["parent_name"],
                rows: []),
            CatalogRows(
                columns: ["child_name", "child_kind", "detach_pending", "partition_bound"],
                rows: []),
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["orders"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "Table \"public.orders\"",
                        headers: ["Column", "Type", "Collation", "Nullable", "Default"],
                        alignments: [.left, .left, .left, .left, .left],
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
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\d customers`.
    @Test func describesIdentityColumnUniqueConstraintAndIncomingKeys() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16393", "public", "customers"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "r", "t", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
                ]),
            CatalogRows(
                columns: [
                    "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
                ],
                rows: [
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
                        "CREATE UNIQUE INDEX customers_email_key ON customers USING btree (email)", "UNIQUE (email)", "u", "f", "f", "f",
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
            CatalogRows(
                columns: ["policy_name", "is_permissive", "role_names", "using_expression", "check_expression", "command"],
                rows: []),
            CatalogRows(
                columns: [
                    "table_name", "schema_name", "statistics_name", "column_list", "has_ndistinct", "has_dependencies", "has_mcv",
                    "statistics_target",
                ],
                rows: []),
            CatalogRows(
                columns: ["publication_name", "row_filter", "column_list"],
                rows: []),
            CatalogRows(
                columns: ["trigger_name", "trigger_definition", "enabled_mode", "is_internal", "parent_table"],
                rows: []),
            CatalogRows(
                columns: ["parent_name"],
                rows: []),
            CatalogRows(
                columns: ["child_name", "child_kind", "detach_pending", "partition_bound"],
                rows: []),
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["customers"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "Table \"public.customers\"",
                        headers: ["Column", "Type", "Collation", "Nullable", "Default"],
                        alignments: [.left, .left, .left, .left, .left],
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
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// What the catalog answers for `\d order_lines`: a composite primary key, a check and a
    /// cascading foreign key, nothing else.
    static let orderLinesScript: [CatalogRows] = [
        CatalogRows(
            columns: ["relation_oid", "schema_name", "relation_name"],
            rows: [
                ["16422", "public", "order_lines"]
            ]),
        CatalogRows(
            columns: [
                "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
            ],
            rows: [
                ["1", "r", "t", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
            ]),
        CatalogRows(
            columns: [
                "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
            ],
            rows: [
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
        CatalogRows(
            columns: ["constraint_name", "table_name", "constraint_definition"],
            rows: []),
        CatalogRows(
            columns: ["policy_name", "is_permissive", "role_names", "using_expression", "check_expression", "command"],
            rows: []),
        CatalogRows(
            columns: [
                "table_name", "schema_name", "statistics_name", "column_list", "has_ndistinct", "has_dependencies", "has_mcv",
                "statistics_target",
            ],
            rows: []),
        CatalogRows(
            columns: ["publication_name", "row_filter", "column_list"],
            rows: []),
        CatalogRows(
            columns: ["trigger_name", "trigger_definition", "enabled_mode", "is_internal", "parent_table"],
            rows: []),
        CatalogRows(
            columns: ["parent_name"],
            rows: []),
        CatalogRows(
            columns: ["child_name", "child_kind", "detach_pending", "partition_bound"],
            rows: []),
    ]

    /// What psql prints for it.
    static let orderLinesTable: DescribeOutcome =
        .table(
            DescribeTable(
                title: "Table \"public.order_lines\"",
                headers: ["Column", "Type", "Collation", "Nullable", "Default"],
                alignments: [.left, .left, .left, .left, .left],
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
                ],
                showsRowCount: false))

    /// `\d order_lines`.
    @Test func describesCompositeKeyAndCascadingForeignKey() throws {
        let catalog = ScriptedCatalog(Self.orderLinesScript)
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["order_lines"], serverVersion: 150018, using: catalog))
        expectPrinted(outcomes, [Self.orderLinesTable])
        #expect(catalog.isExhausted)
    }

    /// `\d pending_orders`.
    @Test func describesView() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16435", "public", "pending_orders"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "v", "f", "t", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
                ]),
            CatalogRows(
                columns: [
                    "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
                ],
                rows: [
                    ["id", "bigint", nil, "f", nil, "", ""],
                    ["customer_id", "bigint", nil, "f", nil, "", ""],
                    ["total", "numeric(12,2)", nil, "f", nil, "", ""],
                ]),
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["pending_orders"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
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
        #expect(catalog.isExhausted)
    }

    /// `\d+ pending_orders`.
    @Test func describesViewDefinitionWithPlus() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16435", "public", "pending_orders"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "v", "f", "t", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
                ]),
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
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d+", arguments: ["pending_orders"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
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
        #expect(catalog.isExhausted)
    }

    /// `\d orders_id_seq`.
    @Test func describesSequenceOwnedByColumn() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16403", "public", "orders_id_seq"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "S", "f", "f", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
                ]),
            CatalogRows(
                columns: ["type_name", "start_value", "minimum_value", "maximum_value", "increment_by", "cycles", "cache_size"],
                rows: [
                    ["bigint", "1", "1", "9223372036854775807", "1", "f", "1"]
                ]),
            CatalogRows(
                columns: ["column_name", "dependency_type"],
                rows: [
                    ["public.orders.id", "a"]
                ]),
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["orders_id_seq"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "Sequence \"public.orders_id_seq\"",
                        headers: ["Type", "Start", "Minimum", "Maximum", "Increment", "Cycles?", "Cache"],
                        alignments: [.left, .right, .right, .right, .right, .left, .right],
                        rows: [
                            ["bigint", "1", "1", "9223372036854775807", "1", "no", "1"]
                        ],
                        footers: [
                            "Owned by: public.orders.id"
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\d customers_id_seq`.
    @Test func describesIdentitySequence() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16392", "public", "customers_id_seq"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "S", "f", "f", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
                ]),
            CatalogRows(
                columns: ["type_name", "start_value", "minimum_value", "maximum_value", "increment_by", "cycles", "cache_size"],
                rows: [
                    ["bigint", "1", "1", "9223372036854775807", "1", "f", "1"]
                ]),
            CatalogRows(
                columns: ["column_name", "dependency_type"],
                rows: [
                    ["public.customers.id", "i"]
                ]),
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["customers_id_seq"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "Sequence \"public.customers_id_seq\"",
                        headers: ["Type", "Start", "Minimum", "Maximum", "Increment", "Cycles?", "Cache"],
                        alignments: [.left, .right, .right, .right, .right, .left, .right],
                        rows: [
                            ["bigint", "1", "1", "9223372036854775807", "1", "no", "1"]
                        ],
                        footers: [
                            "Sequence for identity column: public.customers.id"
                        ],
                        showsRowCount: false))
            ])
        #expect(catalog.isExhausted)
    }

    /// `\d orders_pending_idx`.
    @Test func describesPartialIndex() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16421", "public", "orders_pending_idx"]
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
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
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["orders_pending_idx"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
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
        #expect(catalog.isExhausted)
    }

    /// `\d billing.*`.
    @Test func describesEveryRelationInSchema() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [
                    ["16441", "billing", "invoice_no"],
                    ["16442", "billing", "invoices"],
                ]),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "S", "f", "f", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
                ]),
            CatalogRows(
                columns: ["type_name", "start_value", "minimum_value", "maximum_value", "increment_by", "cycles", "cache_size"],
                rows: [
                    ["bigint", "1000", "1", "9223372036854775807", "1", "f", "1"]
                ]),
            CatalogRows(
                columns: ["column_name", "dependency_type"],
                rows: []),
            CatalogRows(
                columns: [
                    "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                    "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
                ],
                rows: [
                    ["0", "r", "f", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
                ]),
            CatalogRows(
                columns: [
                    "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
                ],
                rows: [
                    ["no", "integer", "nextval('billing.invoice_no'::regclass)", "t", nil, "", ""],
                    ["order_id", "bigint", nil, "f", nil, "", ""],
                ]),
            CatalogRows(
                columns: ["same_table", "constraint_name", "constraint_definition", "table_name"],
                rows: [
                    ["t", "invoices_order_id_fkey", "FOREIGN KEY (order_id) REFERENCES orders(id)", "billing.invoices"]
                ]),
            CatalogRows(
                columns: ["constraint_name", "table_name", "constraint_definition"],
                rows: []),
            CatalogRows(
                columns: ["policy_name", "is_permissive", "role_names", "using_expression", "check_expression", "command"],
                rows: []),
            CatalogRows(
                columns: [
                    "table_name", "schema_name", "statistics_name", "column_list", "has_ndistinct", "has_dependencies", "has_mcv",
                    "statistics_target",
                ],
                rows: []),
            CatalogRows(
                columns: ["publication_name", "row_filter", "column_list"],
                rows: []),
            CatalogRows(
                columns: ["trigger_name", "trigger_definition", "enabled_mode", "is_internal", "parent_table"],
                rows: []),
            CatalogRows(
                columns: ["parent_name"],
                rows: []),
            CatalogRows(
                columns: ["child_name", "child_kind", "detach_pending", "partition_bound"],
                rows: []),
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["billing.*"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .table(
                    DescribeTable(
                        title: "Sequence \"billing.invoice_no\"",
                        headers: ["Type", "Start", "Minimum", "Maximum", "Increment", "Cycles?", "Cache"],
                        alignments: [.left, .right, .right, .right, .right, .left, .right],
                        rows: [
                            ["bigint", "1000", "1", "9223372036854775807", "1", "no", "1"]
                        ],
                        showsRowCount: false)),
                .table(
                    DescribeTable(
                        title: "Table \"billing.invoices\"",
                        headers: ["Column", "Type", "Collation", "Nullable", "Default"],
                        alignments: [.left, .left, .left, .left, .left],
                        rows: [
                            ["no", "integer", "", "not null", "nextval('billing.invoice_no'::regclass)"],
                            ["order_id", "bigint", "", "", ""],
                        ],
                        footers: [
                            "Foreign-key constraints:",
                            "    \"invoices_order_id_fkey\" FOREIGN KEY (order_id) REFERENCES orders(id)",
                        ],
                        showsRowCount: false)),
            ])
        #expect(catalog.isExhausted)
    }

    /// `\d nosuch`.
    @Test func reportsMissingRelation() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["relation_oid", "schema_name", "relation_name"],
                rows: [])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["nosuch"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .error("Did not find any relation named \"nosuch\".")
            ])
        #expect(catalog.isExhausted)
    }

    /// `\d archive.public.orders`.
    @Test func refusesOtherDatabase() throws {
        let catalog = ScriptedCatalog([
            CatalogRows(
                columns: ["database_name"],
                rows: [
                    ["shop"]
                ])
        ])
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["archive.public.orders"], serverVersion: 150018, using: catalog))
        expectPrinted(
            outcomes,
            [
                .error("cross-database references are not implemented: archive.public.orders")
            ])
        #expect(catalog.isExhausted)
    }

    /// `\d shop.public.order_lines`.
    @Test func acceptsCurrentDatabaseQualifier() throws {
        let catalog = ScriptedCatalog(
            [
                CatalogRows(
                    columns: ["database_name"],
                    rows: [
                        ["shop"]
                    ])
            ] + Self.orderLinesScript)
        let outcomes = try #require(
            try DescribeCommand.run("d", arguments: ["shop.public.order_lines"], serverVersion: 150018, using: catalog))
        expectPrinted(outcomes, [Self.orderLinesTable])
        #expect(catalog.isExhausted)
    }
}
