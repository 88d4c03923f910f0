import Foundation
import PsqlCore
import Sandbox
import TutorCore
import Yams

/// The loader's reading of the pooler blocks: `pooler:`, `via: pooler` on sessions and
/// workload steps, and `pooler_show:` probes on checks and traps.
extension LessonLoader {
    /// `pooler: {kind: pgbouncer, pool_mode: transaction, default_pool_size: 4,
    /// databases: [app_db], settings: {query_wait_timeout: 0}}`.
    static func poolerBlock(_ r: YAMLFieldReader, knownDatabases: Set<String>) throws -> LessonPooler? {
        guard let p = try r.object("pooler") else { return nil }
        try p.requireKnownKeys(["kind", "pool_mode", "default_pool_size", "databases", "settings"])
        let kindText = try p.optionalString("kind") ?? LessonPooler.Kind.pgbouncer.rawValue
        guard let kind = LessonPooler.Kind(rawValue: kindText) else {
            throw p.error(
                "kind",
                "unknown pooler \"\(kindText)\" (pgcoach runs: \(LessonPooler.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: p.value("kind"))
        }
        let modeText = try p.optionalString("pool_mode") ?? LessonPooler.PoolMode.session.rawValue
        guard let mode = LessonPooler.PoolMode(rawValue: modeText) else {
            throw p.error(
                "pool_mode",
                "unknown pool mode \"\(modeText)\" (expected one of: \(LessonPooler.PoolMode.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: p.value("pool_mode"))
        }
        let databases = try p.stringList("databases")
        if databases.isEmpty { throw p.error("databases", "missing (required): the lesson databases reachable through the pooler") }
        for (i, database) in databases.enumerated() {
            if !knownDatabases.contains(database) {
                throw p.error("databases[\(i)]", "\(database) is not created by setup.databases", at: p.value("databases"))
            }
            if databases.firstIndex(of: database) != i {
                throw p.error("databases[\(i)]", "\(database) is listed twice", at: p.value("databases"))
            }
        }
        let settings = try settingValues(p, "settings")
        for setting in settings {
            let at = try p.object("settings")?.value(setting.name)
            if setting.name.contains(".") {
                throw p.error("settings.\(setting.name)", "not a pgbouncer setting name (letters, digits and _)", at: at)
            }
            if setting.name == "pool_mode" || setting.name == "default_pool_size" {
                throw p.error("settings.\(setting.name)", "give it as pooler.\(setting.name), not under settings", at: at)
            }
            if PoolerOptions.reservedSettings.contains(setting.name) {
                throw p.error(
                    "settings.\(setting.name)",
                    "pgcoach sets \(setting.name) itself (the pooler listens only on its private socket and trusts the lesson's roles); remove it from the lesson",
                    at: at)
            }
            if setting.value.contains(";") || setting.value.contains("#") {
                throw p.error(
                    "settings.\(setting.name)", "a pooler setting value cannot hold ; or # (pgbouncer.ini reads them as a comment)", at: at)
            }
        }
        return LessonPooler(
            kind: kind, poolMode: mode, defaultPoolSize: try p.int("default_pool_size", default: 20, range: 1...1000),
            databases: databases, settings: settings)
    }

    /// `via: pooler` (or `via: server`, the default) on a session or workload step that
    /// connects to `database`.
    static func route(_ r: YAMLFieldReader, pooler: LessonPooler?, database: String) throws -> ConnectionRoute {
        guard let text = try r.optionalString("via") else { return .server }
        guard let route = ConnectionRoute(rawValue: text) else {
            throw r.error(
                "via", "unknown route \"\(text)\" (expected one of: \(ConnectionRoute.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: r.value("via"))
        }
        if route == .pooler {
            if r.value("server") != nil {
                throw r.error("server", "the pooler stands in front of the home server: give via: pooler or server:, not both")
            }
            guard let pooler else { throw r.error("via", "the lesson has no pooler: block to connect through", at: r.value("via")) }
            if !pooler.databases.contains(database) {
                throw r.error(
                    "via", "\(database) is not one of pooler.databases (\(pooler.databases.joined(separator: ", ")))", at: r.value("via"))
            }
        }
        return route
    }

    /// The rules `via:` adds to a background session.
    static func checkPoolerSession(_ s: YAMLFieldReader, _ spec: BackgroundSessionSpec) throws {
        if spec.until == .queued && spec.via != .pooler {
            throw s.error("until", "queued means waiting in the pooler's queue: only with via: pooler", at: s.value("until"))
        }
        if spec.via == .pooler && [.waitingOnLock, .running, .waiting].contains(spec.until) {
            throw s.error(
                "until", "through the pooler a session can be idle, idle_in_transaction or queued (its backend is the pooler's to choose)",
                at: s.value("until"))
        }
    }

    /// The rules `via:` adds to a workload step.
    static func checkPoolerStep(_ w: YAMLFieldReader, _ step: WorkloadStep) throws {
        guard step.via == .pooler else { return }
        if !step.concurrent.isEmpty { throw w.error("concurrent", "a concurrent step runs straight on the server; drop via: pooler") }
        if !step.settings.isEmpty {
            throw w.error(
                "settings",
                "through the pooler connection settings are not sent (pgbouncer drops `options`); set them in the step's sql with SET LOCAL"
            )
        }
    }

    /// `pooler_show: {command: POOLS, where: {database: app_db}, expect: {cl_waiting: '0'}}` on
    /// a check or trap; the probe then reads the admin console, named `pgbouncer`.
    static func poolerShowProbe(_ parent: YAMLFieldReader, pooler: LessonPooler?) throws -> PoolerShowProbe? {
        guard let p = try parent.object("pooler_show") else { return nil }
        guard pooler != nil else { throw parent.error("pooler_show", "the lesson has no pooler: block", at: parent.value("pooler_show")) }
        for other in ["sql", "sql_file", "plan", "database", "databases"] where parent.value(other) != nil {
            throw parent.error(other, "a pooler_show probe reads the pooler's console: give it without \(other) (make two checks)")
        }
        try p.requireKnownKeys(["command", "where", "expect"])
        let command = try p.string("command").uppercased()
        if !PoolerShowProbe.commands.contains(command) {
            throw p.error(
                "command",
                "SHOW \(command) is not a console command a probe may run (one of: \(PoolerShowProbe.commands.joined(separator: ", ")))",
                at: p.value("command"))
        }
        let expectations = try poolerConditions(p, "expect")
        if expectations.isEmpty { throw p.error("expect", "missing (required): the column values that must hold, e.g. {cl_waiting: '0'}") }
        return PoolerShowProbe(command: command, conditions: try poolerConditions(p, "where"), expectations: expectations)
    }

    /// `{column: value, …}` where a value is text to match exactly, `!= text`, or `> n`,
    /// `>= n`, `< n`, `<= n` on a whole number.
    static func poolerConditions(_ p: YAMLFieldReader, _ key: String) throws -> [PoolerCondition] {
        guard let m = try p.object(key) else { return [] }
        var conditions: [PoolerCondition] = []
        for (k, v) in m.node.mapping! {
            let column = k.string ?? ""
            if column.isEmpty
                || !column.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0)) })
            {
                throw m.error(column, "not a console column name (lower case, as SHOW prints it: cl_waiting, database, pool_mode)", at: k)
            }
            guard let text = v.scalar?.string else {
                throw m.error(column, "expected a value (text or number; quote it: '0', '> 0')", at: v)
            }
            guard let comparison = PoolerComparison.parse(text) else {
                throw m.error(column, "\(text): a comparison needs a whole number after it, e.g. '> 0'", at: v)
            }
            if conditions.contains(where: { $0.column == column }) { throw m.error(column, "listed twice", at: k) }
            conditions.append(PoolerCondition(column: column, comparison: comparison))
        }
        return conditions
    }

    /// Evidence may name the pooler's console as its database when there is a pooler.
    static func requireEvidenceDatabases(
        _ names: [String], _ reader: YAMLFieldReader, _ field: String, known: Set<String>, pooler: LessonPooler?
    ) throws {
        for db in names where !known.contains(db) {
            if db == LessonPooler.consoleDatabase {
                if pooler != nil { continue }
                throw reader.error(field, "pgbouncer is the pooler's console: the lesson needs a pooler: block")
            }
            throw reader.error(field, "\(db) is not created by setup.databases")
        }
    }
}

extension LessonLoader {
    /// `kind: pooler_set` with `settings: [default_pool_size, app_db.pool_size]`: the
    /// whole-number pgbouncer settings the learner may change.
    static func poolerSetAction(
        _ a: YAMLFieldReader, common: Set<String>, _ blocks: SandboxBlocks, atSetup: Bool
    ) throws -> PoolerSetAction {
        try a.requireKnownKeys(common.union(["settings"]))
        guard let pooler = blocks.pooler else {
            throw a.error("kind", "pooler_set changes the lesson's pgbouncer: add a pooler: block", at: a.value("kind"))
        }
        if atSetup { throw a.error("at_setup", "give the pooler its settings in pooler: (it starts after setup)") }
        let names = try a.stringList("settings")
        if names.isEmpty {
            throw a.error("settings", "missing (required): the settings the learner may change, e.g. [default_pool_size, app_db.pool_size]")
        }
        var settings: [PoolerSetting] = []
        for (i, name) in names.enumerated() {
            switch PoolerSetting.named(name, databases: pooler.databases) {
            case .success(let setting):
                if settings.contains(setting) { throw a.error("settings[\(i)]", "\(name) is listed twice", at: a.value("settings")) }
                settings.append(setting)
            case .failure(let problem):
                throw a.error("settings[\(i)]", problem.message, at: a.value("settings"))
            }
        }
        return PoolerSetAction(settings: settings)
    }
}
