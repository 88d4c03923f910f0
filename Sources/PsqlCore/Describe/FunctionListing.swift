/// `\df` and its kinds (`\dfa` aggregates, `\dfn` normal, `\dfp` procedures, `\dft` trigger
/// functions, `\dfw` window functions), with psql 15's columns and `+` details.
struct FunctionListing {
    var showsAggregates: Bool
    var showsNormal: Bool
    var showsProcedures: Bool
    var showsTriggers: Bool
    var showsWindows: Bool
    var verbose: Bool
    var showsSystem: Bool
    /// psql 14+: type patterns for the first arguments (`\df f int text`); `-` means "no
    /// argument there".
    var argumentPatterns: [String] = []

    static let filter = PatternFilter(
        schemaColumn: "n.nspname", nameColumn: "p.proname",
        visibilityRule: "pg_catalog.pg_function_is_visible(p.oid)", maximumParts: 3)

    /// Reads the letters after `df`; `nil` when psql refuses them ("\df only takes …").
    init?(letters: String) {
        guard letters.allSatisfy({ "anptwS+".contains($0) }) else { return nil }
        showsAggregates = letters.contains("a")
        showsNormal = letters.contains("n")
        showsProcedures = letters.contains("p")
        showsTriggers = letters.contains("t")
        showsWindows = letters.contains("w")
        if !(showsAggregates || showsNormal || showsProcedures || showsTriggers || showsWindows) {
            (showsAggregates, showsNormal, showsProcedures, showsTriggers, showsWindows) = (true, true, true, true, true)
        }
        verbose = letters.contains("+")
        showsSystem = letters.contains("S")
    }

    func query(pattern: String?, serverVersion: Int) -> String {
        var sql = """
            SELECT n.nspname as "Schema",
              p.proname as "Name",
              pg_catalog.pg_get_function_result(p.oid) as "Result data type",
              pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
             CASE p.prokind
              WHEN 'a' THEN 'agg'
              WHEN 'w' THEN 'window'
              WHEN 'p' THEN 'proc'
              ELSE 'func'
             END as "Type"
            """
        if verbose {
            sql += """
                ,
                 CASE
                  WHEN p.provolatile = 'i' THEN 'immutable'
                  WHEN p.provolatile = 's' THEN 'stable'
                  WHEN p.provolatile = 'v' THEN 'volatile'
                 END as "Volatility",
                 CASE
                  WHEN p.proparallel = 'r' THEN 'restricted'
                  WHEN p.proparallel = 's' THEN 'safe'
                  WHEN p.proparallel = 'u' THEN 'unsafe'
                 END as "Parallel",
                 pg_catalog.pg_get_userbyid(p.proowner) as "Owner",
                 CASE WHEN prosecdef THEN 'definer' ELSE 'invoker' END AS "Security",
                 pg_catalog.array_to_string(p.proacl, E'\\n') AS "Access privileges",
                 l.lanname as "Language",
                 COALESCE(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc) as "Source code",
                 pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
                """
        }
        sql += """

            FROM pg_catalog.pg_proc p
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            """
        if verbose { sql += "\n     LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang" }
        sql += TypePatterns.joins(count: argumentPatterns.count) { "p.proargtypes[\($0)]" }

        var conditions: [String] = []
        if showsNormal && showsAggregates && showsProcedures && showsTriggers && showsWindows {
            // Everything: no kind condition.
        } else if showsNormal {
            if !showsAggregates { conditions.append("p.prokind <> 'a'") }
            if !showsProcedures { conditions.append("(p.prokind IS NULL OR p.prokind <> 'p')") }
            if !showsTriggers { conditions.append("p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype") }
            if !showsWindows { conditions.append("p.prokind <> 'w'") }
        } else {
            var kinds: [String] = []
            if showsAggregates { kinds.append("p.prokind = 'a'") }
            if showsTriggers { kinds.append("p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype") }
            if showsProcedures { kinds.append("p.prokind = 'p'") }
            if showsWindows { kinds.append("p.prokind = 'w'") }
            conditions.append("(\n       " + kinds.joined(separator: "\n       OR ") + "\n      )")
        }
        conditions += Self.filter.conditions(for: pattern, serverVersion: serverVersion)
        conditions += TypePatterns.conditions(argumentPatterns, serverVersion: serverVersion)
        if !showsSystem && pattern == nil { conditions += CatalogListing.hidesSystemSchemas }
        return sql + "\n" + CatalogSession.whereClause(conditions) + "ORDER BY 1, 2, 4"
    }

    func run(pattern: String?, session: CatalogSession) throws -> DescribeOutcome {
        let rows = try session.source.catalogQuery(query(pattern: pattern, serverVersion: session.serverVersion))
        return .table(CatalogListing(title: "List of functions", select: "", orderBy: "").table(rows))
    }
}
