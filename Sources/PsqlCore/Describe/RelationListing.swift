/// `\d` without a pattern and `\dt`, `\dv`, `\dm`, `\di`, `\ds`, `\dE` (and combinations such as
/// `\dtv`): one row per relation with its schema, name, type and owner.
struct RelationListing {
    /// Which kinds to list; an empty set means psql's default for `\d`.
    var showsTables: Bool
    var showsViews: Bool
    var showsMaterializedViews: Bool
    var showsIndexes: Bool
    var showsSequences: Bool
    var showsForeignTables: Bool
    /// `+`: persistence, access method, size and description too.
    var verbose: Bool
    /// `S`: include system schemas when no pattern is given.
    var showsSystem: Bool

    /// Reads psql's kind letters (`t`, `v`, `m`, `i`, `s`, `E`); other letters are ignored as psql
    /// ignores them, and no kind letter at all means tables, views, materialized views,
    /// sequences and foreign tables.
    init(kindLetters: String, verbose: Bool, showsSystem: Bool) {
        showsTables = kindLetters.contains("t")
        showsViews = kindLetters.contains("v")
        showsMaterializedViews = kindLetters.contains("m")
        showsIndexes = kindLetters.contains("i")
        showsSequences = kindLetters.contains("s")
        showsForeignTables = kindLetters.contains("E")
        if !(showsTables || showsViews || showsMaterializedViews || showsIndexes || showsSequences
            || showsForeignTables)
        {
            showsTables = true
            showsViews = true
            showsMaterializedViews = true
            showsSequences = true
            showsForeignTables = true
        }
        self.verbose = verbose
        self.showsSystem = showsSystem
    }

    static let filter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "c.relname",
        visibilityRule: "pg_catalog.pg_table_is_visible(c.oid)", maximumParts: 3)

    /// Whether the verbose listing has an Access method column: only kinds that have one do.
    private var showsAccessMethod: Bool {
        showsTables || showsMaterializedViews || showsIndexes
    }

    func query(pattern: String?, serverVersion: Int) -> String {
        var kinds: [String] = []
        if showsTables {
            kinds += ["r", "p"]
            // TOAST tables live in pg_toast, reachable only by naming them or asking for system objects.
            if showsSystem || pattern != nil { kinds.append("t") }
        }
        if showsViews { kinds.append("v") }
        if showsMaterializedViews { kinds.append("m") }
        if showsIndexes { kinds += ["i", "I"] }
        if showsSequences { kinds.append("S") }
        if showsForeignTables { kinds.append("f") }

        var conditions = ["c.relkind IN (\(kinds.map(SQLLiteral.quoted).joined(separator: ", ")))"]
        if !showsSystem && pattern == nil {
            conditions += [
                "n.nspname <> 'pg_catalog'",
                "n.nspname !~ '^pg_toast'",
                "n.nspname <> 'information_schema'",
            ]
        }
        conditions += Self.filter.conditions(for: pattern, serverVersion: serverVersion)

        var select = """
            SELECT n.nspname AS schema_name,
              c.relname AS relation_name,
              c.relkind AS relation_kind,
              pg_catalog.pg_get_userbyid(c.relowner) AS owner_name
            """
        if showsIndexes {
            select += ",\n  c2.relname AS table_name"
        }
        if verbose {
            select += """
                ,
                  c.relpersistence AS persistence,
                  am.amname AS access_method,
                  pg_catalog.pg_size_pretty(pg_catalog.pg_table_size(c.oid)) AS size,
                  pg_catalog.obj_description(c.oid, 'pg_class') AS description
                """
        }
        var from = """
            FROM pg_catalog.pg_class c
              LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam

            """
        if showsIndexes {
            from += """
                  LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
                  LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid

                """
        }
        return select + "\n" + from + CatalogSession.whereClause(conditions) + "ORDER BY 1, 2"
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        var columns = ["schema_name", "relation_name", "relation_kind", "owner_name"]
        if showsIndexes { columns.append("table_name") }
        if verbose { columns += ["persistence", "access_method", "size", "description"] }
        let records = try session.records(
            query(pattern: pattern, serverVersion: session.serverVersion), columns: columns)
        guard !records.isEmpty else {
            if let pattern {
                return .error("Did not find any relation named \"\(pattern)\".")
            }
            return .error("Did not find any relations.")
        }

        var headers = ["Schema", "Name", "Type", "Owner"]
        if showsIndexes { headers.append("Table") }
        if verbose {
            headers.append("Persistence")
            if showsAccessMethod && !session.hidesTableAccessMethod { headers.append("Access method") }
            headers += ["Size", "Description"]
        }
        let rows: [[String?]] = records.map { record in
            var row: [String?] = [
                record.value("schema_name"), record.value("relation_name"),
                RelationKind.listLabel(for: record.value("relation_kind")), record.value("owner_name"),
            ]
            if showsIndexes { row.append(record.value("table_name")) }
            if verbose {
                row.append(Self.persistenceLabel(record.value("persistence")))
                if showsAccessMethod && !session.hidesTableAccessMethod { row.append(record.value("access_method")) }
                row += [record.value("size"), record.value("description")]
            }
            return row
        }
        return .table(
            DescribeTable(
                title: "List of relations", headers: headers,
                alignments: Array(repeating: .left, count: headers.count), rows: rows,
                showsRowCount: true))
    }

    /// `relpersistence` as psql words it.
    static func persistenceLabel(_ code: String?) -> String? {
        switch code {
        case "p": "permanent"
        case "t": "temporary"
        case "u": "unlogged"
        default: nil
        }
    }
}
