/// The first step of `\d NAME`: which relations the pattern names. Every match is described in turn.
///
/// There is always a pattern here, so psql's `S` changes nothing: system relations are found
/// by naming them.
enum RelationLookup {
    /// One relation the pattern matched.
    struct Match {
        var oid: String
        var schemaName: String
        var relationName: String
    }

    static let filter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "c.relname",
        visibilityRule: "pg_catalog.pg_table_is_visible(c.oid)", maximumParts: 3)

    static func query(pattern: String, serverVersion: Int) -> String {
        let conditions = filter.conditions(for: pattern, serverVersion: serverVersion)
        return """
            SELECT c.oid AS relation_oid,
              n.nspname AS schema_name,
              c.relname AS relation_name
            FROM pg_catalog.pg_class c
              LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

            """ + CatalogSession.whereClause(conditions) + "ORDER BY 2, 3"
    }

    static func matches(pattern: String, session: CatalogSession) throws -> [Match] {
        try session.records(
            query(pattern: pattern, serverVersion: session.serverVersion),
            columns: ["relation_oid", "schema_name", "relation_name"]
        ).map {
            Match(
                oid: $0.text("relation_oid"), schemaName: $0.text("schema_name"),
                relationName: $0.text("relation_name"))
        }
    }
}
