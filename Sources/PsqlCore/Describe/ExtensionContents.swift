/// `\dx+`: for each extension matching the pattern, the objects it contains, one table each.
struct ExtensionContents {
    static let filter = PatternFilter(schemaColumn: nil, nameColumn: "e.extname", visibilityRule: nil, maximumParts: 1)

    func run(pattern: String?, session: CatalogSession) throws -> [DescribeOutcome] {
        let conditions = Self.filter.conditions(for: pattern, serverVersion: session.serverVersion)
        let sql =
            "SELECT e.extname AS extension_name, e.oid AS extension_oid\nFROM pg_catalog.pg_extension e\n"
            + CatalogSession.whereClause(conditions) + "ORDER BY 1"
        let extensions = try session.records(sql, columns: ["extension_name", "extension_oid"])
        guard !extensions.isEmpty else {
            return [.error(pattern.map { "Did not find any extension named \"\($0)\"." } ?? "Did not find any extensions.")]
        }
        return try extensions.map { found in
            let objects = try session.source.catalogQuery(
                """
                SELECT pg_catalog.pg_describe_object(classid, objid, 0) AS "Object description"
                FROM pg_catalog.pg_depend
                WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND refobjid = \(SQLLiteral.quoted(found.text("extension_oid"))) AND deptype = 'e'
                ORDER BY 1
                """)
            return .table(
                CatalogListing(
                    title: "Objects in extension \"\(found.text("extension_name"))\"", select: "", orderBy: ""
                ).table(objects))
        }
    }
}
