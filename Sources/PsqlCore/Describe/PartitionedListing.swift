/// `\dP[itn][+] [PATTERN]`: partitioned tables and indexes (`t`, `i`, both by default), with
/// `n` including nested partitions and their parents; psql 15's query and titles.
struct PartitionedListing {
    var showsTables: Bool
    var showsIndexes: Bool
    var showsNested: Bool
    var verbose: Bool

    init(letters: String, verbose: Bool) {
        showsTables = letters.contains("t")
        showsIndexes = letters.contains("i")
        if !showsTables && !showsIndexes { (showsTables, showsIndexes) = (true, true) }
        showsNested = letters.contains("n")
        self.verbose = verbose
    }

    static let filter = RelationListing.filter

    var title: String {
        switch (showsTables, showsIndexes) {
        case (true, false): "List of partitioned tables"
        case (false, true): "List of partitioned indexes"
        default: "List of partitioned relations"
        }
    }

    func query(pattern: String?, serverVersion: Int) -> String {
        let mixed = showsTables && showsIndexes
        let showsParent = showsNested || pattern != nil
        var select = """
            SELECT n.nspname as "Schema",
              c.relname as "Name",
              pg_catalog.pg_get_userbyid(c.relowner) as "Owner"
            """
        if mixed {
            select += ",\n  CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as \"Type\""
        }
        if showsParent { select += ",\n  inh.inhparent::pg_catalog.regclass as \"Parent name\"" }
        if showsIndexes { select += ",\n c2.oid::pg_catalog.regclass as \"Table\"" }
        if verbose {
            if showsNested { select += ",\n  s.dps as \"Leaf partition size\"" }
            select += ",\n  s.tps as \"Total size\",\n  pg_catalog.obj_description(c.oid, 'pg_class') as \"Description\""
        }
        select += "\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        if showsIndexes {
            select +=
                "\n     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid\n     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid"
        }
        if showsParent { select += "\n     LEFT JOIN pg_catalog.pg_inherits inh ON c.oid = inh.inhrelid" }
        if verbose {
            select += """
                ,
                     LATERAL (SELECT pg_catalog.pg_size_pretty(sum(
                                 CASE WHEN ppt.isleaf AND ppt.level = 1
                                      THEN pg_catalog.pg_table_size(ppt.relid) ELSE 0 END)) AS dps,
                                     pg_catalog.pg_size_pretty(sum(pg_catalog.pg_table_size(ppt.relid))) AS tps
                              FROM pg_catalog.pg_partition_tree(c.oid) ppt) s
                """
        }
        var kinds: [String] = []
        if showsTables { kinds.append("'p'") }
        if showsIndexes { kinds.append("'I'") }
        kinds.append("''")
        var conditions = ["c.relkind IN (\(kinds.joined(separator: ",")))"]
        if !showsNested && pattern == nil { conditions.append("NOT c.relispartition") }
        if pattern == nil {
            conditions += ["n.nspname <> 'pg_catalog'", "n.nspname !~ '^pg_toast'", "n.nspname <> 'information_schema'"]
        }
        conditions += Self.filter.conditions(for: pattern, serverVersion: serverVersion)
        var order = ["\"Schema\""]
        if mixed { order.append("\"Type\" DESC") }
        if showsParent { order.append("\"Parent name\" NULLS FIRST") }
        order.append("\"Name\"")
        return select + "\n" + CatalogSession.whereClause(conditions) + "ORDER BY " + order.joined(separator: ", ")
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        let rows = try session.source.catalogQuery(query(pattern: pattern, serverVersion: session.serverVersion))
        return .table(CatalogListing(title: title, select: "", orderBy: "").table(rows))
    }
}
