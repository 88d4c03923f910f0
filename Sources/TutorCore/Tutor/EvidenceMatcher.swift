import PsqlCore

/// Decides whether an input the learner ran, and what it showed, proves a milestone.
///
/// Only the learner's own inputs reach it (the tutor's checker and workload connections never
/// produce `ExecutionRecord`s), so a milestone is never met by pgcoach's own queries.
public struct EvidenceMatcher: Sendable {
    /// Compiled patterns, by source text. Invalid patterns never match (the loader rejects them first).
    private let patterns: [String: PatternBox]

    public init(lesson: Lesson) {
        var patterns: [String: PatternBox] = [:]
        for milestone in lesson.milestones {
            for rule in milestone.evidence {
                for text in rule.patterns {
                    patterns[text] = PatternBox(text)
                }
            }
        }
        self.patterns = patterns
    }

    /// True when `record` satisfies every condition of `rule`.
    public func matches(_ rule: EvidenceRule, _ record: ExecutionRecord) -> Bool {
        if !rule.databases.isEmpty && !rule.databases.contains(record.database) { return false }
        if let server = rule.server, DatabaseLocation(key: record.database).server != server { return false }
        if !rule.metaCommand.isEmpty {
            guard record.kind == .metaCommand, let name = Self.metaCommandName(record.input),
                rule.metaCommand.contains(name)
            else { return false }
        }
        if let input = rule.input, !matches(input, record.input) { return false }
        if let notice = rule.notice {
            let seen = record.notices.contains { matches(notice, $0.message) || $0.detail.map { matches(notice, $0) } == true }
            if !seen { return false }
        }
        let wantsError = rule.errorSQLState != nil || rule.error != nil
        if wantsError {
            guard let error = record.error else { return false }
            if let state = rule.errorSQLState, error.sqlState != state { return false }
            if let text = rule.error, !matches(text, error.message) { return false }
        } else if rule.cell != nil || rule.column != nil || !rule.row.isEmpty {
            // Evidence has to be something the learner was shown, not a failed statement.
            guard record.error == nil || !record.results.isEmpty else { return false }
        } else if record.error != nil && record.results.isEmpty && rule.notice == nil {
            return false
        }
        if let column = rule.column {
            guard record.results.contains(where: { $0.columns.contains { matches(column, $0) } }) else { return false }
        }
        if let cell = rule.cell {
            let seen = record.results.contains { result in
                result.rows.contains { row in row.contains { value in value.map { matches(cell, $0) } ?? false } }
            }
            if !seen { return false }
        }
        if !rule.row.isEmpty {
            let seen = record.results.contains { result in
                result.rows.contains { row in
                    rule.row.allSatisfy { condition in
                        row.indices.contains { i in
                            guard i < result.columns.count else { return false }
                            if let column = condition.column, !matches(column, result.columns[i]) { return false }
                            return matches(condition.cell, row[i] ?? "")
                        }
                    }
                }
            }
            if !seen { return false }
        }
        return true
    }

    private func matches(_ pattern: String, _ text: String) -> Bool {
        (patterns[pattern] ?? PatternBox(pattern)).matches(text)
    }

    /// Whether `pattern` is a regular expression the matcher can use (lesson validation).
    public static func isValidPattern(_ pattern: String) -> Bool {
        PatternBox.isValid(pattern)
    }

    /// `\d+ orders` → `d+`.
    public static func metaCommandName(_ input: String) -> String? {
        guard input.hasPrefix("\\") else { return nil }
        return input.dropFirst().split(separator: " ", maxSplits: 1).first.map(String.init)
    }
}

/// A case-insensitive regular expression that is safe to share (compiled on use).
struct PatternBox: @unchecked Sendable {
    // Regex is not Sendable; it is immutable once built and only read here.
    private let regex: Regex<AnyRegexOutput>?

    init(_ pattern: String) {
        regex = (try? Regex(pattern))?.ignoresCase()
    }

    /// Whether the pattern compiles.
    static func isValid(_ pattern: String) -> Bool {
        (try? Regex(pattern)) != nil
    }

    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return (try? regex.firstMatch(in: text)) != nil
    }
}
