/// `\l` and `\l+`: the databases of the cluster with owner, encoding, locale and access privileges.
struct DatabaseListing {
    /// `+`: size, tablespace and description too.
    var verbose: Bool

    static let filter = PatternFilter(
        schemaColumn: nil, nameColumn: "d.datname", visibilityRule: nil, maximumParts: 1)

    func query(pattern: String?, serverVersion: Int) -> String {
        // The ICU locale column was renamed in v17; before v15 there was no ICU provider at all.
        let icuLocale: String
        let provider: String
        if serverVersion >= 170000 {
            icuLocale = "d.datlocale"
            provider = "d.datlocprovider"
        } else if serverVersion >= 150000 {
            icuLocale = "d.daticulocale"
            provider = "d.datlocprovider"
        } else {
            icuLocale = "NULL::pg_catalog.text"
            provider = "'c'::pg_catalog.\"char\""
        }
        var sql = """
            SELECT d.datname AS database_name,
              pg_catalog.pg_get_userbyid(d.datdba) AS owner_name,
              pg_catalog.pg_encoding_to_char(d.encoding) AS encoding_name,
              d.datcollate AS collate_name,
              d.datctype AS ctype_name,
              \(icuLocale) AS icu_locale,
              \(provider) AS locale_provider,
              pg_catalog.array_to_string(d.datacl, E'\\n') AS access_privileges
            """
        if verbose {
            // Sizing a database needs CONNECT on it; psql says so rather than failing.
            sql += """
                ,
                  CASE WHEN pg_catalog.has_database_privilege(d.datname, 'CONNECT')
                       THEN pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(d.datname))
                       ELSE 'No Access'
                  END AS size,
                  t.spcname AS tablespace_name,
                  pg_catalog.shobj_description(d.oid, 'pg_database') AS description
                """
        }
        sql += "\nFROM pg_catalog.pg_database d\n"
        if verbose {
            sql += "  JOIN pg_catalog.pg_tablespace t ON t.oid = d.dattablespace\n"
        }
        sql += CatalogSession.whereClause(
            Self.filter.conditions(for: pattern, serverVersion: serverVersion))
        return sql + "ORDER BY 1"
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        var columns = [
            "database_name", "owner_name", "encoding_name", "collate_name", "ctype_name", "icu_locale",
            "locale_provider", "access_privileges",
        ]
        if verbose { columns += ["size", "tablespace_name", "description"] }
        let records = try session.records(
            query(pattern: pattern, serverVersion: session.serverVersion), columns: columns)

        var headers = [
            "Name", "Owner", "Encoding", "Collate", "Ctype", "ICU Locale", "Locale Provider",
            "Access privileges",
        ]
        if verbose { headers += ["Size", "Tablespace", "Description"] }
        let rows: [[String?]] = records.map { record in
            let provider: String? =
                switch record.value("locale_provider") {
                case "c": "libc"
                case "i": "icu"
                default: nil
                }
            var row: [String?] = [
                record.value("database_name"), record.value("owner_name"), record.value("encoding_name"),
                record.value("collate_name"), record.value("ctype_name"), record.value("icu_locale"),
                provider, record.value("access_privileges"),
            ]
            if verbose {
                row += [record.value("size"), record.value("tablespace_name"), record.value("description")]
            }
            return row
        }
        return .table(
            DescribeTable(
                title: "List of databases", headers: headers,
                alignments: Array(repeating: .left, count: headers.count), rows: rows,
                showsRowCount: true))
    }
}
