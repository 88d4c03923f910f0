/// `\dp` / `\z`: access privileges of tables, views, sequences and the like, with column
/// privileges and row-security policies, one ACL entry per line.
struct PrivilegeListing {
    /// Without a schema in the pattern, system schemas and other sessions' temporary schemas are
    /// left out: their privileges are rarely what anyone is looking for.
    static let filter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "c.relname",
        visibilityRule: "n.nspname !~ '^pg_' AND pg_catalog.pg_table_is_visible(c.oid)",
        maximumParts: 3)

    func query(pattern: String?, serverVersion: Int) -> String {
        // Column ACLs read "column:" then one entry per indented line; policies read
        // "name (RESTRICTIVE) (cmd):" then indented "(u):", "(c):" and "to:" lines.
        // Neither list is sorted: psql shows them in the order the catalog scan returns them,
        // so leaving the order to the same scan keeps the output identical.
        let sql = """
            SELECT n.nspname AS schema_name,
              c.relname AS relation_name,
              c.relkind AS relation_kind,
              pg_catalog.array_to_string(c.relacl, E'\\n') AS access_privileges,
              pg_catalog.array_to_string(ARRAY(
                SELECT a.attname || E':\\n  ' || pg_catalog.array_to_string(a.attacl, E'\\n  ')
                  FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = c.oid AND NOT a.attisdropped AND a.attacl IS NOT NULL
              ), E'\\n') AS column_privileges,
              pg_catalog.array_to_string(ARRAY(
                SELECT pol.polname
                       || CASE WHEN pol.polpermissive THEN '' ELSE ' (RESTRICTIVE)' END
                       || CASE WHEN pol.polcmd = '*' THEN ':'
                               ELSE ' (' || pol.polcmd::pg_catalog.text || '):' END
                       || COALESCE(E'\\n  (u): ' || pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), '')
                       || COALESCE(E'\\n  (c): ' || pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid), '')
                       || CASE WHEN pol.polroles = '{0}' THEN ''
                               ELSE E'\\n  to: ' || pg_catalog.array_to_string(ARRAY(
                                      SELECT ro.rolname FROM pg_catalog.pg_roles ro
                                       WHERE ro.oid = ANY (pol.polroles) ORDER BY 1), ', ') END
                  FROM pg_catalog.pg_policy pol
                 WHERE pol.polrelid = c.oid
              ), E'\\n') AS policies
            FROM pg_catalog.pg_class c
              LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

            """
        let conditions =
            ["c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')"]
            + Self.filter.conditions(for: pattern, serverVersion: serverVersion)
        return sql + CatalogSession.whereClause(conditions) + "ORDER BY 1, 2"
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        let columns = [
            "schema_name", "relation_name", "relation_kind", "access_privileges", "column_privileges",
            "policies",
        ]
        let records = try session.records(
            query(pattern: pattern, serverVersion: session.serverVersion), columns: columns)
        let headers = ["Schema", "Name", "Type", "Access privileges", "Column privileges", "Policies"]
        let rows: [[String?]] = records.map { record in
            [
                record.value("schema_name"), record.value("relation_name"),
                RelationKind.listLabel(for: record.value("relation_kind")),
                record.value("access_privileges"),
                record.value("column_privileges"), record.value("policies"),
            ]
        }
        return .table(
            DescribeTable(
                title: "Access privileges", headers: headers,
                alignments: Array(repeating: .left, count: headers.count), rows: rows,
                showsRowCount: true))
    }
}
