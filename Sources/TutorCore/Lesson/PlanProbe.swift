/// A check or trap over the shape of a query plan (`plan:` in lesson.yaml): pgcoach runs
/// `EXPLAIN (COSTS OFF …)` of `sql` as the application would and tests the plan's lines.
/// Only the shape is judged (node kinds, relations, keys), never costs or times, so the same
/// state always gives the same verdict.
public struct PlanProbe: Sendable, Equatable {
    /// Who plans the query: a fresh connection logs in as this role, so its per-role settings
    /// and row-level security apply as in the application's own session. Nil: the checker.
    public var role: String?
    /// `set_config(name, value, true)` for each, in order, inside the probe's transaction.
    public var settings: [SettingValue]
    public var sql: String
    /// Values for `$1…$n`: with any, the query is `PREPARE`d and `EXPLAIN EXECUTE`d, so the
    /// planner sees parameters as the application's driver sends them (generic plans included).
    public var params: [String]
    /// `EXPLAIN ANALYZE` (with TIMING OFF, SUMMARY OFF): the query really runs, in a
    /// transaction that is rolled back; needed for Sort Method, Disk, actual rows.
    public var analyze: Bool
    /// Each must match some plan line.
    public var require: [String]
    /// None may match any plan line.
    public var forbid: [String]

    public init(
        role: String? = nil, settings: [SettingValue] = [], sql: String, params: [String] = [], analyze: Bool = false,
        require: [String] = [], forbid: [String] = []
    ) {
        self.role = role
        self.settings = settings
        self.sql = sql
        self.params = params
        self.analyze = analyze
        self.require = require
        self.forbid = forbid
    }

    /// `EXPLAIN (COSTS OFF[, ANALYZE, TIMING OFF, SUMMARY OFF]) ` — the prefix for `sql` or
    /// for `EXECUTE name(…)`.
    public var explainPrefix: String {
        analyze ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " : "EXPLAIN (COSTS OFF) "
    }
}

/// One `name: value` setting, kept in the order the lesson lists them.
public struct SettingValue: Sendable, Equatable, Hashable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Judges plan lines against a `PlanProbe`'s patterns. Pure: the Kit fetches the lines.
public enum PlanShape {
    /// The outcome: whether every `require` matched and no `forbid` did, and why not.
    public struct Verdict: Sendable, Equatable {
        public var matches: Bool
        public var reason: String
    }

    /// A plan line as the patterns see it: without indentation and the `->  ` arrow, so
    /// `^Sort` means "a Sort node" wherever it sits in the tree.
    public static func normalized(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first, first == " " { text = text.dropFirst() }
        if text.hasPrefix("->") {
            text = text.dropFirst(2)
            while let first = text.first, first == " " { text = text.dropFirst() }
        }
        return String(text)
    }

    /// Patterns are case-insensitive regular expressions, like every pattern in lesson.yaml.
    public static func verdict(lines: [String], require: [String], forbid: [String]) -> Verdict {
        let plan = lines.map(normalized)
        for pattern in require {
            let box = PatternBox(pattern)
            if !plan.contains(where: box.matches) {
                return Verdict(matches: false, reason: "no plan line matches \(pattern)")
            }
        }
        for pattern in forbid {
            let box = PatternBox(pattern)
            if let line = plan.first(where: box.matches) {
                return Verdict(matches: false, reason: "the plan has \(line) (matches \(pattern))")
            }
        }
        return Verdict(matches: true, reason: "the plan matches")
    }
}

/// Case-insensitive regular expressions as lesson.yaml uses them everywhere, for the layers
/// that test text the core does not see (a session's wait event).
public enum LessonPattern {
    public static func isValid(_ pattern: String) -> Bool {
        PatternBox.isValid(pattern)
    }

    public static func matches(_ pattern: String, _ text: String) -> Bool {
        PatternBox(pattern).matches(text)
    }
}
