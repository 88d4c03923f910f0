/// `\d` on a sequence: one row of its parameters, and which column owns it.
enum SequenceDescription {
    static func parametersQuery(oid: String) -> String {
        """
        SELECT pg_catalog.format_type(s.seqtypid, NULL) AS type_name,
          s.seqstart AS start_value,
          s.seqmin AS minimum_value,
          s.seqmax AS maximum_value,
          s.seqincrement AS increment_by,
          s.seqcycle AS cycles,
          s.seqcache AS cache_size
        FROM pg_catalog.pg_sequence s
        WHERE s.seqrelid = \(SQLLiteral.quoted(oid))
        """
    }

    /// The column the sequence belongs to, through an automatic (serial, OWNED BY) or internal
    /// (identity) dependency.
    static func ownerQuery(oid: String) -> String {
        """
        SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
                 || '.' || pg_catalog.quote_ident(a.attname) AS column_name,
          d.deptype AS dependency_type
        FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.objid = \(SQLLiteral.quoted(oid))
          AND d.deptype IN ('a', 'i')
        """
    }

    static func describe(
        _ match: RelationLookup.Match, info: RelationInfo, session: CatalogSession
    ) throws -> DescribeTable {
        let parameters = try session.records(
            parametersQuery(oid: match.oid),
            columns: [
                "type_name", "start_value", "minimum_value", "maximum_value", "increment_by", "cycles",
                "cache_size",
            ])
        let rows: [[String?]] = parameters.map { record in
            [
                record.value("type_name"), record.value("start_value"), record.value("minimum_value"),
                record.value("maximum_value"), record.value("increment_by"),
                record.flag("cycles") ? "yes" : "no", record.value("cache_size"),
            ]
        }

        var footers: [String] = []
        let owners = try session.records(
            ownerQuery(oid: match.oid), columns: ["column_name", "dependency_type"])
        // More than one owner would be a catalog oddity; psql then says nothing rather than guess.
        if owners.count == 1, let owner = owners.first {
            switch owner.text("dependency_type") {
            case "a": footers.append("Owned by: \(owner.text("column_name"))")
            case "i": footers.append("Sequence for identity column: \(owner.text("column_name"))")
            default: break
            }
        }

        let kind = info.isUnlogged ? "Unlogged sequence" : "Sequence"
        var table = DescribeTable(
            title: "\(kind) \"\(match.schemaName).\(match.relationName)\"",
            headers: ["Type", "Start", "Minimum", "Maximum", "Increment", "Cycles?", "Cache"],
            // Printed like a query result: the bigint columns line up to the right.
            alignments: [.left, .right, .right, .right, .right, .left, .right], rows: rows,
            footers: footers, showsRowCount: false)
        table.followsExpanded = true
        return table
    }
}
