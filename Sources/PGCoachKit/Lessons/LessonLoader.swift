import Foundation
import PGCoachCore
import Yams

/// Loads a lesson folder (`lesson.yaml`) and its hints file into a `Lesson`, validating every
/// cross-reference. Errors name file, line and field; nothing here traps on bad input.
public enum LessonLoader {
    static let topKeys: Set<String> = [
        "id", "title", "topic", "level", "duration", "prompt_label", "learner", "setup", "sessions", "milestones",
        "checks", "traps", "workload", "scoring", "paths",
    ]

    /// Loads `lessonsRoot/<id>/lesson.yaml` and `hintsRoot/<id>.md`.
    public static func load(id: String, lessonsRoot: String, hintsRoot: String) throws -> Lesson {
        let folder = lessonsRoot + "/" + id
        let yamlPath = folder + "/lesson.yaml"
        let hintsPath = hintsRoot + "/" + id + ".md"
        var lesson = try parseLessonYAML(try readText(yamlPath), file: yamlPath, expectedID: id)
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
        for (label, path) in [("paths.golden", lesson.paths.golden), ("paths.noop", lesson.paths.noop)] + lesson.paths.traps.map({ ("paths.traps.\($0.key)", Optional($0.value)) }) {
            if let path, let problem = LessonFilePolicy.problem(with: path, in: folder) {
                throw LessonFormatError(file: yamlPath, line: nil, field: label, message: problem)
            }
        }
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

    /// Parses and validates lesson YAML text.
    public static func parseLessonYAML(_ source: String, file: String, expectedID: String? = nil) throws -> Lesson {
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
            throw LessonFormatError(file: file, line: yamlErrorLine(error), field: "", message: "not valid YAML: \(yamlErrorSummary(error))")
        }
        let r = YAMLFieldReader(file: file, node: root)
        try r.requireKnownKeys(topKeys)

        let id = try r.string("id")
        if let expectedID, id != expectedID {
            throw r.error("id", "is \"\(id)\" but the folder says \"\(expectedID)\"", at: r.value("id"))
        }
        let learnerReader = try r.object("learner", required: true)!
        try learnerReader.requireKnownKeys(["role", "database"])
        let learner = LearnerAccount(role: try learnerReader.string("role"), database: try learnerReader.string("database"))

        let setupReader = try r.object("setup", required: true)!
        try setupReader.requireKnownKeys(["roles", "databases", "after"])
        var databases: [LessonSetup.Database] = []
        for d in try setupReader.list("databases", required: true) {
            try d.requireKnownKeys(["name", "owner", "sql"])
            let name = try d.string("name")
            try requireIdentifier(name, d, "name")
            if databases.contains(where: { $0.name == name }) { throw d.error("name", "database \(name) is listed twice") }
            databases.append(LessonSetup.Database(name: name, owner: try d.optionalString("owner"), sql: try d.optionalString("sql") ?? ""))
        }
        let setup = LessonSetup(
            roles: try setupReader.optionalString("roles") ?? "", databases: databases,
            after: try setupReader.optionalString("after") ?? "")
        let knownDatabases = Set(databases.map(\.name) + ["postgres"])
        if !knownDatabases.contains(learner.database) {
            throw learnerReader.error("database", "\(learner.database) is not created by setup.databases")
        }

        var sessions: [BackgroundSessionSpec] = []
        for s in try r.list("sessions") {
            try s.requireKnownKeys(["name", "database", "role", "application_name", "statements", "until"])
            let name = try s.string("name")
            if sessions.contains(where: { $0.name == name }) { throw s.error("name", "session \(name) is listed twice") }
            let database = try s.string("database")
            if !knownDatabases.contains(database) { throw s.error("database", "\(database) is not created by setup.databases") }
            let untilText = try s.string("until")
            guard let until = BackgroundSessionSpec.Settled(rawValue: untilText) else {
                throw s.error("until", "unknown state \"\(untilText)\" (expected one of: \(BackgroundSessionSpec.Settled.allCases.map(\.rawValue).joined(separator: ", ")))", at: s.value("until"))
            }
            let statements = try s.stringList("statements")
            if statements.isEmpty { throw s.error("statements", "a session needs at least one statement") }
            sessions.append(BackgroundSessionSpec(
                name: name, database: database, role: try s.string("role"),
                applicationName: try s.string("application_name"), statements: statements, until: until))
        }

        var milestones: [Milestone] = []
        for m in try r.list("milestones", required: true) {
            try m.requireKnownKeys(["id", "title", "evidence", "across_databases"])
            let id = try m.string("id")
            if milestones.contains(where: { $0.id == id }) { throw m.error("id", "milestone \(id) is listed twice") }
            var rules: [EvidenceRule] = []
            for e in try m.list("evidence", required: true) {
                try e.requireKnownKeys(["database", "input", "cell", "column", "error_sqlstate", "error", "meta_command"])
                let rule = EvidenceRule(
                    databases: try e.stringList("database"), input: try e.optionalString("input"),
                    cell: try e.optionalString("cell"), column: try e.optionalString("column"),
                    errorSQLState: try e.optionalString("error_sqlstate"), error: try e.optionalString("error"),
                    metaCommand: try e.stringList("meta_command"))
                for (field, pattern) in [("input", rule.input), ("cell", rule.cell), ("column", rule.column), ("error", rule.error)] {
                    if let pattern, !EvidenceMatcher.isValidPattern(pattern) {
                        throw e.error(field, "not a valid regular expression: \(pattern)", at: e.value(field))
                    }
                    if let pattern, let risk = PatternRisk.problem(pattern) {
                        throw e.error(field, "\(risk): \(pattern); write it so each repetition is told apart by a required character", at: e.value(field))
                    }
                }
                if rule == EvidenceRule() { throw e.error("", "an evidence rule needs at least one condition") }
                for db in rule.databases where !knownDatabases.contains(db) { throw e.error("database", "\(db) is not created by setup.databases") }
                rules.append(rule)
            }
            let across = try m.stringList("across_databases")
            for db in across where !knownDatabases.contains(db) { throw m.error("across_databases", "\(db) is not created by setup.databases") }
            milestones.append(Milestone(id: id, title: try m.string("title"), evidence: rules, acrossDatabases: across))
        }

        var workload: [WorkloadStep] = []
        for w in try r.list("workload") {
            try w.requireKnownKeys(["id", "database", "role", "sql", "expect", "lock_timeout_ms"])
            let id = try w.string("id")
            if workload.contains(where: { $0.id == id }) { throw w.error("id", "workload step \(id) is listed twice") }
            let database = try w.string("database")
            if !knownDatabases.contains(database) { throw w.error("database", "\(database) is not created by setup.databases") }
            workload.append(WorkloadStep(
                id: id, database: database, role: try w.string("role"), sql: try w.string("sql"),
                expectTrue: try w.bool("expect", default: false),
                lockTimeoutMilliseconds: try w.int("lock_timeout_ms", default: 300, range: 1...60_000)))
        }

        let milestoneIDs = Set(milestones.map(\.id))
        let sessionNames = Set(sessions.map(\.name))
        let workloadIDs = Set(workload.map(\.id))
        var checks: [FixCheck] = []
        for c in try r.list("checks", required: true) {
            try c.requireKnownKeys(["id", "milestone", "title", "database", "sql", "workload", "sessions_completed", "pass", "fail"])
            let id = try c.string("id")
            if checks.contains(where: { $0.id == id }) { throw c.error("id", "check \(id) is listed twice") }
            let milestone = try c.string("milestone")
            if !milestoneIDs.contains(milestone) { throw c.error("milestone", "no milestone \(milestone)", at: c.value("milestone")) }
            let check = FixCheck(
                id: id, milestone: milestone, title: try c.string("title"), database: try c.optionalString("database"),
                sql: try c.optionalString("sql"), workload: try c.stringList("workload"),
                sessionsCompleted: try c.stringList("sessions_completed"), passText: try c.string("pass"), failText: try c.string("fail"))
            if check.sql == nil && check.workload.isEmpty && check.sessionsCompleted.isEmpty {
                throw c.error("", "a check needs sql, workload or sessions_completed")
            }
            if check.sql != nil && check.database == nil { throw c.error("database", "missing (required with sql)") }
            if let db = check.database, !knownDatabases.contains(db) { throw c.error("database", "\(db) is not created by setup.databases") }
            for step in check.workload where !workloadIDs.contains(step) { throw c.error("workload", "no workload step \(step)") }
            for s in check.sessionsCompleted where !sessionNames.contains(s) { throw c.error("sessions_completed", "no session \(s)") }
            checks.append(check)
        }

        var traps: [Trap] = []
        for t in try r.list("traps") {
            try t.requireKnownKeys(["id", "title", "database", "sql", "changed_from_baseline", "sessions_terminated", "missing_milestone"])
            let id = try t.string("id")
            if traps.contains(where: { $0.id == id }) { throw t.error("id", "trap \(id) is listed twice") }
            let trap = Trap(
                id: id, title: try t.string("title"), database: try t.optionalString("database"), sql: try t.optionalString("sql"),
                changedFromBaseline: try t.bool("changed_from_baseline", default: false),
                sessionsTerminated: try t.stringList("sessions_terminated"), missingMilestone: try t.optionalString("missing_milestone"))
            if trap.sql == nil && trap.sessionsTerminated.isEmpty && trap.missingMilestone == nil {
                throw t.error("", "a trap needs sql, sessions_terminated or missing_milestone")
            }
            if trap.sql != nil && trap.database == nil { throw t.error("database", "missing (required with sql)") }
            if let db = trap.database, !knownDatabases.contains(db) { throw t.error("database", "\(db) is not created by setup.databases") }
            for s in trap.sessionsTerminated where !sessionNames.contains(s) { throw t.error("sessions_terminated", "no session \(s)") }
            if let m = trap.missingMilestone, !milestoneIDs.contains(m) { throw t.error("missing_milestone", "no milestone \(m)") }
            traps.append(trap)
        }

        var weights = ScoreWeights()
        if let s = try r.object("scoring") {
            try s.requireKnownKeys(["detect", "fix", "trap"])
            weights = ScoreWeights(
                detect: try s.int("detect", default: 40, range: 0...100), fix: try s.int("fix", default: 40, range: 0...100),
                trap: try s.int("trap", default: 20, range: 0...100))
            if weights.total != 100 { throw s.error("", "detect + fix + trap must add up to 100 (they add up to \(weights.total))") }
        }

        var paths = LessonPaths()
        if let p = try r.object("paths") {
            try p.requireKnownKeys(["golden", "noop", "traps"])
            paths = LessonPaths(golden: try p.optionalString("golden"), noop: try p.optionalString("noop"), traps: try p.stringMap("traps"))
            for trapID in paths.traps.keys where !traps.contains(where: { $0.id == trapID }) {
                throw p.error("traps", "no trap \(trapID)")
            }
        }

        let title = try r.string("title")
        return Lesson(
            id: id, title: title, topic: try r.string("topic"), level: try r.int("level", range: 1...5),
            duration: try r.string("duration"), promptLabel: try r.optionalString("prompt_label") ?? String(id.split(separator: "/").last ?? ""),
            learner: learner, setup: setup, sessions: sessions, milestones: milestones, checks: checks, traps: traps,
            workload: workload, weights: weights, paths: paths)
    }

    static func requireIdentifier(_ name: String, _ r: YAMLFieldReader, _ field: String) throws {
        let ok = !name.isEmpty && name.utf8.count < 64 && name.unicodeScalars.allSatisfy { ($0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0)) && $0.isASCII }
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
