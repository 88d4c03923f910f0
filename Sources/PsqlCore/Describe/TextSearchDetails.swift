/// `\dF+` and `\dFp+`: each matching text search configuration with its token-to-dictionary
/// mapping, each parser with its functions and token types; psql 15's queries and titles
/// (no `(N rows)` under a configuration's mapping or a parser's functions).
enum TextSearchDetails {
    static let configurationFilter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "c.cfgname",
        visibilityRule: "pg_catalog.pg_ts_config_is_visible(c.oid)", maximumParts: 3)
    static let parserFilter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "p.prsname",
        visibilityRule: "pg_catalog.pg_ts_parser_is_visible(p.oid)", maximumParts: 3)

    static func configurations(pattern: String?, session: CatalogSession) throws -> [DescribeOutcome] {
        let conditions = ["p.oid = c.cfgparser"] + configurationFilter.conditions(for: pattern, serverVersion: session.serverVersion)
        let found = try session.records(
            """
            SELECT c.oid AS config_oid, c.cfgname AS config_name, n.nspname AS config_schema,
               p.prsname AS parser_name, np.nspname AS parser_schema
            FROM pg_catalog.pg_ts_config c
               LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace,
             pg_catalog.pg_ts_parser p
               LEFT JOIN pg_catalog.pg_namespace np ON np.oid = p.prsnamespace

            """ + CatalogSession.whereClause(conditions) + "ORDER BY 3, 2",
            columns: ["config_oid", "config_name", "config_schema", "parser_name", "parser_schema"])
        guard !found.isEmpty else {
            return [
                .error(
                    pattern.map { "Did not find any text search configuration named \"\($0)\"." }
                        ?? "Did not find any text search configurations.")
            ]
        }
        return try found.map { config in
            let rows = try session.source.catalogQuery(
                """
                SELECT
                  ( SELECT t.alias FROM
                    pg_catalog.ts_token_type(c.cfgparser) AS t
                    WHERE t.tokid = m.maptokentype ) AS "Token",
                  pg_catalog.btrim(
                    ARRAY( SELECT mm.mapdict::pg_catalog.regdictionary
                           FROM pg_catalog.pg_ts_config_map AS mm
                           WHERE mm.mapcfg = m.mapcfg AND mm.maptokentype = m.maptokentype
                           ORDER BY mapcfg, maptokentype, mapseqno
                    ) :: pg_catalog.text,
                  '{}') AS "Dictionaries"
                FROM pg_catalog.pg_ts_config AS c, pg_catalog.pg_ts_config_map AS m
                WHERE c.oid = \(SQLLiteral.quoted(config.text("config_oid"))) AND m.mapcfg = c.oid
                GROUP BY m.mapcfg, m.maptokentype, c.cfgparser
                ORDER BY 1
                """)
            let title =
                "Text search configuration " + qualified(config.value("config_schema"), config.text("config_name"))
                + "\nParser: " + qualified(config.value("parser_schema"), config.text("parser_name"))
            return .table(untallied(title, rows))
        }
    }

    static func parsers(pattern: String?, session: CatalogSession) throws -> [DescribeOutcome] {
        let found = try session.records(
            """
            SELECT p.oid AS parser_oid, n.nspname AS parser_schema, p.prsname AS parser_name
            FROM pg_catalog.pg_ts_parser p
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace

            """ + CatalogSession.whereClause(parserFilter.conditions(for: pattern, serverVersion: session.serverVersion))
                + "ORDER BY 1, 2", columns: ["parser_oid", "parser_schema", "parser_name"])
        guard !found.isEmpty else {
            return [
                .error(
                    pattern.map { "Did not find any text search parser named \"\($0)\"." }
                        ?? "Did not find any text search parsers.")
            ]
        }
        return try found.flatMap { parser -> [DescribeOutcome] in
            let oid = SQLLiteral.quoted(parser.text("parser_oid"))
            let name = qualified(parser.value("parser_schema"), parser.text("parser_name"))
            let steps = [
                ("Start parse", "prsstart"), ("Get next token", "prstoken"), ("End parse", "prsend"),
                ("Get headline", "prsheadline"), ("Get token types", "prslextype"),
            ]
            let methods = try session.source.catalogQuery(
                steps.enumerated().map { index, step in
                    let labels =
                        index == 0
                        ? "'\(step.0)' AS \"Method\",\n   p.\(step.1)::pg_catalog.regproc AS \"Function\",\n   pg_catalog.obj_description(p.\(step.1), 'pg_proc') as \"Description\""
                        : "'\(step.0)',\n   p.\(step.1)::pg_catalog.regproc,\n   pg_catalog.obj_description(p.\(step.1), 'pg_proc')"
                    return "SELECT \(labels)\n FROM pg_catalog.pg_ts_parser p\n WHERE p.oid = \(oid)"
                }.joined(separator: "\nUNION ALL\n"))
            let tokens = try session.source.catalogQuery(
                """
                SELECT t.alias as "Token name",
                  t.description as "Description"
                FROM pg_catalog.ts_token_type( \(oid)::pg_catalog.oid ) as t
                ORDER BY 1
                """)
            return [
                .table(untallied("Text search parser \(name)", methods)),
                .table(CatalogListing(title: "Token types for parser \(name)", select: "", orderBy: "").table(tokens)),
            ]
        }
    }

    private static func qualified(_ schema: String?, _ name: String) -> String {
        schema.map { "\"\($0).\(name)\"" } ?? "\"\(name)\""
    }

    private static func untallied(_ title: String, _ rows: CatalogRows) -> DescribeTable {
        var table = CatalogListing(title: title, select: "", orderBy: "").table(rows)
        table.showsRowCount = false
        return table
    }
}
