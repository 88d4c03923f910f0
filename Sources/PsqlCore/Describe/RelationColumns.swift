/// The column table of `\d NAME`: which columns psql shows for this kind of relation, the query
/// that fetches them, and the cells.
struct RelationColumns {
    var kind: RelationKind?
    var verbose: Bool
    var serverVersion: Int

    /// Collation, Nullable and Default make sense for things with real columns.
    var showsDetails: Bool {
        switch kind {
        case .table, .view, .materializedView, .foreignTable, .compositeType, .partitionedTable: true
        default: false
        }
    }

    var isIndex: Bool { kind == .index || kind == .partitionedIndex }

    var showsCompression: Bool {
        verbose && serverVersion >= 140000
            && (kind == .table || kind == .partitionedTable || kind == .materializedView)
    }

    var showsStatisticsTarget: Bool {
        guard verbose else { return false }
        switch kind {
        case .table, .index, .partitionedIndex, .materializedView, .foreignTable, .partitionedTable: return true
        default: return false
        }
    }

    /// Kinds whose columns can carry comments.
    var showsDescription: Bool { verbose && showsDetails }

    var headers: [String] {
        var headers = ["Column", "Type"]
        if showsDetails { headers += ["Collation", "Nullable", "Default"] }
        if isIndex { headers += ["Key?", "Definition"] }
        if kind == .foreignTable { headers.append("FDW options") }
        if verbose { headers.append("Storage") }
        if showsCompression { headers.append("Compression") }
        if showsStatisticsTarget { headers.append("Stats target") }
        if showsDescription { headers.append("Description") }
        return headers
    }

    func query(oid: String) -> String {
        let literal = SQLLiteral.quoted(oid)
        var select = [
            "a.attname AS column_name",
            "pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_name",
        ]
        if showsDetails {
            select += [
                // Pretty-printed, so defaults read as they were written.
                """
                (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)
                     FROM pg_catalog.pg_attrdef d
                    WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef) AS default_expression
                """,
                "a.attnotnull AS not_null",
                // Only a collation that differs from the type's default is worth showing.
                """
                (SELECT co.collname FROM pg_catalog.pg_collation co, pg_catalog.pg_type ty
                    WHERE co.oid = a.attcollation AND ty.oid = a.atttypid
                      AND a.attcollation <> ty.typcollation) AS collation_name
                """,
                "a.attidentity AS identity_kind",
                "a.attgenerated AS generated_kind",
            ]
        }
        if isIndex {
            select += [
                """
                CASE WHEN a.attnum <= (SELECT i.indnkeyatts FROM pg_catalog.pg_index i
                                        WHERE i.indexrelid = \(literal))
                     THEN 'yes' ELSE 'no' END AS is_key
                """,
                "pg_catalog.pg_get_indexdef(a.attrelid, a.attnum, true) AS index_expression",
            ]
        }
        if kind == .foreignTable {
            select.append(
                """
                CASE WHEN a.attfdwoptions IS NULL THEN ''
                     ELSE '(' || pg_catalog.array_to_string(ARRAY(
                            SELECT pg_catalog.quote_ident(option_name) || ' '
                                     || pg_catalog.quote_literal(option_value)
                            FROM pg_catalog.pg_options_to_table(a.attfdwoptions)), ', ') || ')'
                END AS fdw_options
                """)
        }
        if verbose { select.append("a.attstorage AS storage_kind") }
        if showsCompression { select.append("a.attcompression AS compression_kind") }
        if showsStatisticsTarget {
            select.append(
                "CASE WHEN a.attstattarget = -1 THEN NULL ELSE a.attstattarget END AS statistics_target")
        }
        if showsDescription {
            select.append("pg_catalog.col_description(a.attrelid, a.attnum) AS description")
        }
        return "SELECT " + select.joined(separator: ",\n  ") + """

            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = \(literal) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum
            """
    }

    var columns: [String] {
        var columns = ["column_name", "type_name"]
        if showsDetails {
            columns += ["default_expression", "not_null", "collation_name", "identity_kind", "generated_kind"]
        }
        if isIndex { columns += ["is_key", "index_expression"] }
        if kind == .foreignTable { columns.append("fdw_options") }
        if verbose { columns.append("storage_kind") }
        if showsCompression { columns.append("compression_kind") }
        if showsStatisticsTarget { columns.append("statistics_target") }
        if showsDescription { columns.append("description") }
        return columns
    }

    func rows(oid: String, session: CatalogSession) throws -> [[String?]] {
        try session.records(query(oid: oid), columns: columns).map(row)
    }

    func row(_ column: CatalogRecord) -> [String?] {
        var row = [column.text("column_name"), column.text("type_name")]
        if showsDetails {
            row.append(column.text("collation_name"))
            row.append(column.flag("not_null") ? "not null" : "")
            row.append(Self.defaultText(column))
        }
        if isIndex { row += [column.text("is_key"), column.text("index_expression")] }
        if kind == .foreignTable { row.append(column.text("fdw_options")) }
        if verbose { row.append(Self.storageLabel(column.text("storage_kind"))) }
        if showsCompression { row.append(Self.compressionLabel(column.text("compression_kind"))) }
        if showsStatisticsTarget { row.append(column.text("statistics_target")) }
        if showsDescription { row.append(column.text("description")) }
        return row
    }

    /// The Default cell: identity and generated columns say so instead of showing an expression.
    static func defaultText(_ column: CatalogRecord) -> String {
        switch column.text("identity_kind") {
        case "a": return "generated always as identity"
        case "d": return "generated by default as identity"
        default: break
        }
        if column.text("generated_kind") == "s" {
            return "generated always as (\(column.text("default_expression"))) stored"
        }
        return column.text("default_expression")
    }

    static func storageLabel(_ code: String) -> String {
        switch code {
        case "p": "plain"
        case "m": "main"
        case "x": "extended"
        case "e": "external"
        default: "???"
        }
    }

    static func compressionLabel(_ code: String) -> String {
        switch code {
        case "p": "pglz"
        case "l": "lz4"
        case "": ""
        default: "???"
        }
    }
}
