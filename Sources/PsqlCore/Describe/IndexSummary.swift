/// The footer under `\d` of an index: what kind of index it is and which table it serves,
/// e.g. `primary key, btree, for table "public.orders"`.
enum IndexSummary {
    static func query(oid: String, serverVersion: Int) -> String {
        // NULLS NOT DISTINCT arrived in v15.
        let nullsNotDistinct = serverVersion >= 150000 ? "i.indnullsnotdistinct" : "false"
        return """
            SELECT i.indisunique AS is_unique,
              i.indisprimary AS is_primary,
              i.indisclustered AS is_clustered,
              i.indisvalid AS is_valid,
              (NOT i.indimmediate) AND EXISTS (
                SELECT 1 FROM pg_catalog.pg_constraint k
                WHERE k.conrelid = i.indrelid AND k.conindid = i.indexrelid
                  AND k.contype IN ('p', 'u', 'x') AND k.condeferrable) AS is_deferrable,
              (NOT i.indimmediate) AND EXISTS (
                SELECT 1 FROM pg_catalog.pg_constraint k
                WHERE k.conrelid = i.indrelid AND k.conindid = i.indexrelid
                  AND k.contype IN ('p', 'u', 'x') AND k.condeferred) AS is_deferred,
              i.indisreplident AS is_replica_identity,
              \(nullsNotDistinct) AS nulls_not_distinct,
              am.amname AS access_method,
              t.relname AS table_name,
              pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate
            FROM pg_catalog.pg_index i
              JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
              JOIN pg_catalog.pg_am am ON am.oid = c.relam
              JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            WHERE i.indexrelid = \(SQLLiteral.quoted(oid))
            """
    }

    static let columns = [
        "is_unique", "is_primary", "is_clustered", "is_valid", "is_deferrable", "is_deferred",
        "is_replica_identity", "nulls_not_distinct", "access_method", "table_name", "predicate",
    ]

    /// The footer line; `nil` if the index could not be read back.
    static func footer(_ match: RelationLookup.Match, session: CatalogSession) throws -> String? {
        let records = try session.records(
            query(oid: match.oid, serverVersion: session.serverVersion), columns: columns)
        guard records.count == 1, let index = records.first else { return nil }

        var text = ""
        if index.flag("is_primary") {
            text = "primary key, "
        } else if index.flag("is_unique") {
            text = index.flag("nulls_not_distinct") ? "unique nulls not distinct, " : "unique, "
        }
        text += "\(index.text("access_method")), "
        // psql assumes the table shares the index's schema, which PostgreSQL guarantees.
        text += "for table \"\(match.schemaName).\(index.text("table_name"))\""
        let predicate = index.text("predicate")
        if !predicate.isEmpty { text += ", predicate (\(predicate))" }
        if index.flag("is_clustered") { text += ", clustered" }
        if !index.flag("is_valid") { text += ", invalid" }
        if index.flag("is_deferrable") { text += ", deferrable" }
        if index.flag("is_deferred") { text += ", initially deferred" }
        if index.flag("is_replica_identity") { text += ", replica identity" }
        return text
    }
}
