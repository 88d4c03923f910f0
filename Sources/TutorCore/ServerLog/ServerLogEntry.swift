import PsqlCore

/// One message of the server log as the learner reads it with `\log`: the primary line and
/// what PostgreSQL wrote after it for the same message (DETAIL, HINT, CONTEXT, STATEMENT…).
public struct ServerLogEntry: Sendable, Equatable {
    /// The `%m` timestamp (`2026-12-01 15:06:19.123 UTC`); empty for a line without the prefix.
    public var time: String
    public var level: String
    public var message: String
    /// DETAIL text, then the other secondary fields each on its own line (`HINT:  …`).
    public var detail: String

    public init(time: String, level: String, message: String, detail: String = "") {
        self.time = time
        self.level = level
        self.message = message
        self.detail = detail
    }

    /// The row `\log` shows.
    public var row: [String?] { [time, level, message, detail] }
    public static let columns = ["time", "level", "message", "detail"]

    /// Severities that start a message; the rest continue the one before it.
    static let secondary: Set<String> = ["DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION"]

    /// Parses log text written with pgcoach's (and PostgreSQL's default) `log_line_prefix`,
    /// `%m [%p] `. Lines that do not carry the prefix (a lesson that changed it, output of a
    /// program the server ran) become entries of their own with only a message; tab-indented
    /// lines continue the field before them.
    public static func parse(_ text: String) -> [ServerLogEntry] {
        var entries: [ServerLogEntry] = []
        var lastField = ""  // "message" or "detail": where a continuation line goes
        var lastPID = ""
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(rawLine)
            if line.hasPrefix("\t"), !entries.isEmpty {
                let continuation = String(line.dropFirst())
                if lastField == "detail" {
                    entries[entries.count - 1].detail += "\n" + continuation
                } else {
                    entries[entries.count - 1].message += "\n" + continuation
                }
                continue
            }
            guard let parsed = prefixed(line) else {
                entries.append(ServerLogEntry(time: "", level: "", message: line))
                lastField = "message"
                lastPID = ""
                continue
            }
            if secondary.contains(parsed.level), !entries.isEmpty, parsed.pid == lastPID {
                var entry = entries[entries.count - 1]
                let part = parsed.level == "DETAIL" ? parsed.text : "\(parsed.level):  \(parsed.text)"
                entry.detail += entry.detail.isEmpty ? part : "\n" + part
                entries[entries.count - 1] = entry
                lastField = "detail"
                continue
            }
            entries.append(ServerLogEntry(time: parsed.time, level: parsed.level, message: parsed.text))
            lastField = "message"
            lastPID = parsed.pid
        }
        return entries
    }

    /// `2026-12-01 15:06:19.123 UTC [4242] LOG:  text` → its parts.
    static func prefixed(_ line: String) -> (time: String, pid: String, level: String, text: String)? {
        guard let open = line.firstIndex(of: "["), open > line.startIndex,
            line[line.index(before: open)] == " ",
            let close = line[open...].firstIndex(of: "]")
        else { return nil }
        let time = String(line[..<line.index(before: open)])
        let pid = String(line[line.index(after: open)..<close])
        guard !pid.isEmpty, pid.allSatisfy(\.isNumber), time.first?.isNumber == true, time.count >= 19 else { return nil }
        let rest = line[line.index(after: close)...].drop { $0 == " " }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let level = String(rest[..<colon])
        guard !level.isEmpty, level.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return nil }
        let text = rest[rest.index(after: colon)...].drop { $0 == " " }
        return (time, pid, level, String(text))
    }
}

/// `\log [N] [REGEX]`: how many of the newest entries, and which.
public struct ServerLogQuery: Sendable, Equatable {
    public static let defaultCount = 20
    public static let maximumCount = 1000
    public var count: Int
    /// Case-insensitive; matched against level, message and detail.
    public var pattern: String?

    public init(count: Int = ServerLogQuery.defaultCount, pattern: String? = nil) {
        self.count = count
        self.pattern = pattern
    }

    /// Reads the arguments as typed (`\log 50 deadlock`, `\log deadlock detected`); an error
    /// text says what is wrong.
    public static func parse(_ raw: String) -> Result<ServerLogQuery, ServerLogQueryError> {
        var rest = Substring(raw.trimmingWhitespace())
        var query = ServerLogQuery()
        if let first = rest.split(separator: " ", maxSplits: 1).first, first.allSatisfy(\.isNumber) {
            guard let n = Int(first), (1...maximumCount).contains(n) else {
                return .failure(ServerLogQueryError(message: "the number of entries must be between 1 and \(maximumCount)"))
            }
            query.count = n
            rest = rest.dropFirst(first.count).drop { $0 == " " }
        }
        if !rest.isEmpty {
            let pattern = String(rest)
            guard PatternBox.isValid(pattern) else {
                return .failure(ServerLogQueryError(message: "invalid regular expression: \(pattern)"))
            }
            query.pattern = pattern
        }
        return .success(query)
    }

    /// The newest `count` entries that match, oldest first (like the end of the file).
    public func select(_ entries: [ServerLogEntry]) -> [ServerLogEntry] {
        guard let pattern else { return Array(entries.suffix(count)) }
        let box = PatternBox(pattern)
        return Array(entries.filter { box.matches($0.level) || box.matches($0.message) || box.matches($0.detail) }.suffix(count))
    }
}

public struct ServerLogQueryError: Error, Sendable, Equatable {
    public var message: String
    public init(message: String) {
        self.message = message
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}
