/// `\dRp+ [PATTERN]`: one table per publication with its flags, and the tables and schemas it
/// publishes as footers, as psql 15 prints them.
struct PublicationDescription {
    static let filter = PatternFilter(schemaColumn: nil, nameColumn: "pubname", visibilityRule: nil, maximumParts: 1)

    func run(pattern: String?, session: CatalogSession) throws -> [DescribeOutcome] {
        let conditions = Self.filter.conditions(for: pattern, serverVersion: session.serverVersion)
        let columns = [
            "publication_oid", "publication_name", "owner_name", "all_tables", "inserts", "updates", "deletes", "truncates", "via_root",
        ]
        let publications = try session.records(
            """
            SELECT oid AS publication_oid, pubname AS publication_name,
              pg_catalog.pg_get_userbyid(pubowner) AS owner_name,
              puballtables AS all_tables, pubinsert AS inserts, pubupdate AS updates, pubdelete AS deletes,
              pubtruncate AS truncates, pubviaroot AS via_root
            FROM pg_catalog.pg_publication

            """ + CatalogSession.whereClause(conditions) + "ORDER BY 2", columns: columns)
        guard !publications.isEmpty else {
            return [.error(pattern.map { "Did not find any publication named \"\($0)\"." } ?? "Did not find any publications.")]
        }
        return try publications.map { publication in
            let oid = SQLLiteral.quoted(publication.text("publication_oid"))
            var footers: [String] = []
            if publication.text("all_tables") != "t" {
                let tables = try session.records(
                    """
                    SELECT n.nspname AS schema_name, c.relname AS table_name, pg_catalog.pg_get_expr(pr.prqual, c.oid) AS row_filter,
                      (CASE WHEN pr.prattrs IS NOT NULL THEN
                         pg_catalog.array_to_string(ARRAY(SELECT attname
                           FROM pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,
                                pg_catalog.pg_attribute
                           WHERE attrelid = c.oid AND attnum = prattrs[s]), ', ')
                       ELSE NULL END) AS column_list
                    FROM pg_catalog.pg_class c, pg_catalog.pg_namespace n, pg_catalog.pg_publication_rel pr
                    WHERE c.relnamespace = n.oid AND c.oid = pr.prrelid AND pr.prpubid = \(oid)
                    ORDER BY 1, 2
                    """, columns: ["schema_name", "table_name", "row_filter", "column_list"])
                if !tables.isEmpty { footers.append("Tables:") }
                for table in tables {
                    var line = "    \"\(table.text("schema_name")).\(table.text("table_name"))\""
                    if let columns = table.value("column_list") { line += " (\(columns))" }
                    if let filter = table.value("row_filter") { line += " WHERE \(filter)" }
                    footers.append(line)
                }
                let schemas = try session.records(
                    """
                    SELECT n.nspname AS schema_name
                    FROM pg_catalog.pg_namespace n
                         JOIN pg_catalog.pg_publication_namespace pn ON n.oid = pn.pnnspid
                    WHERE pn.pnpubid = \(oid)
                    ORDER BY 1
                    """, columns: ["schema_name"])
                if !schemas.isEmpty { footers.append("Tables from schemas:") }
                footers += schemas.map { "    \"\($0.text("schema_name"))\"" }
            }
            let row: [String?] = ["owner_name", "all_tables", "inserts", "updates", "deletes", "truncates", "via_root"]
                .map { publication.value($0) }
            let headers = ["Owner", "All tables", "Inserts", "Updates", "Deletes", "Truncates", "Via root"]
            return .table(
                DescribeTable(
                    title: "Publication \(publication.text("publication_name"))", headers: headers,
                    alignments: Array(repeating: .left, count: headers.count), rows: [row], footers: footers,
                    showsRowCount: true))
        }
    }
}
