import PsqlCore

extension LessonSetup {
    /// Whether the databases' own SQL touches only their own database, so that they may be set
    /// up side by side, each on its own connection, and end up as they would one after another.
    ///
    /// Objects inside a database (tables, rows, grants on them, extensions, default privileges)
    /// are its own; roles, role settings and memberships, databases, tablespaces, server
    /// settings, replication slots and statistics resets are the cluster's, where one
    /// database's setup could depend on another's having run first, or collide with it.
    /// Comments never run, so their words do not count. A word that merely looks like one in
    /// a string errs on the careful side (a string may be run as dynamic SQL): one after
    /// another, as always.
    public var databasesAreIndependent: Bool {
        databases.allSatisfy { database in database.sql.allSatisfy(Self.staysInsideItsDatabase) }
    }

    static let clusterWords: Set<String> = [
        "DATABASE", "TABLESPACE", "SYSTEM", "REASSIGN", "CHECKPOINT", "SUBSCRIPTION", "PG_RELOAD_CONF", "PG_SWITCH_WAL",
        "PG_SLEEP", "DBLINK", "POSTGRES_FDW", "PG_STAT_RESET", "PG_STAT_RESET_SHARED", "PG_STAT_STATEMENTS_RESET",
        "PG_CREATE_PHYSICAL_REPLICATION_SLOT", "PG_CREATE_LOGICAL_REPLICATION_SLOT", "PG_DROP_REPLICATION_SLOT",
        "PG_TERMINATE_BACKEND", "PG_CANCEL_BACKEND", "LO_IMPORT", "LO_EXPORT", "COPY",
    ]

    static func staysInsideItsDatabase(_ sql: String) -> Bool {
        let bytes = Array(sql.utf8)
        let code = SQLToken.tokens(of: bytes).filter { $0.kind != .comment }
            .map { String(decoding: bytes[$0.range], as: UTF8.self) }.joined(separator: " ")
        let words = code.uppercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
        for (index, word) in words.enumerated() {
            if clusterWords.contains(word) { return false }
            let previous = index > 0 ? words[index - 1] : ""
            // CREATE/ALTER/DROP ROLE or USER, COMMENT ON ROLE; SET ROLE and RESET ROLE are the session's.
            if ["ROLE", "USER", "GROUP"].contains(word) && ["CREATE", "ALTER", "DROP", "ON"].contains(previous) { return false }
            // GRANT role TO …, REVOKE role FROM …: a membership (no ON before TO/FROM).
            if word == "GRANT" || word == "REVOKE" {
                let rest = words[(index + 1)...]
                let end = rest.firstIndex { ["TO", "FROM", "ON"].contains($0) }
                if let end, words[end] != "ON" { return false }
            }
        }
        return true
    }
}
