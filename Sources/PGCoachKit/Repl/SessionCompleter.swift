import LineEditing
import PostgresClient
import PsqlCore
import TutorCore

/// Tab completion for the REPL: the pure `CompletionEngine` fed with names read from the
/// learner's current database, cached per database and refreshed after DDL and on `\c`.
final class SessionCompleter: CompletionProviding {
    weak var session: ReplSession?
    private var cachedDatabase: String?
    private var catalog = CompletionCatalog()
    func completions(beforeCursor: String) -> (wordLength: Int, candidates: [String]) {
        refreshIfNeeded()
        // The session's registry: psql's commands and the companions' (`\hi<Tab>` gives `\hint`).
        let names = session?.registry.completionNames ?? []
        let engine = CompletionEngine(metaCommands: names, catalog: catalog)
        return engine.complete(beforeCursor: beforeCursor)
    }

    /// Forgets the cached names after DDL and when the learner moves (`\c` to another server
    /// may keep the database's name).
    func observe(_ event: SessionEvent) {
        switch event {
        case .finished(let record):
            let text = record.input.uppercased()
            if record.kind == .sql && (text.contains("CREATE") || text.contains("ALTER") || text.contains("DROP")) {
                cachedDatabase = nil
            }
        case .connectionChanged:
            cachedDatabase = nil
        default:
            break
        }
    }

    private func refreshIfNeeded() {
        guard let session, !session.connection.isBad else { return }
        let database = session.connection.database
        guard cachedDatabase != database else { return }
        // Only when idle: a query inside the learner's transaction would change its state.
        guard session.connection.transactionState == .idle else { return }
        var fresh = CompletionCatalog()
        let connection = session.connection
        if let r = try? connection.query(
            "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p','v','m','f') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname !~ '^pg_toast' ORDER BY 1"
        ) {
            fresh.relations = r.rows.compactMap { $0.first ?? nil }
        }
        if let r = try? connection.query(
            "SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','p','v','m') AND n.nspname NOT IN ('pg_catalog','information_schema') ORDER BY 1, a.attnum"
        ) {
            for row in r.rows { if let t = row[0], let c = row[1] { fresh.columns[t, default: []].append(c) } }
        }
        if let r = try? connection.query("SELECT datname FROM pg_catalog.pg_database WHERE datallowconn ORDER BY 1") {
            fresh.databases = r.rows.compactMap { $0.first ?? nil }
        }
        if let r = try? connection.query("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_' ORDER BY 1") {
            fresh.roles = r.rows.compactMap { $0.first ?? nil }
        }
        catalog = fresh
        cachedDatabase = database
    }
}
