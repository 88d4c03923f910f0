/// psql's `command_no_begin`: with AUTOCOMMIT off psql sends `BEGIN` before a statement when no
/// transaction is open, except before these commands (transaction control, and commands that
/// cannot run inside a transaction block).
public enum ImplicitTransaction {
    /// Whether `BEGIN` goes first when AUTOCOMMIT is off and the session is idle.
    public static func needsBegin(_ sql: String) -> Bool {
        let words = leadingWords(sql, count: 4)
        guard let first = words.first else { return false }
        switch first {
        case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release", "vacuum":
            return false
        case "prepare":
            return words.count < 2 || words[1] != "transaction"
        case "cluster":
            // CLUSTER without a table cannot run in a transaction.
            return words.count > 1 && words[1] != "verbose"
        case "create", "drop":
            guard words.count > 1 else { return true }
            if words[1] == "database" || words[1] == "tablespace" { return false }
            if words[1] == "index" || (words[1] == "unique" && words.count > 2 && words[2] == "index") {
                return !words.contains("concurrently")
            }
            return true
        case "reindex":
            guard words.count > 1 else { return true }
            return !(words[1] == "database" || words[1] == "system" || words.contains("concurrently"))
        case "alter":
            return !(words.count > 1 && words[1] == "system")
        case "discard":
            return !(words.count > 1 && words[1] == "all")
        default:
            return true
        }
    }

    /// The first words of `sql`, lowercased, skipping whitespace and comments.
    static func leadingWords(_ sql: String, count: Int) -> [String] {
        var words: [String] = []
        var bytes = Array(sql.utf8)[...]
        while words.count < count, !bytes.isEmpty {
            if let first = bytes.first, SQLByteClass.isSpace(first) || first == UInt8(ascii: "(") {
                bytes = bytes.dropFirst()
            } else if bytes.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) {
                bytes = bytes.drop { $0 != SQLByteClass.newline }
            } else if bytes.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "*")]) {
                var depth = 0
                var index = bytes.startIndex
                while index < bytes.endIndex {
                    if bytes[index...].starts(with: [UInt8(ascii: "/"), UInt8(ascii: "*")]) {
                        depth += 1
                        index += 2
                    } else if bytes[index...].starts(with: [UInt8(ascii: "*"), UInt8(ascii: "/")]) {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                    } else {
                        index += 1
                    }
                }
                bytes = bytes[index...]
            } else {
                let word = bytes.prefix { SQLByteClass.isIdentifierContinuation($0) }
                if word.isEmpty { break }
                words.append(String(decoding: word.map(SQLByteClass.lowercased), as: UTF8.self))
                bytes = bytes.dropFirst(word.count)
            }
        }
        return words
    }
}

/// psql's `is_select_command`: with FETCH_COUNT set, only statements starting with SELECT or
/// VALUES (after spaces, comments and opening parentheses) are read through a cursor.
public enum CursorFetch {
    public static func usesCursor(_ sql: String, fetchCount: Int) -> Bool {
        guard fetchCount > 0, let first = ImplicitTransaction.leadingWords(sql, count: 1).first else { return false }
        return first == "select" || first == "values"
    }
}
