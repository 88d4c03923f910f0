/// The `Publications:` section under `\d` of a table: publications that replicate it, by name,
/// through its schema, or as FOR ALL TABLES, with any column list and row filter.
enum PublicationFooters {
    static func query(oid: String) -> String {
        let literal = SQLLiteral.quoted(oid)
        return """
            SELECT p.pubname AS publication_name,
              NULL::pg_catalog.text AS row_filter,
              NULL::pg_catalog.text AS column_list
            FROM pg_catalog.pg_publication p
              JOIN pg_catalog.pg_publication_namespace pn ON pn.pnpubid = p.oid
              JOIN pg_catalog.pg_class c ON c.relnamespace = pn.pnnspid
            WHERE c.oid = \(literal) AND pg_catalog.pg_relation_is_publishable(\(literal))
            UNION
            SELECT p.pubname,
              pg_catalog.pg_get_expr(pr.prqual, pr.prrelid),
              (SELECT pg_catalog.string_agg(a.attname, ', ' ORDER BY k.position)
                 FROM pg_catalog.unnest(pr.prattrs::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, position)
                 JOIN pg_catalog.pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.attnum)
            FROM pg_catalog.pg_publication p
              JOIN pg_catalog.pg_publication_rel pr ON pr.prpubid = p.oid
            WHERE pr.prrelid = \(literal)
            UNION
            SELECT p.pubname, NULL, NULL
            FROM pg_catalog.pg_publication p
            WHERE p.puballtables AND pg_catalog.pg_relation_is_publishable(\(literal))
            ORDER BY 1
            """
    }

    static func footers(oid: String, session: CatalogSession) throws -> [String] {
        let publications = try session.records(
            query(oid: oid), columns: ["publication_name", "row_filter", "column_list"])
        guard !publications.isEmpty else { return [] }
        return ["Publications:"]
            + publications.map { publication in
                var text = "    \"\(publication.text("publication_name"))\""
                if let columns = publication.value("column_list") { text += " (\(columns))" }
                if let filter = publication.value("row_filter") { text += " WHERE \(filter)" }
                return text
            }
    }
}
