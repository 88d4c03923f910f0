/// pg_hba.conf as lines, edited the way an administrator edits it: one numbered line inserted
/// or removed. Pure: the app reads and writes the file.
public struct HbaFile: Sendable, Equatable {
    public var lines: [String]

    public init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    public var text: String { lines.map { $0 + "\n" }.joined() }

    /// The record types pg_hba.conf knows (PostgreSQL 15). `include` directives are not
    /// records in 15 and are refused: an action edits rules, it does not read other files.
    public static let connectionTypes: Set<String> = ["local", "host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc"]

    /// Why `text` cannot be a pg_hba.conf rule line, or nil.
    public static func problem(withLine text: String) -> String? {
        if text.contains(where: { $0.isNewline || $0 == "\u{0}" }) { return "a pg_hba.conf rule is one line" }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = fields.first else { return "the line is empty" }
        guard connectionTypes.contains(first.lowercased()) else {
            return "a rule starts with its connection type (\(connectionTypes.sorted().joined(separator: ", "))), not \(first)"
        }
        let needed = first.lowercased() == "local" ? 4 : 5
        if fields.count < needed {
            return first.lowercased() == "local"
                ? "a local rule needs: local DATABASE USER METHOD" : "a \(first) rule needs: \(first) DATABASE USER ADDRESS METHOD"
        }
        return nil
    }

    /// Whether line `number` (1-based) is a rule (not blank, not a comment).
    public func isRule(_ number: Int) -> Bool {
        guard (1...lines.count).contains(number) else { return false }
        let trimmed = lines[number - 1].withoutSurroundingBlanks
        return !trimmed.isEmpty && !trimmed.hasPrefix("#")
    }

    /// Applies `edit`, or says why it cannot: a line number outside the file, a comment where a
    /// rule should be removed, a line that is no rule. Returns what was done, for the learner.
    public mutating func apply(_ edit: HbaEdit) -> Result<String, ActionProblem> {
        switch edit {
        case .insert(let number, let text):
            let text = text.withoutSurroundingBlanks
            if let problem = Self.problem(withLine: text) { return .failure(ActionProblem(problem)) }
            guard (1...(lines.count + 1)).contains(number) else {
                return .failure(
                    ActionProblem("line \(number) is outside pg_hba.conf (it has \(lines.count) lines; \(lines.count + 1) appends)"))
            }
            lines.insert(text, at: number - 1)
            return .success("inserted line \(number): \(text)")
        case .remove(let number):
            guard (1...max(1, lines.count)).contains(number), number <= lines.count else {
                return .failure(ActionProblem("line \(number) is outside pg_hba.conf (it has \(lines.count) lines)"))
            }
            guard isRule(number) else {
                return .failure(
                    ActionProblem(
                        "line \(number) is a comment or blank, not a rule (pg_hba_file_rules.line_number gives the rules' numbers)"))
            }
            let removed = lines.remove(at: number - 1)
            return .success("removed line \(number): \(removed.withoutSurroundingBlanks)")
        }
    }

    /// Puts `rules` above the first rule of the file, in order (a lesson's setup lines: they
    /// win over the template's general ones, as the first matching line decides).
    public mutating func prepend(_ rules: [String]) {
        let first = (1...max(1, lines.count)).first(where: isRule) ?? lines.count + 1
        lines.insert(contentsOf: rules, at: first - 1)
    }
}

/// Why an action cannot run as asked: one line that says what to do instead.
public struct ActionProblem: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) {
        self.message = message
    }
}

/// What the learner asked for with `\action ID ARGS`, checked against the action's kind.
public enum ActionRequest: Sendable, Equatable {
    case backup(databases: [String])
    case verifyBackup
    case hba(HbaEdit)
    /// `fence`, `rebuild_standby` and `rewind`: what to do is fixed by the lesson.
    case fixed
    /// `restore`: which backup (nil: the newest) and where recovery stops (nil: the lesson's).
    case restore(backup: String?, target: RecoveryTarget?)
    /// `pooler_set`: one allowed setting and its new value, checked against its range.
    case poolerSet(PoolerSetting, value: Int)

    /// Reads the arguments after the id. The hba line is the rest of the input after the line
    /// number, surrounding quotes removed.
    public static func parse(_ arguments: String, for action: LessonAction) -> Result<ActionRequest, ActionProblem> {
        let words = arguments.split(whereSeparator: \.isWhitespace).map(String.init)
        switch action.kind {
        case .backup:
            for word in words where !isDatabaseName(word) {
                return .failure(ActionProblem("\(word) is not a database name; usage: \(action.usage)"))
            }
            return .success(.backup(databases: words))
        case .verifyBackup:
            if !words.isEmpty { return .failure(ActionProblem("\(action.id) takes no arguments; usage: \(action.usage)")) }
            return .success(.verifyBackup)
        case .restore:
            var backup: String?
            var target: RecoveryTarget?
            for word in words {
                if let equals = word.firstIndex(of: "="), let kind = RecoveryTarget.Kind(rawValue: String(word[..<equals])) {
                    let value = String(word[word.index(after: equals)...])
                    if let problem = RecoveryTarget.problem(kind, value) { return .failure(ActionProblem(problem)) }
                    if target != nil { return .failure(ActionProblem("one recovery target at most; usage: \(action.usage)")) }
                    target = RecoveryTarget(kind: kind, value: value)
                } else if backup == nil, !word.contains("/"), !word.hasPrefix("."), !word.contains("=") {
                    backup = word
                } else {
                    return .failure(ActionProblem("\(word) is neither a backup name nor a target; usage: \(action.usage)"))
                }
            }
            return .success(.restore(backup: backup, target: target))
        case .poolerSet(let set):
            guard words.count == 2 else { return .failure(ActionProblem("give a setting and its new value; usage: \(action.usage)")) }
            guard let setting = set.settings.first(where: { $0.name == words[0] }) else {
                return .failure(
                    ActionProblem(
                        "\(action.id) does not change \(words[0]) (it changes \(set.settings.map(\.name).joined(separator: ", ")))"))
            }
            return setting.value(words[1]).map { .poolerSet(setting, value: $0) }
        case .fence, .rebuildStandby, .rewind:
            if !words.isEmpty { return .failure(ActionProblem("\(action.id) takes no arguments; usage: \(action.usage)")) }
            return .success(.fixed)
        case .hba(let hba):
            if let edit = hba.edit {
                if !words.isEmpty { return .failure(ActionProblem("\(action.id) makes a fixed edit and takes no arguments")) }
                return .success(.hba(edit))
            }
            guard words.count >= 2, let number = Int(words[1]), number > 0 else {
                return .failure(ActionProblem("usage: \(action.usage) (N: a line number from pg_hba_file_rules.line_number)"))
            }
            switch words[0].lowercased() {
            case "remove":
                if words.count > 2 { return .failure(ActionProblem("remove takes only the line number; usage: \(action.usage)")) }
                return .success(.hba(.remove(line: number)))
            case "insert":
                guard words.count > 2 else {
                    return .failure(ActionProblem("insert needs the new line after its number; usage: \(action.usage)"))
                }
                var text = restAfter(words: 2, in: arguments)
                if text.count >= 2, let q = text.first, q == "'" || q == "\"", text.last == q {
                    text = String(text.dropFirst().dropLast())
                }
                return .success(.hba(.insert(line: number, text: text)))
            default:
                return .failure(ActionProblem("\(words[0]) is not an edit; usage: \(action.usage)"))
            }
        }
    }

    /// The text after the first `count` words, as typed.
    public static func restAfter(words count: Int, in text: String) -> String {
        var rest = Substring(text)
        for _ in 0..<count {
            rest = rest.drop(while: \.isWhitespace)
            rest = rest.drop(while: { !$0.isWhitespace })
        }
        return rest.withoutSurroundingBlanks
    }

    /// A database name as a learner types one unquoted (no quotes, no spaces, no options).
    static func isDatabaseName(_ word: String) -> Bool {
        !word.isEmpty && word.count < 64 && !word.hasPrefix("-")
            && word.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var withoutSurroundingBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
