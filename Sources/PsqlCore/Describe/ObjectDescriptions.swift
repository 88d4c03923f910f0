/// `\dd [PATTERN]`: comments on objects that have no `\d` command of their own (constraints,
/// operator classes and families, rules, triggers), psql 15's query.
struct ObjectDescriptions {
    var showsSystem: Bool

    /// One kind of object: its catalog, name column and visibility test.
    private struct Kind {
        var label: String
        var fromClause: String
        var nameColumn: String
        var visibility: String
        var selectPrefix: String
        var fixedCondition: String?
    }

    private static let kinds: [Kind] = [
        Kind(
            label: "table constraint",
            fromClause: """
                  FROM pg_catalog.pg_constraint pgc
                    JOIN pg_catalog.pg_class c ON c.oid = pgc.conrelid
                    LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = c.relnamespace
                """,
            nameColumn: "pgc.conname", visibility: "pg_catalog.pg_table_is_visible(c.oid)",
            selectPrefix: "pgc.oid as oid, pgc.tableoid AS tableoid"),
        Kind(
            label: "domain constraint",
            fromClause: """
                  FROM pg_catalog.pg_constraint pgc
                    JOIN pg_catalog.pg_type t ON t.oid = pgc.contypid
                    LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = t.typnamespace
                """,
            nameColumn: "pgc.conname", visibility: "pg_catalog.pg_type_is_visible(t.oid)",
            selectPrefix: "pgc.oid as oid, pgc.tableoid AS tableoid"),
        Kind(
            label: "operator class",
            fromClause: """
                  FROM pg_catalog.pg_opclass o
                    JOIN pg_catalog.pg_am am ON o.opcmethod = am.oid
                    JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
                """,
            nameColumn: "o.opcname", visibility: "pg_catalog.pg_opclass_is_visible(o.oid)",
            selectPrefix: "o.oid as oid, o.tableoid as tableoid"),
        Kind(
            label: "operator family",
            fromClause: """
                  FROM pg_catalog.pg_opfamily opf
                    JOIN pg_catalog.pg_am am ON opf.opfmethod = am.oid
                    JOIN pg_catalog.pg_namespace n ON opf.opfnamespace = n.oid
                """,
            nameColumn: "opf.opfname", visibility: "pg_catalog.pg_opfamily_is_visible(opf.oid)",
            selectPrefix: "opf.oid as oid, opf.tableoid as tableoid"),
        Kind(
            label: "rule",
            fromClause: """
                  FROM pg_catalog.pg_rewrite r
                       JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                """,
            nameColumn: "r.rulename", visibility: "pg_catalog.pg_table_is_visible(c.oid)",
            selectPrefix: "r.oid as oid, r.tableoid as tableoid", fixedCondition: "r.rulename != '_RETURN'"),
        Kind(
            label: "trigger",
            fromClause: """
                  FROM pg_catalog.pg_trigger t
                       JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                """,
            nameColumn: "t.tgname", visibility: "pg_catalog.pg_table_is_visible(c.oid)",
            selectPrefix: "t.oid as oid, t.tableoid as tableoid"),
    ]

    func query(pattern: String?, serverVersion: Int) -> String {
        let parts = Self.kinds.map { kind in
            let filter = PatternFilter(
                schemaColumn: "n.nspname", nameColumn: kind.nameColumn, visibilityRule: kind.visibility, maximumParts: 3)
            var conditions = kind.fixedCondition.map { [$0] } ?? []
            if !showsSystem && pattern == nil { conditions += CatalogListing.hidesSystemSchemas }
            conditions += filter.conditions(for: pattern, serverVersion: serverVersion)
            return """
                  SELECT \(kind.selectPrefix),
                  n.nspname as nspname,
                  CAST(\(kind.nameColumn) AS pg_catalog.text) as name,  CAST('\(kind.label)' AS pg_catalog.text) as object
                \(kind.fromClause)

                """ + CatalogSession.whereClause(conditions)
        }
        return """
            SELECT DISTINCT tt.nspname AS "Schema", tt.name AS "Name", tt.object AS "Object", d.description AS "Description"
            FROM (

            """ + parts.joined(separator: "UNION ALL\n") + """
                ) AS tt
                  JOIN pg_catalog.pg_description d ON (tt.oid = d.objoid AND tt.tableoid = d.classoid AND d.objsubid = 0)
                ORDER BY 1, 2, 3
                """
    }

    static let filter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "name", visibilityRule: nil, maximumParts: 3)

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        let rows = try session.source.catalogQuery(query(pattern: pattern, serverVersion: session.serverVersion))
        return .table(CatalogListing(title: "Object descriptions", select: "", orderBy: "").table(rows))
    }
}
