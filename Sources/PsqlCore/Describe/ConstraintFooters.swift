/// The `Check constraints:`, `Foreign-key constraints:` and `Referenced by:` sections under
/// `\d` of a table.
enum ConstraintFooters {
    static func checkQuery(oid: String) -> String {
        """
        SELECT r.conname AS constraint_name,
          pg_catalog.pg_get_constraintdef(r.oid, true) AS constraint_definition
        FROM pg_catalog.pg_constraint r
        WHERE r.conrelid = \(SQLLiteral.quoted(oid)) AND r.contype = 'c'
        ORDER BY 1
        """
    }

    static func checkFooters(oid: String, session: CatalogSession) throws -> [String] {
        let checks = try session.records(
            checkQuery(oid: oid), columns: ["constraint_name", "constraint_definition"])
        guard !checks.isEmpty else { return [] }
        return ["Check constraints:"]
            + checks.map {
                "    \"\($0.text("constraint_name"))\" \($0.text("constraint_definition"))"
            }
    }

    /// Foreign keys defined on the table. For partitions, those inherited from partitioned
    /// ancestors are listed too (after the table's own), tagged with the table that defines them.
    static func foreignKeyQuery(oid: String, includesAncestors: Bool) -> String {
        let literal = SQLLiteral.quoted(oid)
        if includesAncestors {
            return """
                SELECT r.conrelid = \(literal)::pg_catalog.regclass AS same_table,
                  r.conname AS constraint_name,
                  pg_catalog.pg_get_constraintdef(r.oid, true) AS constraint_definition,
                  r.conrelid::pg_catalog.regclass AS table_name
                FROM pg_catalog.pg_constraint r,
                  pg_catalog.pg_partition_ancestors(\(literal)) p
                WHERE r.conrelid = p.relid AND r.contype = 'f' AND r.conparentid = 0
                ORDER BY same_table DESC, r.conname
                """
        }
        return """
            SELECT true AS same_table,
              r.conname AS constraint_name,
              pg_catalog.pg_get_constraintdef(r.oid, true) AS constraint_definition,
              r.conrelid::pg_catalog.regclass AS table_name
            FROM pg_catalog.pg_constraint r
            WHERE r.conrelid = \(literal) AND r.contype = 'f' AND r.conparentid = 0
            ORDER BY r.conname
            """
    }

    static func foreignKeyFooters(
        oid: String, includesAncestors: Bool, session: CatalogSession
    ) throws -> [String] {
        let keys = try session.records(
            foreignKeyQuery(oid: oid, includesAncestors: includesAncestors),
            columns: ["same_table", "constraint_name", "constraint_definition", "table_name"])
        guard !keys.isEmpty else { return [] }
        return ["Foreign-key constraints:"]
            + keys.map { key in
                let name = key.text("constraint_name")
                let definition = key.text("constraint_definition")
                if key.flag("same_table") {
                    return "    \"\(name)\" \(definition)"
                }
                return "    TABLE \"\(key.text("table_name"))\" CONSTRAINT \"\(name)\" \(definition)"
            }
    }

    /// Foreign keys elsewhere that point at this table or at one of its partitioned ancestors.
    static func referencedByQuery(oid: String) -> String {
        let literal = SQLLiteral.quoted(oid)
        return """
            SELECT r.conname AS constraint_name,
              r.conrelid::pg_catalog.regclass AS table_name,
              pg_catalog.pg_get_constraintdef(r.oid, true) AS constraint_definition
            FROM pg_catalog.pg_constraint r
            WHERE r.confrelid IN (SELECT pg_catalog.pg_partition_ancestors(\(literal))
                                  UNION ALL VALUES (\(literal)::pg_catalog.regclass))
              AND r.contype = 'f' AND r.conparentid = 0
            ORDER BY r.conname
            """
    }

    static func referencedByFooters(oid: String, session: CatalogSession) throws -> [String] {
        let references = try session.records(
            referencedByQuery(oid: oid),
            columns: ["constraint_name", "table_name", "constraint_definition"])
        guard !references.isEmpty else { return [] }
        return ["Referenced by:"]
            + references.map {
                "    TABLE \"\($0.text("table_name"))\" CONSTRAINT \"\($0.text("constraint_name"))\" \($0.text("constraint_definition"))"
            }
    }
}
