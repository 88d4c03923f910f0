/// `\d NAME` (and `\d+ NAME`): describes every relation the pattern matches, one table each,
/// with the footers psql prints for that kind of relation, in psql's order.
struct RelationDescription {
    var verbose: Bool

    func run(pattern: String, session: CatalogSession) throws -> [DescribeOutcome] {
        let matches = try RelationLookup.matches(pattern: pattern, session: session)
        guard !matches.isEmpty else {
            return [.error("Did not find any relation named \"\(pattern)\".")]
        }
        var outcomes: [DescribeOutcome] = []
        for match in matches {
            guard let info = try RelationInfo.load(oid: match.oid, session: session) else {
                // Dropped between the lookup and now; psql reports it and stops.
                outcomes.append(.error("Did not find any relation with OID \(match.oid)."))
                return outcomes
            }
            outcomes.append(.table(try describe(match, info: info, session: session)))
        }
        return outcomes
    }

    func describe(
        _ match: RelationLookup.Match, info: RelationInfo, session: CatalogSession
    ) throws -> DescribeTable {
        if info.kind == .sequence {
            return try SequenceDescription.describe(match, info: info, session: session)
        }
        let columns = RelationColumns(
            kind: info.kind, verbose: verbose, serverVersion: session.serverVersion)
        let rows = try columns.rows(oid: match.oid, session: session)
        return DescribeTable(
            title: title(match, info: info), headers: columns.headers,
            alignments: Array(repeating: .left, count: columns.headers.count), rows: rows,
            footers: try footers(match, info: info, session: session), showsRowCount: false)
    }

    func title(_ match: RelationLookup.Match, info: RelationInfo) -> String {
        let kindName: String
        switch info.kind {
        case .table: kindName = info.isUnlogged ? "Unlogged table" : "Table"
        case .view: kindName = "View"
        case .materializedView: kindName = info.isUnlogged ? "Unlogged materialized view" : "Materialized view"
        case .index: kindName = info.isUnlogged ? "Unlogged index" : "Index"
        case .partitionedIndex: kindName = info.isUnlogged ? "Unlogged partitioned index" : "Partitioned index"
        case .toastTable: kindName = "TOAST table"
        case .compositeType: kindName = "Composite type"
        case .foreignTable: kindName = "Foreign table"
        case .partitionedTable:
            kindName = info.isUnlogged ? "Unlogged partitioned table" : "Partitioned table"
        case .sequence: kindName = info.isUnlogged ? "Unlogged sequence" : "Sequence"
        case nil: kindName = "?\(info.kindCode)?"
        }
        return "\(kindName) \"\(match.schemaName).\(match.relationName)\""
    }

    func footers(
        _ match: RelationLookup.Match, info: RelationInfo, session: CatalogSession
    ) throws -> [String] {
        let oid = match.oid
        var footers: [String] = []

        if info.isPartition {
            footers += try PartitionFooters.partitionOfFooters(oid: oid, verbose: verbose, session: session)
        }
        if info.kind == .partitionedTable {
            footers += try PartitionFooters.partitionKeyFooters(oid: oid, session: session)
        }
        if info.kind == .toastTable {
            footers += try owningTableFooters(oid: oid, session: session)
        }

        switch info.kind {
        case .index, .partitionedIndex:
            if let summary = try IndexSummary.footer(match, session: session) {
                footers.append(summary)
                // A partitioned index gets its tablespace line with the table-like kinds below.
                if info.kind == .index {
                    footers += try tablespaceFooters(info, session: session)
                }
            }
        case .table, .materializedView, .foreignTable, .partitionedTable, .toastTable:
            footers += try tableFooters(match, info: info, session: session)
        default:
            break
        }

        if verbose && (info.kind == .view || info.kind == .materializedView) {
            footers += try viewDefinitionFooters(oid: oid, info: info, session: session)
        }
        if info.hasTriggers {
            footers += try TriggerFooters.footers(oid: oid, session: session)
        }

        switch info.kind {
        case .table, .materializedView, .foreignTable, .partitionedTable, .partitionedIndex, .toastTable:
            footers += try closingTableFooters(match, info: info, session: session)
        default:
            break
        }

        if verbose && !info.options.isEmpty {
            footers.append("Options: \(info.options)")
        }
        return footers
    }

    /// Indexes, constraints, policies, statistics, rules and publications, each only when the
    /// catalog says there can be some (psql skips the query otherwise).
    private func tableFooters(
        _ match: RelationLookup.Match, info: RelationInfo, session: CatalogSession
    ) throws -> [String] {
        let oid = match.oid
        var footers: [String] = []
        if info.hasIndexes {
            footers += try TableIndexFooters.footers(oid: oid, session: session)
        }
        if info.checkConstraintCount > 0 {
            footers += try ConstraintFooters.checkFooters(oid: oid, session: session)
        }
        // Foreign keys are enforced by triggers, so a table without triggers has none, except a
        // partitioned table, whose triggers live on its partitions.
        if info.hasTriggers || info.kind == .partitionedTable {
            let includesAncestors = info.isPartition || info.kind == .partitionedTable
            footers += try ConstraintFooters.foreignKeyFooters(
                oid: oid, includesAncestors: includesAncestors, session: session)
            footers += try ConstraintFooters.referencedByFooters(oid: oid, session: session)
        }
        footers += try PolicyFooters.footers(oid: oid, info: info, session: session)
        footers += try StatisticsFooters.footers(oid: oid, session: session)
        if info.hasRules && info.kind != .materializedView {
            footers += try RuleFooters.tableFooters(oid: oid, session: session)
        }
        footers += try PublicationFooters.footers(oid: oid, session: session)
        return footers
    }

    /// Foreign server, inheritance, typed-table, replica identity, tablespace and access method.
    private func closingTableFooters(
        _ match: RelationLookup.Match, info: RelationInfo, session: CatalogSession
    ) throws -> [String] {
        let oid = match.oid
        var footers: [String] = []
        if info.kind == .foreignTable {
            footers += try ForeignTableFooters.footers(oid: oid, session: session)
        }
        footers += try InheritanceFooters.parentFooters(oid: oid, session: session)
        let isPartitioned = info.kind == .partitionedTable || info.kind == .partitionedIndex
        footers += try InheritanceFooters.childFooters(
            oid: oid, isPartitioned: isPartitioned, verbose: verbose, session: session)
        if !info.typedOf.isEmpty {
            footers.append("Typed table of type: \(info.typedOf)")
        }
        if verbose, let identity = replicaIdentityFooter(match, info: info) {
            footers.append(identity)
        }
        footers += try tablespaceFooters(info, session: session)
        if verbose, !session.hidesTableAccessMethod, let accessMethod = info.accessMethod {
            footers.append("Access method: \(accessMethod)")
        }
        return footers
    }

    /// Only an unusual replica identity is worth a line; an index-based one is already marked
    /// on the index. (System catalogs default to NOTHING rather than DEFAULT.)
    private func replicaIdentityFooter(_ match: RelationLookup.Match, info: RelationInfo) -> String? {
        guard info.kind == .table || info.kind == .materializedView, info.replicaIdentity != "i"
        else { return nil }
        let isCatalog = match.schemaName == "pg_catalog"
        let usual = isCatalog ? "n" : "d"
        guard info.replicaIdentity != usual else { return nil }
        let word =
            switch info.replicaIdentity {
            case "f": "FULL"
            case "n": "NOTHING"
            default: "???"
            }
        return "Replica Identity: \(word)"
    }

    private func tablespaceFooters(_ info: RelationInfo, session: CatalogSession) throws -> [String] {
        guard info.hasTablespace,
            let name = try TablespaceName.lookup(oid: info.tablespaceOID, session: session)
        else { return [] }
        return ["Tablespace: \"\(name)\""]
    }

    private func owningTableFooters(oid: String, session: CatalogSession) throws -> [String] {
        let sql = """
            SELECT n.nspname AS schema_name, c.relname AS relation_name
            FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.reltoastrelid = \(SQLLiteral.quoted(oid))
            """
        let owners = try session.records(sql, columns: ["schema_name", "relation_name"])
        guard owners.count == 1, let owner = owners.first else { return [] }
        return ["Owning table: \"\(owner.text("schema_name")).\(owner.text("relation_name"))\""]
    }

    private func viewDefinitionFooters(
        oid: String, info: RelationInfo, session: CatalogSession
    ) throws -> [String] {
        let sql =
            "SELECT pg_catalog.pg_get_viewdef(\(SQLLiteral.quoted(oid))::pg_catalog.oid, true) AS view_definition"
        guard let definition = try session.records(sql, columns: ["view_definition"]).first else {
            return []
        }
        var footers = ["View definition:", definition.text("view_definition")]
        if info.hasRules {
            footers += try RuleFooters.viewFooters(oid: oid, session: session)
        }
        return footers
    }
}
