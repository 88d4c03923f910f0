/// A check or trap on the pooler's admin console: `pooler_show: {command: POOLS,
/// where: {database: app_db}, expect: {cl_waiting: '0'}}`.
///
/// The app runs `SHOW <command>` and hands over the rows; `verdict` decides, purely. It holds
/// when at least one row matches every `where` condition and every such row meets every
/// `expect` condition (so "no client waits in any pool of app_db" reads naturally).
public struct PoolerShowProbe: Sendable, Equatable {
    /// The SHOW commands a probe may run: the ones that only read.
    public static let commands: [String] = [
        "POOLS", "CLIENTS", "SERVERS", "DATABASES", "USERS", "CONFIG", "STATS", "STATS_TOTALS", "STATS_AVERAGES",
        "TOTALS", "LISTS", "MEM", "STATE", "FDS", "SOCKETS", "ACTIVE_SOCKETS", "VERSION",
    ]

    /// Upper case, one of `commands`.
    public var command: String
    public var conditions: [PoolerCondition]
    public var expectations: [PoolerCondition]

    public init(command: String, conditions: [PoolerCondition] = [], expectations: [PoolerCondition]) {
        self.command = command
        self.conditions = conditions
        self.expectations = expectations
    }

    /// What the app sends to the console.
    public var statement: String { "SHOW " + command }

    /// Whether the rows of `SHOW <command>` meet the probe, and if not, why (for the scorecard).
    public func verdict(columns: [String], rows: [[String?]]) -> (matches: Bool, reason: String) {
        for condition in conditions + expectations where !columns.contains(condition.column) {
            return (false, "SHOW \(command) has no column \(condition.column) (columns: \(columns.joined(separator: ", ")))")
        }
        func value(_ row: [String?], _ column: String) -> String? {
            guard let index = columns.firstIndex(of: column), index < row.count else { return nil }
            return row[index]
        }
        let selected = rows.filter { row in conditions.allSatisfy { $0.comparison.holds(value(row, $0.column)) } }
        let scope = conditions.isEmpty ? "" : " where " + conditions.map(\.description).joined(separator: " and ")
        guard !selected.isEmpty else { return (false, "SHOW \(command) has no row\(scope)") }
        for row in selected {
            for expectation in expectations where !expectation.comparison.holds(value(row, expectation.column)) {
                let shown = value(row, expectation.column) ?? "NULL"
                return (false, "SHOW \(command): \(expectation.column) is \(shown)\(scope) (expected \(expectation.comparison))")
            }
        }
        return (true, "SHOW \(command)\(scope): " + expectations.map(\.description).joined(separator: ", "))
    }
}

/// One condition on a console column: `cl_waiting: '0'`, `cl_waiting: '> 0'`.
public struct PoolerCondition: Sendable, Equatable, CustomStringConvertible {
    public var column: String
    public var comparison: PoolerComparison
    public init(column: String, comparison: PoolerComparison) {
        self.column = column
        self.comparison = comparison
    }
    public var description: String { "\(column) \(comparison.operatorText) \(comparison.operandText)" }
}

/// How a console value is compared: exact text (the default), `!= text`, or a number compared
/// with `>`, `>=`, `<`, `<=` (the console's counters are whole numbers shown as text).
public enum PoolerComparison: Sendable, Equatable, CustomStringConvertible {
    case equals(String)
    case notEquals(String)
    case greater(Int64)
    case greaterOrEqual(Int64)
    case less(Int64)
    case lessOrEqual(Int64)

    /// Reads `0`, `transaction`, `!= 4`, `> 0`, `<= 10`; nil for an operator without a whole
    /// number after it (`> many`).
    public static func parse(_ text: String) -> PoolerComparison? {
        let trimmed = spacesTrimmed(Substring(text))
        let numeric: [(String, (Int64) -> PoolerComparison)] = [
            (">=", { .greaterOrEqual($0) }), ("<=", { .lessOrEqual($0) }), (">", { .greater($0) }), ("<", { .less($0) }),
        ]
        if trimmed.hasPrefix("!=") {
            return .notEquals(spacesTrimmed(trimmed.dropFirst(2)))
        }
        for (symbol, make) in numeric where trimmed.hasPrefix(symbol) {
            guard let number = Int64(spacesTrimmed(trimmed.dropFirst(symbol.count))) else { return nil }
            return make(number)
        }
        return .equals(trimmed)
    }

    private static func spacesTrimmed(_ text: Substring) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// Whether a cell (nil: NULL, or no such cell) meets the comparison. A number comparison
    /// never holds for text that is not a whole number.
    public func holds(_ value: String?) -> Bool {
        let text = value ?? ""
        switch self {
        case .equals(let expected): return text == expected
        case .notEquals(let other): return text != other
        case .greater(let bound): return Int64(text).map { $0 > bound } ?? false
        case .greaterOrEqual(let bound): return Int64(text).map { $0 >= bound } ?? false
        case .less(let bound): return Int64(text).map { $0 < bound } ?? false
        case .lessOrEqual(let bound): return Int64(text).map { $0 <= bound } ?? false
        }
    }

    var operatorText: String {
        switch self {
        case .equals: return "="
        case .notEquals: return "!="
        case .greater: return ">"
        case .greaterOrEqual: return ">="
        case .less: return "<"
        case .lessOrEqual: return "<="
        }
    }

    var operandText: String {
        switch self {
        case .equals(let text), .notEquals(let text): return text
        case .greater(let n), .greaterOrEqual(let n), .less(let n), .lessOrEqual(let n): return String(n)
        }
    }

    public var description: String { operatorText == "=" ? operandText : "\(operatorText) \(operandText)" }
}
