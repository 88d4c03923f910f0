@testable import PsqlCore

/// Catalog replies that several describe tests script, kept once. Like the rest of the scripted
/// rows, they are what PostgreSQL 15.18 answered for this module's queries on the database
/// `DescribeFixture` sets up.
enum CapturedCatalog {
    /// The relations a `\d` pattern names: oid, schema, name.
    static func relationsNamed(_ rows: [[String?]]) -> CatalogRows {
        CatalogRows(columns: ["relation_oid", "schema_name", "relation_name"], rows: rows)
    }

    /// What `\d` reads of one relation first (`pg_class`: kind, flags, access method).
    static func relationInfo(_ rows: [[String?]]) -> CatalogRows {
        CatalogRows(
            columns: [
                "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security", "forces_row_security",
                "is_partition", "tablespace_oid", "typed_of", "persistence", "replica_identity", "access_method", "options",
            ], rows: rows)
    }

    /// A table's columns as plain `\d` reads them.
    static func tableColumns(_ rows: [[String?]]) -> CatalogRows {
        CatalogRows(
            columns: [
                "column_name", "type_name", "default_expression", "not_null", "collation_name", "identity_kind", "generated_kind",
            ], rows: rows)
    }

    /// No row-level security policies.
    static let noPolicies = CatalogRows(
        columns: ["policy_name", "is_permissive", "role_names", "using_expression", "check_expression", "command"],
        rows: [])

    /// No extended statistics.
    static let noStatistics = CatalogRows(
        columns: [
            "table_name", "schema_name", "statistics_name", "column_list", "has_ndistinct", "has_dependencies", "has_mcv",
            "statistics_target",
        ],
        rows: [])

    /// In no publication.
    static let noPublications = CatalogRows(
        columns: ["publication_name", "row_filter", "column_list"],
        rows: [])

    /// Inherits from nothing.
    static let noParents = CatalogRows(
        columns: ["parent_name"],
        rows: [])

    /// No partitions or child tables.
    static let noChildren = CatalogRows(
        columns: ["child_name", "child_kind", "detach_pending", "partition_bound"],
        rows: [])

    /// No triggers.
    static let noTriggers = CatalogRows(
        columns: ["trigger_name", "trigger_definition", "enabled_mode", "is_internal", "parent_table"],
        rows: [])

    /// The footer queries `\d` asks about a plain table, in its order, answered "none" but for
    /// the triggers given.
    static func plainTableFooters(triggers: [[String?]] = []) -> [CatalogRows] {
        [
            noPolicies, noStatistics, noPublications,
            triggers.isEmpty ? noTriggers : CatalogRows(columns: noTriggers.columns, rows: triggers), noParents, noChildren,
        ]
    }

    /// No relation by that name.
    static let noRelation = relationsNamed([])

    /// No relation matches a `\dt` pattern.
    static let noRelationListed = CatalogRows(
        columns: ["schema_name", "relation_name", "relation_kind", "owner_name"],
        rows: [])

    /// No foreign key references the table.
    static let noReferencingKeys = CatalogRows(
        columns: ["constraint_name", "table_name", "constraint_definition"],
        rows: [])

    /// `pending_orders` found.
    static let pendingOrdersLookup = relationsNamed([
        ["16435", "public", "pending_orders"]
    ])

    /// A view (`pending_orders`).
    static let viewInfo = relationInfo([
        ["0", "v", "f", "t", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
    ])

    /// A sequence.
    static let sequenceInfo = relationInfo([
        ["0", "S", "f", "f", "f", "f", "f", "f", "0", "", "p", "n", nil, ""]
    ])

    /// A heap table with one check constraint, indexes and triggers (`orders`, `order_lines`).
    static let tableWithCheckIndexesAndTriggersInfo = relationInfo([
        ["1", "r", "t", "f", "t", "f", "f", "f", "0", "", "p", "d", "heap", ""]
    ])

    /// A bigint sequence starting at 1, no cycle, cache 1.
    static let bigintSequenceFromOne = CatalogRows(
        columns: ["type_name", "start_value", "minimum_value", "maximum_value", "increment_by", "cycles", "cache_size"],
        rows: [
            ["bigint", "1", "1", "9223372036854775807", "1", "f", "1"]
        ])

    /// The current database is `shop`.
    static let currentDatabaseShop = CatalogRows(
        columns: ["database_name"],
        rows: [
            ["shop"]
        ])
}
