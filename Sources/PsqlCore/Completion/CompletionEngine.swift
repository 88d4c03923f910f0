/// Tab completion: what the word before the cursor could become, from its context —
/// meta-commands after `\`, relations after FROM/JOIN/UPDATE/INTO/TABLE/`\d`, databases after
/// `\c`, roles after GRANT … TO and ALTER ROLE, columns after a known table, keywords otherwise.
public struct CompletionEngine: Sendable {
    public var metaCommands: [String]
    public var catalog: CompletionCatalog

    public static let keywords: [String] = [
        "ABORT", "ALTER", "ANALYZE", "AND", "AS", "ASC", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CHECKPOINT",
        "COLUMN", "COMMIT", "CONCURRENTLY", "CONSTRAINT", "CREATE", "DATABASE", "DEFAULT", "DELETE", "DESC", "DISTINCT",
        "DROP", "ELSE", "END", "EXISTS", "EXPLAIN", "FALSE", "FOR", "FROM", "FUNCTION", "GRANT", "GROUP", "HAVING", "IN",
        "INDEX", "INSERT", "INTO", "IS", "JOIN", "LEFT", "LIKE", "LIMIT", "LOCK", "NOT", "NULL", "ON", "OR", "ORDER",
        "PRIVILEGES", "REINDEX", "RELEASE", "RESET", "RETURNING", "REVOKE", "ROLE", "ROLLBACK", "SAVEPOINT", "SCHEMA",
        "SELECT", "SET", "SHOW", "TABLE", "THEN", "TO", "TRUE", "TRUNCATE", "UNION", "UPDATE", "USAGE", "USING",
        "VACUUM", "VALUES", "VIEW", "WHEN", "WHERE", "WITH",
    ]

    /// Catalog views an on-call engineer reaches for; offered even before the cache is filled.
    public static let systemViews: [String] = [
        "pg_stat_activity", "pg_locks", "pg_stat_statements", "pg_stat_user_tables", "pg_stat_database",
        "pg_roles", "pg_database", "pg_class", "pg_attribute", "pg_index", "pg_indexes", "pg_tables",
        "pg_settings", "pg_stat_progress_create_index", "pg_prepared_xacts", "pg_namespace",
        "information_schema.columns", "information_schema.tables", "information_schema.table_privileges",
        "information_schema.role_table_grants",
    ]

    public init(metaCommands: [String], catalog: CompletionCatalog = CompletionCatalog()) {
        self.metaCommands = metaCommands
        self.catalog = catalog
    }

    /// - Returns: the byte length of the word being completed and the matching candidates, sorted.
    public func complete(beforeCursor line: String) -> (wordLength: Int, candidates: [String]) {
        let word = currentWord(line)
        let before = String(line.dropLast(word.count))
        let previous = previousWords(before)
        let pool: [String]
        if word.hasPrefix("\\") {
            pool = metaCommands.map { "\\" + $0 }
        } else if let meta = previous.first, meta.hasPrefix("\\"), previous.count == 1 {
            switch meta {
            case "\\c", "\\connect": pool = catalog.databases
            case "\\d", "\\d+", "\\dt", "\\dp", "\\z": pool = catalog.relations + Self.systemViews
            case "\\du": pool = catalog.roles
            default: pool = []
            }
        } else {
            let last = previous.last?.uppercased() ?? ""
            let secondLast = previous.count >= 2 ? previous[previous.count - 2].uppercased() : ""
            switch last {
            case "TO" where previous.contains(where: { $0.uppercased() == "GRANT" }),
                "FROM" where previous.contains(where: { $0.uppercased() == "REVOKE" }):
                pool = catalog.roles + ["PUBLIC"]
            case "FROM", "JOIN", "UPDATE", "INTO", "TABLE", "TRUNCATE":
                pool = catalog.relations + Self.systemViews
            case "ON" where secondLast != "GRANT":
                pool = catalog.relations + Self.systemViews
            case "ROLE" where ["ALTER", "DROP", "SET"].contains(secondLast), "USER" where secondLast == "ALTER":
                pool = catalog.roles
            case "DATABASE" where ["ON", "ALTER", "DROP"].contains(secondLast):
                pool = catalog.databases
            default:
                var names = Self.keywords.map { Self.matchCase($0, to: word) }
                if let table = mentionedTable(previous), let columns = catalog.columns[table] {
                    names += columns
                }
                pool = names
            }
        }
        let lowered = word.lowercased()
        let matches = Array(Set(pool.filter { $0.lowercased().hasPrefix(lowered) })).sorted()
        return (word.utf8.count, matches)
    }

    /// psql keeps the case the user started typing keywords in.
    static func matchCase(_ keyword: String, to typed: String) -> String {
        if let first = typed.first, first.isLowercase { return keyword.lowercased() }
        return keyword
    }

    func currentWord(_ line: String) -> String {
        var word = ""
        for ch in line.reversed() {
            if ch == " " || ch == "\t" || ch == "(" || ch == "," || ch == "=" || ch == ";" { break }
            word.insert(ch, at: word.startIndex)
        }
        return word
    }

    func previousWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" || $0 == "," || $0 == ";" }).map(String.init)
    }

    /// The table named after FROM/UPDATE/INTO in what was typed so far, for column completion.
    func mentionedTable(_ words: [String]) -> String? {
        for (i, w) in words.enumerated().reversed() where ["FROM", "UPDATE", "INTO", "TABLE"].contains(w.uppercased()) {
            if i + 1 < words.count { return words[i + 1].lowercased() }
        }
        return nil
    }
}
