/// `\du` / `\dg`: roles with their attributes and the roles they are members of.
struct RoleListing {
    /// `+`: the role's description too.
    var verbose: Bool
    /// `S`: include the predefined `pg_*` roles when no pattern is given.
    var showsSystem: Bool

    static let filter = PatternFilter(
        schemaColumn: nil, nameColumn: "r.rolname", visibilityRule: nil, maximumParts: 1)

    func query(pattern: String?, serverVersion: Int) -> String {
        var sql = """
            SELECT r.rolname AS role_name,
              r.rolsuper AS is_superuser,
              r.rolinherit AS inherits,
              r.rolcreaterole AS creates_roles,
              r.rolcreatedb AS creates_databases,
              r.rolcanlogin AS can_login,
              r.rolreplication AS replicates,
              r.rolbypassrls AS bypasses_rls,
              r.rolconnlimit AS connection_limit,
              r.rolvaliduntil AS valid_until,
              ARRAY(SELECT b.rolname
                    FROM pg_catalog.pg_auth_members m
                    JOIN pg_catalog.pg_roles b ON b.oid = m.roleid
                    WHERE m.member = r.oid) AS member_of
            """
        if verbose {
            sql += ",\n  pg_catalog.shobj_description(r.oid, 'pg_authid') AS description"
        }
        sql += "\nFROM pg_catalog.pg_roles r\n"
        var conditions: [String] = []
        if !showsSystem && pattern == nil {
            conditions.append("r.rolname !~ '^pg_'")
        }
        conditions += Self.filter.conditions(for: pattern, serverVersion: serverVersion)
        return sql + CatalogSession.whereClause(conditions) + "ORDER BY 1"
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        var columns = [
            "role_name", "is_superuser", "inherits", "creates_roles", "creates_databases", "can_login",
            "replicates", "bypasses_rls", "connection_limit", "valid_until", "member_of",
        ]
        if verbose { columns.append("description") }
        let records = try session.records(
            query(pattern: pattern, serverVersion: session.serverVersion), columns: columns)

        var headers = ["Role name", "Attributes", "Member of"]
        if verbose { headers.append("Description") }
        let rows: [[String?]] = records.map { record in
            let attributes = RoleAttributes(
                isSuperuser: record.flag("is_superuser"), inherits: record.flag("inherits"),
                createsRoles: record.flag("creates_roles"),
                createsDatabases: record.flag("creates_databases"), canLogin: record.flag("can_login"),
                replicates: record.flag("replicates"), bypassesRowSecurity: record.flag("bypasses_rls"),
                connectionLimit: Int(record.text("connection_limit")) ?? -1,
                validUntil: record.text("valid_until"))
            var row: [String?] = [record.text("role_name"), attributes.text, record.text("member_of")]
            if verbose { row.append(record.text("description")) }
            return row
        }
        // psql builds this table by hand and prints no "(N rows)" under it.
        return .table(
            DescribeTable(
                title: "List of roles", headers: headers,
                alignments: Array(repeating: .left, count: headers.count), rows: rows,
                showsRowCount: false))
    }
}
