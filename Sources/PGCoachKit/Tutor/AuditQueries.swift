/// The SQL behind the judge's audits: row fingerprints of preserved tables, a role's effective
/// privileges as `PrivilegeInventory` lines, and settings assigned beyond one session. Run by
/// the checker as superuser; none of it leaves an object behind for the learner to find.
enum AuditQueries {
    /// `key | fingerprint` for every row of a preserved table (matching its condition).
    static func rowFingerprints(_ rule: PreserveRuleText) -> String {
        let table = rule.table.split(separator: ".").map { LessonEnvironment.quoteIdentifier(String($0)) }.joined(separator: ".")
        let key = "concat_ws('|', " + rule.key.map { LessonEnvironment.quoteIdentifier($0) + "::text" }.joined(separator: ", ") + ")"
        let print =
            rule.columns.isEmpty
            ? "''"
            : "md5(ROW(" + rule.columns.map(LessonEnvironment.quoteIdentifier).joined(separator: ", ") + ")::text)"
        let condition = rule.condition.map { " WHERE \($0)" } ?? ""
        return "SELECT \(key), \(print) FROM \(table)\(condition)"
    }

    struct PreserveRuleText {
        var table: String
        var key: [String]
        var columns: [String]
        var condition: String?
    }

    /// Cluster-wide privileges of role `$1` (`public` for PUBLIC): attributes, memberships in
    /// predefined or powerful roles, database privileges and ownership.
    static let clusterPrivileges = """
        WITH r AS (SELECT * FROM pg_catalog.pg_roles WHERE rolname = $1 AND $1 <> 'public')
        SELECT 'attribute ' || v.attr FROM r,
            LATERAL (VALUES ('SUPERUSER', r.rolsuper), ('CREATEROLE', r.rolcreaterole), ('CREATEDB', r.rolcreatedb),
                            ('BYPASSRLS', r.rolbypassrls), ('REPLICATION', r.rolreplication)) AS v(attr, held)
        WHERE v.held
        UNION ALL
        SELECT 'member of ' || g.rolname FROM r, pg_catalog.pg_roles AS g
        WHERE g.oid <> r.oid AND NOT r.rolsuper AND pg_catalog.pg_has_role(r.oid, g.oid, 'MEMBER')
          AND ((g.rolname LIKE 'pg\\_%' AND g.rolname <> 'pg_database_owner')
               OR g.rolsuper OR g.rolcreaterole OR g.rolbypassrls OR g.rolreplication OR g.rolcreatedb)
        UNION ALL
        SELECT p.priv || ' on database ' || d.datname FROM pg_catalog.pg_database AS d,
            unnest(ARRAY['CONNECT', 'CREATE', 'TEMPORARY', 'CONNECT WITH GRANT OPTION', 'CREATE WITH GRANT OPTION',
                         'TEMPORARY WITH GRANT OPTION']) AS p(priv)
        WHERE NOT d.datistemplate AND pg_catalog.has_database_privilege($1, d.oid, p.priv)
        UNION ALL
        SELECT 'owner of database ' || d.datname FROM r, pg_catalog.pg_database AS d
        WHERE NOT d.datistemplate AND NOT r.rolsuper AND pg_catalog.pg_has_role(r.oid, d.datdba, 'USAGE')
        """

    /// Privileges of role `$1` inside the current database: schemas, relations, columns,
    /// sequences, functions, ownership and default privileges (extension members and system
    /// schemas left out).
    static let databasePrivileges = """
        WITH r AS (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = $1 AND $1 <> 'public' AND NOT rolsuper),
        grantee AS (SELECT CASE WHEN $1 = 'public' THEN 0::oid ELSE (SELECT oid FROM r) END AS oid),
        nsp AS (
            SELECT n.oid, n.nspname, n.nspowner FROM pg_catalog.pg_namespace AS n
            WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
        ),
        rel AS (
            SELECT c.oid, c.relkind, c.relowner, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name,
                   CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table'
                                  WHEN 'S' THEN 'sequence' ELSE 'table' END AS kind
            FROM pg_catalog.pg_class AS c JOIN nsp AS n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend AS d
                              WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ),
        lines AS (
            SELECT p.priv || ' on schema ' || n.nspname AS line FROM nsp AS n,
                unnest(ARRAY['CREATE', 'USAGE', 'CREATE WITH GRANT OPTION', 'USAGE WITH GRANT OPTION']) AS p(priv)
            WHERE pg_catalog.has_schema_privilege($1, n.oid, p.priv)
            UNION ALL
            SELECT 'owner of schema ' || n.nspname FROM nsp AS n, r WHERE pg_catalog.pg_has_role(r.oid, n.nspowner, 'USAGE')
            UNION ALL
            SELECT p.priv || ' on ' || rel.kind || ' ' || rel.name FROM rel,
                unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER',
                             'SELECT WITH GRANT OPTION', 'INSERT WITH GRANT OPTION', 'UPDATE WITH GRANT OPTION',
                             'DELETE WITH GRANT OPTION', 'TRUNCATE WITH GRANT OPTION']) AS p(priv)
            WHERE rel.relkind <> 'S' AND pg_catalog.has_table_privilege($1, rel.oid, p.priv)
            UNION ALL
            SELECT p.priv || ' on sequence ' || rel.name FROM rel,
                unnest(ARRAY['USAGE', 'SELECT', 'UPDATE']) AS p(priv)
            WHERE rel.relkind = 'S' AND pg_catalog.has_sequence_privilege($1, rel.oid, p.priv)
            UNION ALL
            SELECT p.priv || ' (' || quote_ident(a.attname) || ') on ' || rel.kind || ' ' || rel.name
            FROM rel JOIN pg_catalog.pg_attribute AS a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped,
                unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) AS p(priv)
            WHERE rel.relkind <> 'S' AND NOT pg_catalog.has_table_privilege($1, rel.oid, p.priv)
              AND pg_catalog.has_column_privilege($1, rel.oid, a.attnum, p.priv)
            UNION ALL
            SELECT 'owner of ' || rel.kind || ' ' || rel.name FROM rel, r WHERE pg_catalog.pg_has_role(r.oid, rel.relowner, 'USAGE')
            UNION ALL
            SELECT 'EXECUTE on function ' || f.oid::regprocedure::text
            FROM pg_catalog.pg_proc AS f JOIN nsp AS n ON n.oid = f.pronamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend AS d
                              WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = f.oid AND d.deptype = 'e')
              AND pg_catalog.has_function_privilege($1, f.oid, 'EXECUTE')
            UNION ALL
            SELECT 'default ' || x.privilege_type
                   || CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END
                   || ' on ' || CASE a.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                                     WHEN 'T' THEN 'types' ELSE 'schemas' END
                   || coalesce(' in schema ' || n.nspname, '') || ' for role ' || pg_catalog.pg_get_userbyid(a.defaclrole)
            FROM pg_catalog.pg_default_acl AS a
                LEFT JOIN pg_catalog.pg_namespace AS n ON n.oid = a.defaclnamespace,
                aclexplode(a.defaclacl) AS x, grantee
            WHERE x.grantee = grantee.oid
        )
        SELECT current_database() || ': ' || line FROM lines
        """

    /// `role | database | name | value` for every setting assigned beyond one session.
    static let settings = """
        SELECT coalesce(r.rolname, ''), coalesce(d.datname, ''), split_part(c.cfg, '=', 1),
               substr(c.cfg, strpos(c.cfg, '=') + 1)
        FROM pg_catalog.pg_db_role_setting AS s
            LEFT JOIN pg_catalog.pg_roles AS r ON r.oid = s.setrole
            LEFT JOIN pg_catalog.pg_database AS d ON d.oid = s.setdatabase,
            unnest(s.setconfig) AS c(cfg)
        UNION ALL
        SELECT '', '', f.name, coalesce(f.setting, '')
        FROM pg_catalog.pg_file_settings AS f
        WHERE f.sourcefile LIKE '%postgresql.auto.conf'
        """
}
