/// The first step of `\d NAME`: which relations the pattern names. Every match is described in turn.
struct RelationLookup {
    /// `S`: without a pattern, include system schemas (only reachable through other callers;
    /// `\d NAME` always has a pattern).
    var showsSystem: Bool

    /// One relation the pattern matched.
    struct Match {
        var oid: String
        var schemaName: String
        var relationName: String
    }

    static let filter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "c.relname",
        visibilityRule: "pg_catalog.pg_table_is_visible(c.oid)", maximumParts: 3)

    func query(pattern: String?, serverVersion: Int) -> String {
        var conditions: [String] = []
        if !showsSystem && pattern == nil {
            conditions += ["n.nspname <> 'pg_catalog'", "n.nspname <> 'information_schema'"]
        }
        conditions += Self.filter.conditions(for: pattern, serverVersion: serverVersion)
        return """
            SELECT c.oid AS relation_oid,
              n.nspname AS schema_name,
              c.relname AS relation_name
            FROM pg_catalog.pg_class c
              LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

            """ + CatalogSession.whereClause(conditions) + "ORDER BY 2, 3"
    }

    func matches(pattern: String?, session: CatalogSession) throws -> [Match] {
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
