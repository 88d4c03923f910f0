import Foundation
import TutorCore
import Yams

/// Loads a lesson folder (`lesson.yaml`) and its hints file into a `Lesson`, validating every
/// cross-reference. Errors name file, line and field; nothing here traps on bad input.
public enum LessonLoader {
    static let topKeys: Set<String> = [
        "format_version", "id", "title", "topic", "level", "duration", "prompt_label", "learner", "setup", "sessions",
        "milestones", "checks", "traps", "preserve", "least_privilege", "collateral", "workload", "scoring", "paths",
        "server", "servers", "pooler", "files", "hba", "actions",
    ]

    /// Loads `lessonsRoot/<id>/lesson.yaml` and `hintsRoot/<id>.md`.
    public static func load(id: String, lessonsRoot: String, hintsRoot: String) throws -> Lesson {
        let folder = lessonsRoot + "/" + id
        let yamlPath = folder + "/lesson.yaml"
        let hintsPath = hintsRoot + "/" + id + ".md"
        let files = LessonFiles(folder: folder, root: lessonsRoot)
        var lesson = try parseLessonYAML(try readText(yamlPath), file: yamlPath, expectedID: id, files: files)
        let hintsSource = try readText(hintsPath)
        let hints: HintsDocument
        do {
            hints = try HintsDocument.parse(hintsSource)
        } catch {
            throw LessonFormatError(file: hintsPath, line: error.line, field: "", message: error.message)
        }
        for (milestone, line) in hints.milestoneLines where !lesson.milestones.contains(where: { $0.id == milestone }) {
            throw LessonFormatError(
                file: hintsPath, line: line, field: "Milestone: \(milestone)",
                message: "no milestone with this id in lesson.yaml (ids: \(lesson.milestones.map(\.id).joined(separator: ", ")))")
        }
        for milestone in lesson.milestones where (hints.text.milestoneHints[milestone.id] ?? []).isEmpty {
            throw LessonFormatError(
                file: hintsPath, line: nil, field: "Milestone: \(milestone.id)",
                message: "every milestone needs at least one hint (where to look → what to look for → why)")
        }
        lesson.text = hints.text
        return lesson
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LessonFormatError(file: path, line: nil, field: "", message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LessonFormatError(file: path, line: nil, field: "", message: "not valid UTF-8 text")
        }
        return text
    }

    /// Parses and validates lesson YAML text. `files` reads `sql_file:` and path parts from the
    /// lesson folder; without it (a lesson given as text) those are refused.
    public static func parseLessonYAML(
        _ source: String, file: String, expectedID: String? = nil, files: LessonFiles? = nil
    ) throws -> Lesson {
        if let problem = YAMLNestingScanner.problem(in: source) {
            throw LessonFormatError(file: file, line: problem.line, field: "", message: problem.message)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: source) else {
                throw LessonFormatError(file: file, line: nil, field: "", message: "the file is empty")
            }
            root = node
        } catch let error as LessonFormatError {
            throw error
        } catch {
            throw LessonFormatError(
                file: file, line: yamlErrorLine(error), field: "", message: "not valid YAML: \(yamlErrorSummary(error))")
        }
        let r = YAMLFieldReader(file: file, node: root, files: files)
        try r.requireKnownKeys(topKeys)
        let version = try r.int("format_version")
        if version != Lesson.currentFormatVersion {
            throw r.error(
                "format_version", "this pgcoach reads format_version \(Lesson.currentFormatVersion) (lessons/README.md)",
                at: r.value("format_version"))
        }

        let id = try r.string("id")
        if let expectedID, id != expectedID {
            throw r.error("id", "is \"\(id)\" but the folder says \"\(expectedID)\"", at: r.value("id"))
        }
        let learnerReader = try r.object("learner", required: true)!
        try learnerReader.requireKnownKeys(["role", "database", "server"])
        var learner = LearnerAccount(role: try learnerReader.string("role"), database: try learnerReader.string("database"))

        let setupReader = try r.object("setup", required: true)!
        try setupReader.requireKnownKeys(["roles", "databases", "after"])
        var databases: [LessonSetup.Database] = []
        for d in try setupReader.list("databases", required: true) {
            try d.requireKnownKeys(["name", "owner", "sql", "sql_file"])
            let name = try d.string("name")
            try requireIdentifier(name, d, "name")
            if databases.contains(where: { $0.name == name }) { throw d.error("name", "database \(name) is listed twice") }
            databases.append(LessonSetup.Database(name: name, owner: try d.optionalString("owner"), sql: try d.sqlSteps("sql")))
        }
        let setup = LessonSetup(
            roles: try setupReader.sqlSteps("roles", fileKey: nil), databases: databases,
            after: try setupReader.sqlSteps("after", fileKey: nil))
        let knownDatabases = Set(databases.map(\.name) + ["postgres"])
        let servers = try servers(r, databases: knownDatabases)
        let placer = ServerPlacer(servers: servers)
        if !knownDatabases.contains(learner.database) {
            throw learnerReader.error("database", "\(learner.database) is not created by setup.databases")
        }
        func requireDatabases(_ names: [String], _ reader: YAMLFieldReader, _ field: String) throws {
            for db in names where !knownDatabases.contains(db) { throw reader.error(field, "\(db) is not created by setup.databases") }
        }
        let pooler = try poolerBlock(r, knownDatabases: knownDatabases)
        func requireEvidenceDatabases(_ names: [String], _ reader: YAMLFieldReader, _ field: String) throws {
            try LessonLoader.requireEvidenceDatabases(names, reader, field, known: knownDatabases, pooler: pooler)
        }
        learner.database = try placer.place([learner.database], learnerReader)[0]
        let sandboxBlocks = try sandboxBlocks(r, knownDatabases: knownDatabases, servers: servers, pooler: pooler)

        var sessions: [BackgroundSessionSpec] = []
        var crowds: Set<String> = []
        for s in try r.list("sessions") {
            try s.requireKnownKeys([
                "name", "database", "server", "role", "application_name", "statements", "until", "wait_event", "count", "via",
            ])
            let name = try s.string("name")
            if sessions.contains(where: { $0.name == name }) || crowds.contains(name) {
                throw s.error("name", "session \(name) is listed twice")
            }
            let database = try s.string("database")
            try requireDatabases([database], s, "database")
            let placedDatabase = try placer.place([database], s)[0]
            let untilText = try s.string("until")
            guard let until = BackgroundSessionSpec.Settled(rawValue: untilText) else {
                throw s.error(
                    "until",
                    "unknown state \"\(untilText)\" (expected one of: \(BackgroundSessionSpec.Settled.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: s.value("until"))
            }
            let statements = try s.stringList("statements")
            if statements.isEmpty { throw s.error("statements", "a session needs at least one statement") }
            var spec = BackgroundSessionSpec(
                name: name, database: placedDatabase, role: try s.string("role"),
                applicationName: try s.string("application_name"), statements: statements, until: until)
            spec.waitEvent = try s.optionalString("wait_event")
            spec.via = try route(s, pooler: pooler, database: database)
            try checkPoolerSession(s, spec)
            if until == .waiting && spec.waitEvent == nil {
                throw s.error(
                    "wait_event", "missing (required with until: waiting): the wait event to wait for, e.g. SyncRep or PgSleep",
                    at: s.value("until"))
            }
            if let event = spec.waitEvent {
                if until != .waiting { throw s.error("wait_event", "only with until: waiting") }
                if !LessonPattern.isValid(event) { throw s.error("wait_event", "not a valid regular expression: \(event)") }
            }
            // A crowd (`count: N`) is N copies name-1 … name-N; rules naming the base name cover all.
            if s.value("count") != nil {
                let count = try s.int("count", range: 1...200)
                crowds.insert(name)
                for i in 1...count {
                    var copy = spec
                    copy.name = "\(name)-\(i)"
                    if sessions.contains(where: { $0.name == copy.name }) { throw s.error("count", "session \(copy.name) is listed twice") }
                    sessions.append(copy)
                }
            } else {
                sessions.append(spec)
            }
        }

        var milestones: [Milestone] = []
        for m in try r.list("milestones", required: true) {
            try m.requireKnownKeys(["id", "title", "evidence", "across_databases", "server"])
            let id = try m.string("id")
            if milestones.contains(where: { $0.id == id }) { throw m.error("id", "milestone \(id) is listed twice") }
            var rules: [EvidenceRule] = []
            for e in try m.list("evidence", required: true) {
                rules.append(try evidenceRule(e, requireEvidenceDatabases, placer))
            }
            let across = try m.stringList("across_databases")
            try requireDatabases(across, m, "across_databases")
            let acrossPlaced = try placer.place(across, m)
            milestones.append(Milestone(id: id, title: try m.string("title"), evidence: rules, acrossDatabases: acrossPlaced))
        }
        let milestoneIDs = Set(milestones.map(\.id))
        func requireFront(_ reader: YAMLFieldReader, _ field: String = "front") throws -> String? {
            guard let front = try reader.optionalString(field) else { return nil }
            if !milestoneIDs.contains(front) { throw reader.error(field, "no milestone \(front)", at: reader.value(field)) }
            return front
        }

        var workload: [WorkloadStep] = []
        for w in try r.list("workload") {
            try w.requireKnownKeys([
                "id", "database", "server", "role", "sql", "sql_file", "expect", "lock_timeout_ms", "settings", "concurrent", "via",
                "endpoint_sql",
            ])
            let id = try w.string("id")
            if workload.contains(where: { $0.id == id }) { throw w.error("id", "workload step \(id) is listed twice") }
            let database = try w.string("database")
            try requireDatabases([database], w, "database")
            let role = try w.string("role")
            let concurrent = try concurrentStatements(w, defaultRole: role)
            let sql = try w.sqlText("sql")
            if sql == nil && concurrent.isEmpty { throw w.error("sql", "missing (required, or concurrent:)") }
            if sql != nil && !concurrent.isEmpty { throw w.error("concurrent", "give sql or concurrent, not both") }
            if !concurrent.isEmpty && w.value("expect") != nil {
                throw w.error("expect", "a concurrent step passes when every statement succeeds; expect does not apply")
            }
            var step = WorkloadStep(
                id: id, database: try placer.place([database], w)[0], role: role, sql: sql ?? "",
                expectTrue: try w.bool("expect", default: false),
                lockTimeoutMilliseconds: try w.int("lock_timeout_ms", default: 300, range: 1...60_000))
            step.settings = try settingValues(w, "settings")
            step.concurrent = concurrent
            step.via = try route(w, pooler: pooler, database: database)
            try checkPoolerStep(w, step)
            step.endpointSQL = try endpointQuery(w, step)
            workload.append(step)
        }

        let sessionNames = Set(sessions.map(\.name)).union(crowds)
        func requireSessions(_ names: [String], _ reader: YAMLFieldReader, _ field: String) throws {
            for name in names where !sessionNames.contains(name) { throw reader.error(field, "no session \(name)") }
        }
        let workloadIDs = Set(workload.map(\.id))
        var checks: [FixCheck] = []
        for c in try r.list("checks", required: true) {
            try c.requireKnownKeys([
                "id", "milestone", "title", "database", "databases", "server", "sql", "sql_file", "plan", "workload", "sessions_completed",
                "pass", "fail", "within_ms", "pooler_show", "file", "action_taken",
            ])
            let id = try c.string("id")
            if checks.contains(where: { $0.id == id }) { throw c.error("id", "check \(id) is listed twice") }
            let milestone = try c.string("milestone")
            if !milestoneIDs.contains(milestone) { throw c.error("milestone", "no milestone \(milestone)", at: c.value("milestone")) }
            var check = FixCheck(
                id: id, milestone: milestone, title: try c.string("title"), databases: try c.databases(),
                sql: try c.sqlText("sql"), workload: try c.stringList("workload"),
                sessionsCompleted: try c.stringList("sessions_completed"), passText: try c.string("pass"), failText: try c.string("fail"))
            check.plan = try planProbe(c)
            check.poolerShow = try poolerShowProbe(c, pooler: pooler)
            try readSandboxConditions(c, into: &check, sandboxBlocks)
            if check.sql != nil && check.plan != nil { throw c.error("plan", "give sql or plan, not both (make two checks)") }
            if !check.hasProbe && check.workload.isEmpty && check.sessionsCompleted.isEmpty && !SandboxJudging.hasCondition(check) {
                throw c.error("", "a check needs sql, plan, workload, sessions_completed, file or action_taken")
            }
            if check.hasProbe && check.poolerShow == nil && check.databases.isEmpty {
                throw c.error("database", "missing (required with sql or plan)")
            }
            try requireDatabases(check.databases, c, "databases")
            check.databases = try placer.place(check.databases, c)
            check.withinMilliseconds = try withinMilliseconds(c, probes: check.hasProbe)
            // The console is the pooler's, in front of the home server: it has no location of its own.
            if check.poolerShow != nil { check.databases = [LessonPooler.consoleDatabase] }
            for step in check.workload where !workloadIDs.contains(step) { throw c.error("workload", "no workload step \(step)") }
            try requireSessions(check.sessionsCompleted, c, "sessions_completed")
            checks.append(check)
        }

        var traps: [Trap] = []
        for t in try r.list("traps") {
            try t.requireKnownKeys([
                "id", "title", "database", "databases", "server", "sql", "sql_file", "plan", "changed_from_baseline", "sessions_terminated",
                "missing_milestone", "severity", "front", "within_ms", "pooler_show", "file", "files_removed", "action_taken",
            ])
            let id = try t.string("id")
            if traps.contains(where: { $0.id == id }) { throw t.error("id", "trap \(id) is listed twice") }
            if engineTrapIDs.contains(id) { throw t.error("id", "\(id) is the id of an engine audit; choose another") }
            var trap = Trap(
                id: id, title: try t.string("title"), databases: try t.databases(), sql: try t.sqlText("sql"),
                changedFromBaseline: try t.bool("changed_from_baseline", default: false),
                sessionsTerminated: try t.stringList("sessions_terminated"), missingMilestone: try t.optionalString("missing_milestone"),
                severity: try t.severity("severity", default: .major), front: try requireFront(t))
            trap.plan = try planProbe(t)
            trap.poolerShow = try poolerShowProbe(t, pooler: pooler)
            if trap.poolerShow != nil && trap.changedFromBaseline {
                throw t.error(
                    "changed_from_baseline",
                    "not with pooler_show (the pooler starts afresh with every start and \\reset); say what must hold in expect")
            }
            try readSandboxConditions(t, into: &trap, sandboxBlocks)
            if trap.sql != nil && trap.plan != nil { throw t.error("plan", "give sql or plan, not both (make two traps)") }
            if !trap.hasProbe && trap.sessionsTerminated.isEmpty && trap.missingMilestone == nil && !SandboxJudging.hasCondition(trap) {
                throw t.error("", "a trap needs sql, plan, sessions_terminated, missing_milestone, file, files_removed or action_taken")
            }
            if trap.hasProbe && trap.poolerShow == nil && trap.databases.isEmpty {
                throw t.error("database", "missing (required with sql or plan)")
            }
            try requireDatabases(trap.databases, t, "databases")
            trap.databases = try placer.place(trap.databases, t)
            trap.withinMilliseconds = try withinMilliseconds(t, probes: trap.hasProbe)
            if trap.withinMilliseconds != nil && trap.changedFromBaseline {
                throw t.error("within_ms", "a trap compared with the baseline is read once; within_ms does not apply")
            }
            if trap.poolerShow != nil { trap.databases = [LessonPooler.consoleDatabase] }
            try requireSessions(trap.sessionsTerminated, t, "sessions_terminated")
            if let m = trap.missingMilestone, !milestoneIDs.contains(m) { throw t.error("missing_milestone", "no milestone \(m)") }
            traps.append(trap)
        }

        var preserve: [PreserveRule] = []
        for p in try r.list("preserve") {
            try p.requireKnownKeys(["database", "databases", "server", "table", "key", "columns", "where", "front"])
            var rule = PreserveRule(
                databases: try p.databases(), table: try p.string("table"), key: try p.stringList("key"),
                columns: try p.stringList("columns"), condition: try p.optionalString("where"), front: try requireFront(p))
            if rule.databases.isEmpty { throw p.error("databases", "missing (required)") }
            if rule.key.isEmpty { throw p.error("key", "missing: the column(s) that identify a row") }
            try requireDatabases(rule.databases, p, "databases")
            rule.databases = try placer.place(rule.databases, p)
            preserve.append(rule)
        }

        var leastPrivilege: [LeastPrivilegeRule] = []
        for l in try r.list("least_privilege") {
            try l.requireKnownKeys(["role", "kind", "may_gain", "severity", "front"])
            let kindText = try l.optionalString("kind") ?? "held"
            guard let kind = LeastPrivilegeRule.Kind(rawValue: kindText) else {
                throw l.error("kind", "expected held or bystander", at: l.value("kind"))
            }
            let role = try l.string("role")
            if role == "public" { throw l.error("role", "PUBLIC is audited for every lesson that holds a role; name a real role") }
            if leastPrivilege.contains(where: { $0.role == role }) { throw l.error("role", "role \(role) is listed twice") }
            leastPrivilege.append(
                LeastPrivilegeRule(
                    role: role, kind: kind, mayGain: try l.stringList("may_gain"), severity: try l.severity("severity", default: .major),
                    front: try requireFront(l)))
        }

        var collateral = CollateralRules()
        if let c = try r.object("collateral") {
            try c.requireKnownKeys([
                "sessions", "session_severity", "settings", "settings_allowed_for_roles", "settings_allowed_for_databases",
                "settings_severity",
            ])
            collateral = CollateralRules(
                sessions: try c.stringList("sessions"), sessionSeverity: try c.severity("session_severity", default: .major),
                settings: try c.bool("settings", default: false),
                settingsAllowedForRoles: try c.stringList("settings_allowed_for_roles"),
                settingsAllowedForDatabases: try c.stringList("settings_allowed_for_databases"),
                settingsSeverity: try c.severity("settings_severity", default: .major))
            try requireSessions(collateral.sessions, c, "sessions")
        }

        var weights = ScoreWeights()
        if let s = try r.object("scoring") {
            try s.requireKnownKeys(["detect", "fix", "trap", "critical_cap"])
            weights = ScoreWeights(
                detect: try s.int("detect", default: 40, range: 0...100), fix: try s.int("fix", default: 40, range: 0...100),
                trap: try s.int("trap", default: 20, range: 0...100), criticalCap: try s.int("critical_cap", default: 50, range: 0...100))
            if weights.detect + weights.fix + weights.trap != 100 {
                throw s.error("", "detect + fix + trap must add up to 100 (they add up to \(weights.total))")
            }
        }

        var lesson = Lesson(
            id: id, title: try r.string("title"), topic: try r.string("topic"), level: try r.int("level", range: 1...5),
            duration: try r.string("duration"),
            promptLabel: try r.optionalString("prompt_label") ?? String(id.split(separator: "/").last ?? ""),
            learner: learner, setup: setup, sessions: sessions, milestones: milestones, checks: checks, traps: traps,
            workload: workload, weights: weights)
        lesson.formatVersion = version
        lesson.preserve = preserve
        lesson.leastPrivilege = leastPrivilege
        lesson.collateral = collateral
        lesson.serverSettings = try serverSettings(r)
        lesson.transactionCounterJump = try transactionCounterJump(
            r, hasServers: !servers.isEmpty, settings: lesson.serverSettings)
        lesson.pooler = pooler
        lesson.servers = servers
        lesson.actions = sandboxBlocks.actions
        try requireKnownPlaceholders(lesson, sandboxBlocks.files, file: file)
        applySandboxBlocks(sandboxBlocks, to: &lesson)
        if let p = try r.object("paths") {
            lesson.paths = try authorPaths(p, lesson: lesson)
        }
        return lesson
    }

    /// Trap ids the engine reports under, which a lesson's own traps may not reuse.
    static let engineTrapIDs: Set<String> = [
        PreserveRule.trapID, LeastPrivilegeRule.overGrantTrapID, LeastPrivilegeRule.bystanderTrapID,
        CollateralRules.sessionsTrapID, CollateralRules.settingsTrapID,
    ]

    /// The trap ids a lesson can trigger: its own, and the audits it declares.
    public static func triggerableTrapIDs(_ lesson: Lesson) -> [String] {
        var ids = lesson.traps.map(\.id)
        if !lesson.preserve.isEmpty { ids.append(PreserveRule.trapID) }
        if lesson.leastPrivilege.contains(where: { $0.kind == .held }) { ids.append(LeastPrivilegeRule.overGrantTrapID) }
        if lesson.leastPrivilege.contains(where: { $0.kind == .bystander }) { ids.append(LeastPrivilegeRule.bystanderTrapID) }
        if !lesson.collateral.sessions.isEmpty { ids.append(CollateralRules.sessionsTrapID) }
        if lesson.collateral.settings { ids.append(CollateralRules.settingsTrapID) }
        return ids
    }

    static func evidenceRule(
        _ e: YAMLFieldReader, _ requireDatabases: ([String], YAMLFieldReader, String) throws -> Void, _ placer: ServerPlacer
    ) throws -> EvidenceRule {
        try e.requireKnownKeys([
            "database", "server", "input", "cell", "column", "row", "error_sqlstate", "error", "meta_command", "notice",
        ])
        var row: [RowCondition] = []
        for (i, item) in try e.rawList("row").enumerated() {
            if let text = item.scalar?.string {
                row.append(RowCondition(cell: text))
            } else if let mapping = item.mapping, mapping.count == 1, let column = mapping.first?.key.string,
                let cell = mapping.first?.value.scalar?.string
            {
                row.append(RowCondition(column: column, cell: cell))
            } else {
                throw e.error("row[\(i)]", "expected a cell pattern or one `column-pattern: cell-pattern` pair", at: item)
            }
        }
        var rule = EvidenceRule(
            databases: try e.stringList("database"), input: try e.optionalString("input"),
            cell: try e.optionalString("cell"), column: try e.optionalString("column"),
            errorSQLState: try e.optionalString("error_sqlstate"), error: try e.optionalString("error"),
            metaCommand: try e.stringList("meta_command"), row: row)
        rule.notice = try e.optionalString("notice")
        let fields =
            [("input", rule.input), ("cell", rule.cell), ("column", rule.column), ("error", rule.error), ("notice", rule.notice)]
            + rule.row.flatMap { [("row", $0.column), ("row", Optional($0.cell))] }
        for (field, pattern) in fields {
            if let pattern, !EvidenceMatcher.isValidPattern(pattern) {
                throw e.error(field, "not a valid regular expression: \(pattern)", at: e.value(field))
            }
            if let pattern, let risk = PatternRisk.problem(pattern) {
                throw e.error(
                    field, "\(risk): \(pattern); write it so each repetition is told apart by a required character", at: e.value(field))
            }
        }
        if rule == EvidenceRule() { throw e.error("", "an evidence rule needs at least one condition") }
        try requireDatabases(rule.databases, e, "database")
        // Named databases are on the rule's server (or the home server); a rule that names no
        // database but a server matches anything shown on that server.
        if rule.databases.isEmpty {
            rule.server = try placer.server(e)
        } else {
            rule.databases = try placer.place(rule.databases, e)
        }
        return rule
    }

    /// `paths:`: named steps, then golden / noop / traps / alternatives / graded as lists of
    /// step names or `.sql` files, each checked to exist inside the lesson folder.
    static func authorPaths(_ p: YAMLFieldReader, lesson: Lesson) throws -> LessonPaths {
        try p.requireKnownKeys(["steps", "golden", "noop", "traps", "alternatives", "graded"])
        var paths = LessonPaths(steps: try p.stringMap("steps"))
        func parts(_ reader: YAMLFieldReader, _ key: String) throws -> [String] {
            let list = try reader.stringList(key)
            for (i, part) in list.enumerated() {
                if let file = paths.steps[part] ?? (part.hasSuffix(".sql") ? part : nil) {
                    if let files = p.files {
                        do { _ = try files.resolve(file) } catch { throw reader.error("\(key)[\(i)]", "\(error)") }
                    }
                } else {
                    throw reader.error("\(key)[\(i)]", "\(part) is neither a step in paths.steps nor a .sql file")
                }
            }
            return list
        }
        for (name, file) in paths.steps {
            if let files = p.files {
                do { _ = try files.resolve(file) } catch { throw p.error("steps.\(name)", "\(error)") }
            }
        }
        paths.golden = try parts(p, "golden")
        paths.noop = try parts(p, "noop")
        let triggerable = Set(triggerableTrapIDs(lesson))
        if let t = try p.object("traps") {
            for (key, _) in t.node.mapping! {
                let id = key.string ?? "?"
                if !triggerable.contains(id) {
                    throw t.error(id, "no trap \(id) (traps: \(triggerable.sorted().joined(separator: ", ")))", at: key)
                }
                paths.traps[id] = try parts(t, id)
            }
        }
        if let a = try p.object("alternatives") {
            for (key, _) in a.node.mapping! {
                let name = key.string ?? "?"
                paths.alternatives[name] = try parts(a, name)
            }
        }
        if let g = try p.object("graded") {
            for (key, _) in g.node.mapping! {
                let name = key.string ?? "?"
                guard let entry = try g.object(name) else { continue }
                try entry.requireKnownKeys(["steps", "total", "traps"])
                let rangeText = try entry.string("total")
                guard let range = scoreRange(rangeText) else {
                    throw entry.error("total", "expected a score range like 40..70", at: entry.value("total"))
                }
                let expectedTraps = try entry.stringList("traps")
                for id in expectedTraps where !triggerable.contains(id) { throw entry.error("traps", "no trap \(id)") }
                paths.graded.append(.init(name: name, parts: try parts(entry, "steps"), total: range, traps: expectedTraps))
            }
        }
        return paths
    }

    /// `40..70` (or a single score).
    static func scoreRange(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: ".", omittingEmptySubsequences: true).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if bounds.count == 1, let only = bounds[0], (0...100).contains(only) { return only...only }
        guard bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high, low >= 0, high <= 100,
            text.contains("..")
        else { return nil }
        return low...high
    }

    static func requireIdentifier(_ name: String, _ r: YAMLFieldReader, _ field: String) throws {
        let ok =
            !name.isEmpty && name.utf8.count < 64
            && name.unicodeScalars.allSatisfy { ($0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0)) && $0.isASCII }
        if !ok { throw r.error(field, "\(name) must be a lower-case identifier (a-z, 0-9, _)", at: r.value(field)) }
    }

    static func yamlErrorLine(_ error: Error) -> Int? {
        let text = "\(error)"
        // Yams describes positions as "<line>:<column>: …"; take the first number pair.
        let parts = text.split(separator: ":")
        for (i, part) in parts.enumerated() where i + 1 < parts.count {
            if let line = Int(part.trimmingCharacters(in: .whitespaces)), Int(parts[i + 1].trimmingCharacters(in: .whitespaces)) != nil {
                return line
            }
        }
        return nil
    }

    static func yamlErrorSummary(_ error: Error) -> String {
        let text = "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}
