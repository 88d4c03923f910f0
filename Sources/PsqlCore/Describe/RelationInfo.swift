/// What `\d NAME` needs to know about one relation before describing it: its kind and which
/// kinds of footer are worth a query.
struct RelationInfo {
    var kind: RelationKind?
    /// The raw `relkind`, for the title of kinds this code does not know.
    var kindCode: String
    var checkConstraintCount: Int
    var hasIndexes: Bool
    var hasRules: Bool
    var hasTriggers: Bool
    var rowSecurity: Bool
    var forcesRowSecurity: Bool
    var isPartition: Bool
    /// `reltablespace`; "0" means the database's default tablespace, which psql does not mention.
    var tablespaceOID: String
    /// The composite type of a typed table (`CREATE TABLE t OF type`), else empty.
    var typedOf: String
    var persistence: String
    var replicaIdentity: String
    /// Table access method, `nil` for kinds without one.
    var accessMethod: String?
    /// `reloptions` (with the TOAST table's as `toast.x=y`), comma-separated; empty when none.
    var options: String

    static func query(oid: String) -> String {
        """
        SELECT c.relchecks AS check_count,
          c.relkind AS relation_kind,
          c.relhasindex AS has_indexes,
          c.relhasrules AS has_rules,
          c.relhastriggers AS has_triggers,
          c.relrowsecurity AS row_security,
          c.relforcerowsecurity AS forces_row_security,
          c.relispartition AS is_partition,
          c.reltablespace AS tablespace_oid,
          CASE WHEN c.reloftype = 0 THEN ''
               ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text END AS typed_of,
          c.relpersistence AS persistence,
          c.relreplident AS replica_identity,
          am.amname AS access_method,
          pg_catalog.array_to_string(c.reloptions || ARRAY(
            SELECT 'toast.' || o FROM pg_catalog.unnest(tc.reloptions) o), ', ') AS options
        FROM pg_catalog.pg_class c
          LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
          LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
        WHERE c.oid = \(SQLLiteral.quoted(oid))
        """
    }

    static let columns = [
        "check_count", "relation_kind", "has_indexes", "has_rules", "has_triggers", "row_security",
        "forces_row_security", "is_partition", "tablespace_oid", "typed_of", "persistence",
        "replica_identity", "access_method", "options",
    ]

    /// Reads the facts, or `nil` when the relation vanished since the lookup.
    static func load(oid: String, session: CatalogSession) throws -> RelationInfo? {
        guard let record = try session.records(query(oid: oid), columns: columns).first else {
            return nil
        }
        let kindCode = record.text("relation_kind")
        return RelationInfo(
            kind: RelationKind(rawValue: kindCode), kindCode: kindCode,
            checkConstraintCount: Int(record.text("check_count")) ?? 0,
            hasIndexes: record.flag("has_indexes"), hasRules: record.flag("has_rules"),
            hasTriggers: record.flag("has_triggers"), rowSecurity: record.flag("row_security"),
            forcesRowSecurity: record.flag("forces_row_security"),
            isPartition: record.flag("is_partition"), tablespaceOID: record.text("tablespace_oid"),
            typedOf: record.text("typed_of"), persistence: record.text("persistence"),
            replicaIdentity: record.text("replica_identity"),
            accessMethod: record.value("access_method"), options: record.text("options"))
    }

    var isUnlogged: Bool { persistence == "u" }

    /// Whether psql can name a tablespace for this kind (views and sequences have none).
    var hasTablespace: Bool {
        switch kind {
        case .table, .materializedView, .index, .partitionedTable, .partitionedIndex, .toastTable: true
        default: false
        }
    }
}
