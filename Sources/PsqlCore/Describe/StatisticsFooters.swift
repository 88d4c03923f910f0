/// The `Statistics objects:` section under `\d` of a table (extended statistics made with
/// `CREATE STATISTICS`).
enum StatisticsFooters {
    static func query(oid: String) -> String {
        """
        SELECT s.stxrelid::pg_catalog.regclass AS table_name,
          s.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS schema_name,
          s.stxname AS statistics_name,
          pg_catalog.pg_get_statisticsobjdef_columns(s.oid) AS column_list,
          'd' = ANY (s.stxkind) AS has_ndistinct,
          'f' = ANY (s.stxkind) AS has_dependencies,
          'm' = ANY (s.stxkind) AS has_mcv,
          s.stxstattarget AS statistics_target
        FROM pg_catalog.pg_statistic_ext s
        WHERE s.stxrelid = \(SQLLiteral.quoted(oid))
        ORDER BY 2, 3
        """
    }

    static func footers(oid: String, session: CatalogSession) throws -> [String] {
        let objects = try session.records(
            query(oid: oid),
            columns: [
                "table_name", "schema_name", "statistics_name", "column_list", "has_ndistinct",
                "has_dependencies", "has_mcv", "statistics_target",
            ])
        guard !objects.isEmpty else { return [] }
        return ["Statistics objects:"]
            + objects.map { object in
                var text = "    \"\(object.text("schema_name")).\(object.text("statistics_name"))\""
                let kinds = [
                    object.flag("has_ndistinct") ? "ndistinct" : nil,
                    object.flag("has_dependencies") ? "dependencies" : nil,
                    object.flag("has_mcv") ? "mcv" : nil,
                ].compactMap { $0 }
                // All three is what CREATE STATISTICS picks by default and none means expression
                // statistics only; either way listing them would say nothing.
                if !kinds.isEmpty && kinds.count < 3 {
                    text += " (" + kinds.joined(separator: ", ") + ")"
                }
                text += " ON \(object.text("column_list")) FROM \(object.text("table_name"))"
                if let target = object.value("statistics_target"), target != "-1" {
                    text += "; STATISTICS \(target)"
                }
                return text
            }
    }
}
