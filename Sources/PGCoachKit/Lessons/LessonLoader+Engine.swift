import Foundation
import TutorCore
import Yams

/// The loader's reading of the engine blocks: `plan:` probes, `settings:` mappings,
/// `server: {settings: …}`. Kept apart from the main loader so each block's rules sit together.
extension LessonLoader {
    /// `plan: {role, settings, sql | sql_file, params, analyze, require, forbid}`.
    static func planProbe(_ parent: YAMLFieldReader) throws -> PlanProbe? {
        guard let p = try parent.object("plan") else { return nil }
        try p.requireKnownKeys(["role", "settings", "sql", "sql_file", "params", "analyze", "require", "forbid"])
        guard let sql = try p.sqlText("sql") else { throw p.error("sql", "missing (required): the query whose plan is judged") }
        let probe = PlanProbe(
            role: try p.optionalString("role"), settings: try settingValues(p, "settings"), sql: sql,
            params: try p.stringList("params"), analyze: try p.bool("analyze", default: false),
            require: try p.stringList("require"), forbid: try p.stringList("forbid"))
        if probe.require.isEmpty && probe.forbid.isEmpty {
            throw p.error("", "a plan needs require or forbid patterns (what the plan must or must not show)")
        }
        for key in ["require", "forbid"] {
            for (i, pattern) in try p.stringList(key).enumerated() where !LessonPattern.isValid(pattern) {
                throw p.error("\(key)[\(i)]", "not a valid regular expression: \(pattern)", at: p.value(key))
            }
        }
        return probe
    }

    /// `settings: {name: value, …}` in the order written. Names are PostgreSQL parameter names
    /// (`work_mem`) or custom ones (`app.tenant_id`).
    static func settingValues(_ r: YAMLFieldReader, _ key: String) throws -> [SettingValue] {
        guard let m = try r.object(key) else { return [] }
        var values: [SettingValue] = []
        for (k, v) in m.node.mapping! {
            let name = k.string ?? ""
            if !isSettingName(name) {
                throw m.error(name, "not a setting name (letters, digits, _ and one optional `prefix.` as in app.tenant_id)", at: k)
            }
            guard let value = v.scalar?.string else { throw m.error(name, "expected a value (text or number)", at: v) }
            if value.contains(where: { $0.isNewline || $0 == "\u{0}" }) {
                throw m.error(name, "a setting value is one line", at: v)
            }
            if values.contains(where: { $0.name == name.lowercased() }) { throw m.error(name, "listed twice", at: k) }
            values.append(SettingValue(name: name.lowercased(), value: value))
        }
        return values
    }

    static func isSettingName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, first.isASCII, first == "_" || first.properties.isAlphabetic else { return false }
            return part.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }

    /// `concurrent: [{session: gate, sql: …}, {session: a, role: app_user, sql: …}, …]`.
    static func concurrentStatements(_ w: YAMLFieldReader, defaultRole: String) throws -> [ConcurrentStatement] {
        var statements: [ConcurrentStatement] = []
        for item in try w.list("concurrent") {
            try item.requireKnownKeys(["session", "role", "sql"])
            let session = try item.string("session")
            try requireIdentifier(session, item, "session")
            let role = try item.optionalString("role") ?? defaultRole
            if let earlier = statements.first(where: { $0.session == session }), earlier.role != role {
                throw item.error("role", "session \(session) already connected as \(earlier.role)")
            }
            guard let sql = try item.sqlText("sql") else { throw item.error("sql", "missing (required)") }
            statements.append(ConcurrentStatement(session: session, role: role, sql: sql))
        }
        if !statements.isEmpty && Set(statements.map(\.session)).count < 2 {
            throw w.error("concurrent", "needs statements of at least two sessions (one session is an ordinary step)")
        }
        return statements
    }

    /// Settings pgcoach itself relies on: where the server listens (never TCP), its socket,
    /// files outside the data directory, and shared memory that a killed server cannot leak.
    static let reservedServerSettings: Set<String> = [
        "listen_addresses", "unix_socket_directories", "unix_socket_group", "unix_socket_permissions", "port",
        "data_directory", "config_file", "hba_file", "ident_file", "external_pid_file", "include", "include_dir",
        "include_if_exists", "dynamic_shared_memory_type", "ssl",
    ]

    /// `server: {settings: {max_connections: 30}}`.
    static func serverSettings(_ r: YAMLFieldReader) throws -> [SettingValue] {
        guard let s = try r.object("server") else { return [] }
        try s.requireKnownKeys(["settings", "next_xid"])
        let settings = try settingValues(s, "settings")
        let m = try s.object("settings")
        for setting in settings {
            if reservedServerSettings.contains(setting.name) {
                throw m!.error(
                    setting.name,
                    "pgcoach sets \(setting.name) itself (the sandbox listens only on its private socket); remove it from the lesson")
            }
            if setting.name == "shared_preload_libraries" {
                let libraries = setting.value.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                }
                if !libraries.contains("pg_stat_statements") {
                    throw m!.error(
                        setting.name,
                        "must keep pg_stat_statements (every lesson database has it): write 'pg_stat_statements, \(setting.value)'")
                }
            }
        }
        return settings
    }

    /// `server: {next_xid: N}` (see `TransactionCounterJump`), checked against the lesson's
    /// servers and settings.
    static func transactionCounterJump(
        _ r: YAMLFieldReader, hasServers: Bool, settings: [SettingValue]
    ) throws
        -> TransactionCounterJump?
    {
        guard let s = try r.object("server"), let node = s.value("next_xid") else { return nil }
        guard let text = node.scalar?.string, let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
            throw s.error("next_xid", "expected a whole number (a transaction id)", at: node)
        }
        if let problem = TransactionCounterJump.problem(nextXid: value, hasServers: hasServers, settings: settings) {
            throw s.error("next_xid", problem, at: node)
        }
        return TransactionCounterJump(nextXid: UInt32(value))
    }
}
