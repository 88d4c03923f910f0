/// `\dn`: schemas and their owners, plus the publications that include a schema named by the pattern.
struct SchemaListing {
    /// `+`: access privileges and description too.
    var verbose: Bool
    /// `S`: include `pg_*` and `information_schema` when no pattern is given.
    var showsSystem: Bool

    /// Schemas cannot be qualified, yet psql accepts one extra part (a database) and then refuses it.
    static let filter = PatternFilter(
        schemaColumn: nil, nameColumn: "n.nspname", visibilityRule: nil, maximumParts: 2)

    func query(pattern: String?, serverVersion: Int) -> String {
        var sql = """
            SELECT n.nspname AS schema_name,
              pg_catalog.pg_get_userbyid(n.nspowner) AS owner_name
            """
        if verbose {
            sql += """
                ,
                  pg_catalog.array_to_string(n.nspacl, E'\\n') AS access_privileges,
                  pg_catalog.obj_description(n.oid, 'pg_namespace') AS description
                """
        }
        sql += "\nFROM pg_catalog.pg_namespace n\n"
        var conditions: [String] = []
        if !showsSystem && pattern == nil {
            conditions += ["n.nspname !~ '^pg_'", "n.nspname <> 'information_schema'"]
        }
        conditions += Self.filter.conditions(for: pattern, serverVersion: serverVersion)
        return sql + CatalogSession.whereClause(conditions) + "ORDER BY 1"
    }

    /// The publications psql lists under the table. It looks the pattern up as a plain schema
    /// name, so they only appear when the pattern is exactly a schema's name. (psql 15 pastes the
    /// pattern into its SQL unquoted, so there a pattern with a `'` fails; here it is quoted.)
    static func publicationsQuery(schemaName: String) -> String {
        """
        SELECT p.pubname AS publication_name
        FROM pg_catalog.pg_publication p
          JOIN pg_catalog.pg_publication_namespace pn ON pn.pnpubid = p.oid
          JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
        WHERE n.nspname = \(SQLLiteral.quoted(schemaName))
        ORDER BY 1
        """
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        var columns = ["schema_name", "owner_name"]
        if verbose { columns += ["access_privileges", "description"] }
        let records = try session.records(
            query(pattern: pattern, serverVersion: session.serverVersion), columns: columns)

        var headers = ["Name", "Owner"]
        if verbose { headers += ["Access privileges", "Description"] }
        let rows: [[String?]] = records.map { record in
            var row: [String?] = [record.value("schema_name"), record.value("owner_name")]
            if verbose { row += [record.value("access_privileges"), record.value("description")] }
            return row
        }

        var footers: [String] = []
        if let pattern, session.serverVersion >= 150000 {
            let publications = try session.records(
                Self.publicationsQuery(schemaName: pattern), columns: ["publication_name"])
            if !publications.isEmpty {
                footers.append("Publications:")
                footers += publications.map { "    \"\($0.text("publication_name"))\"" }
            }
        }
        // Footers of its own replace psql's "(N rows)" line.
        return .table(
            DescribeTable(
                title: "List of schemas", headers: headers,
                alignments: Array(repeating: .left, count: headers.count), rows: rows,
                footers: footers, showsRowCount: footers.isEmpty))
    }
}
