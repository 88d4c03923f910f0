/// A describe command that is one catalog query printed as it comes back, the way psql prints
/// most of its lists (`\db`, `\dx`, `\dT`, `\dconfig`, …): psql's own column aliases are the
/// headers, NULL prints empty, numbers (OIDs) are right-aligned, `(N rows)` follows.
struct CatalogListing {
    /// The centred title (`List of tablespaces`).
    var title: String
    /// The `SELECT … FROM …` part, psql's text.
    var select: String
    /// Conditions that always apply.
    var conditions: [String] = []
    /// How the pattern is matched; `nil` for commands that take none.
    var filter: PatternFilter?
    /// Conditions added when neither `S` nor a pattern was given (hiding `pg_catalog` and
    /// `information_schema`).
    var userObjectConditions: [String] = []
    var orderBy: String
    /// Columns psql right-aligns because of their type (OIDs, numbers).
    var rightAligned: Set<String> = []
    /// When set, an empty result prints this on stderr instead of an empty table.
    var emptyMessage: String?

    /// The system-schema conditions most lists use.
    static let hidesSystemSchemas = ["n.nspname <> 'pg_catalog'", "n.nspname <> 'information_schema'"]

    func query(pattern: String?, showsSystem: Bool, serverVersion: Int) -> String {
        var all = conditions
        if let filter {
            all += filter.conditions(for: pattern, serverVersion: serverVersion)
        }
        if !showsSystem && pattern == nil { all += userObjectConditions }
        return select + "\n" + CatalogSession.whereClause(all) + "ORDER BY " + orderBy
    }

    func run(pattern: String?, showsSystem: Bool, session: CatalogSession) throws -> DescribeOutcome {
        let result = try session.source.catalogQuery(
            query(pattern: pattern, showsSystem: showsSystem, serverVersion: session.serverVersion))
        if result.rows.isEmpty, let emptyMessage { return .error(emptyMessage) }
        return .table(table(result))
    }

    /// The rows as psql prints them under `title`.
    func table(_ result: CatalogRows) -> DescribeTable {
        DescribeTable(
            title: title, headers: result.columns,
            alignments: result.columns.map { rightAligned.contains($0) ? .right : .left },
            rows: result.rows, showsRowCount: true)
    }
}
