/// How one describe command matches its pattern against the catalog: which expressions hold the
/// schema and object names, what hides objects an unqualified name would not reach, and how many
/// dotted parts a pattern may have. Builds the `WHERE` conditions psql's pattern handling builds.
struct PatternFilter {
    /// Catalog expression for the schema name (`n.nspname`), or `nil` for unqualified objects.
    var schemaColumn: String?
    /// Catalog expression for the object name (`c.relname`).
    var nameColumn: String
    /// Condition used when the pattern names no schema, e.g. `pg_catalog.pg_table_is_visible(c.oid)`,
    /// so `\dt orders` finds the table the search path would find.
    var visibilityRule: String?
    /// 3 for `db.schema.name`, 2 for `db.schema`, 1 for names that cannot be qualified.
    var maximumParts: Int
    /// A second expression the name may match instead (`\dT` matches `format_type` too).
    var alternateNameColumn: String? = nil
    /// Regex characters in the pattern are literal (operator names).
    var escapesEverything = false

    /// The conditions (to be joined with `AND`) that restrict a query to objects matching `pattern`;
    /// `nil` means no pattern, which selects every visible object.
    func conditions(for pattern: String?, serverVersion: Int) -> [String] {
        guard let pattern else {
            return visibilityRule.map { [$0] } ?? []
        }
        let parsed = NamePattern(
            pattern, splitsQualifiedNames: schemaColumn != nil, escapesEverything: escapesEverything)
        var conditions: [String] = []
        if parsed.nameRegex != NamePattern.matchAll {
            let condition = match(nameColumn, parsed.nameRegex, serverVersion: serverVersion)
            if let alternateNameColumn {
                conditions.append(
                    "(\(condition)\n        OR \(match(alternateNameColumn, parsed.nameRegex, serverVersion: serverVersion)))")
            } else {
                conditions.append(condition)
            }
        }
        if let schemaColumn, let schemaRegex = parsed.schemaRegex {
            if schemaRegex != NamePattern.matchAll {
                conditions.append(match(schemaColumn, schemaRegex, serverVersion: serverVersion))
            }
        } else if let visibilityRule {
            conditions.append(visibilityRule)
        }
        return conditions
    }

    /// The error psql prints instead of running the command when `pattern` has too many dotted
    /// parts or names another database; `nil` when the pattern is acceptable.
    /// `currentDatabase` is only asked when a database part has to be checked.
    func rejection(of pattern: String, currentDatabase: () throws -> String) rethrows -> String? {
        let parsed = NamePattern(pattern, splitsQualifiedNames: schemaColumn != nil)
        if parsed.dotCount >= maximumParts {
            return "improper qualified name (too many dotted names): \(pattern)"
        }
        // A full-length pattern starts with a database name, which may only be the current one.
        // (For schema patterns psql never captures that name, so any `db.schema` is refused.)
        if maximumParts > 1, parsed.dotCount == maximumParts - 1,
            try currentDatabase() != parsed.databaseName
        {
            return "cross-database references are not implemented: \(pattern)"
        }
        return nil
    }

    private func match(_ column: String, _ regex: String, serverVersion: Int) -> String {
        // Name columns carry the "C" collation; since v12 the database's default collation has to
        // be asked for explicitly so classes like \w behave as users expect.
        let collation = serverVersion >= 120000 ? " COLLATE pg_catalog.default" : ""
        return "\(column) OPERATOR(pg_catalog.~) \(SQLLiteral.quoted(regex))\(collation)"
    }
}
