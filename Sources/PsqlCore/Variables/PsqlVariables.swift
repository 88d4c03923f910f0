/// psql's variable space: `\set`, `\unset`, `:name`, and the special variables whose values
/// change how psql behaves. Pure: the REPL reads the typed settings (`onErrorStop`, `echo`, …)
/// after each change.
///
/// Like psql, variables are kept sorted by name (what `\set` lists), special variables have
/// hooks: unsetting a boolean one sets it `off`, `\set QUIET` with no value means `on`, and a
/// value the hook rejects leaves the old value with psql's message.
public struct PsqlVariables: Sendable, Equatable {
    /// What `ECHO` asks for.
    public enum Echo: String, Sendable { case none, errors, queries, all }

    private(set) var values: [String: String] = [:]

    public private(set) var autocommit = true
    public private(set) var onErrorStop = false
    public private(set) var quiet = false
    public private(set) var singleStep = false
    public private(set) var singleLine = false
    public private(set) var fetchCount = 0
    public private(set) var echo = Echo.none
    public private(set) var echoHidden = false
    public private(set) var showAllResults = true
    public private(set) var verbosity = "default"
    public private(set) var showContext = "errors"

    /// The variables psql defines before reading input, except the connection ones (`DBNAME`,
    /// `USER`, …), which `setConnection` fills.
    public init() {
        for (name, value) in Self.startupValues { values[name] = value }
    }

    static let startupValues: [(String, String)] = [
        ("AUTOCOMMIT", "on"), ("COMP_KEYWORD_CASE", "preserve-upper"), ("ECHO", "none"), ("ECHO_HIDDEN", "off"),
        ("FETCH_COUNT", "0"), ("HIDE_TABLEAM", "off"), ("HIDE_TOAST_COMPRESSION", "off"), ("HISTCONTROL", "none"),
        ("HISTSIZE", "500"), ("IGNOREEOF", "0"), ("ON_ERROR_ROLLBACK", "off"), ("ON_ERROR_STOP", "off"),
        ("PROMPT1", "%/%R%x%# "), ("PROMPT2", "%/%R%x%# "), ("PROMPT3", ">> "), ("QUIET", "off"),
        ("SHOW_ALL_RESULTS", "on"), ("SHOW_CONTEXT", "errors"), ("SINGLELINE", "off"), ("SINGLESTEP", "off"),
        ("VERBOSITY", "default"), ("LAST_ERROR_MESSAGE", ""), ("LAST_ERROR_SQLSTATE", "00000"),
    ]

    /// Boolean variables: `\unset` means off, an empty value means on.
    static let booleanNames: Set<String> = [
        "AUTOCOMMIT", "ON_ERROR_STOP", "QUIET", "SINGLELINE", "SINGLESTEP", "ECHO_HIDDEN", "ON_ERROR_ROLLBACK",
        "SHOW_ALL_RESULTS", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM",
    ]

    /// What `\unset` leaves in the other special variables.
    static let unsetDefaults: [String: String] = [
        "FETCH_COUNT": "0", "HISTSIZE": "500", "IGNOREEOF": "0", "ECHO": "none", "COMP_KEYWORD_CASE": "preserve-upper",
        "HISTCONTROL": "none", "VERBOSITY": "default", "SHOW_CONTEXT": "errors",
    ]

    /// The value of `name`, or nil when it is not set.
    public subscript(name: String) -> String? { values[name] }

    /// Every set variable in psql's order (by name, byte order), for `\set` without arguments.
    public var listing: [(name: String, value: String)] {
        values.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { ($0, values[$0]!) }
    }

    /// psql's `valid_variable_name`: letters, digits, underscores and non-ASCII bytes.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy(SQLByteClass.isTagOrVariableCharacter)
    }

    /// Sets (or, with nil, unsets) a variable through its hooks. Returns psql's error message
    /// when the name or value is refused (the old value stays).
    @discardableResult
    public mutating func set(_ name: String, _ value: String?) -> String? {
        guard Self.isValidName(name) else {
            return value == nil ? nil : "invalid variable name: \"\(name)\""
        }
        var newValue = value
        if Self.booleanNames.contains(name) {
            if newValue == nil { newValue = "off" } else if newValue == "" { newValue = "on" }
        } else if newValue == nil, let fallback = Self.unsetDefaults[name] {
            newValue = fallback
        }
        if name == "IGNOREEOF", let v = newValue, Int(v) == nil { newValue = "10" }
        if let newValue, let error = assign(name, newValue) { return error }
        values[name] = newValue
        return nil
    }

    /// The assign hooks: parse the value into the typed setting, or refuse it.
    private mutating func assign(_ name: String, _ value: String) -> String? {
        func boolean(_ apply: (inout PsqlVariables, Bool) -> Void) -> String? {
            guard let parsed = PsqlBoolean.parse(value) else { return PsqlBoolean.error(value: value, name: name) }
            apply(&self, parsed)
            return nil
        }
        func choice(_ options: [String], _ apply: (inout PsqlVariables, String) -> Void) -> String? {
            guard options.contains(value.lowercased()) else {
                return "unrecognized value \"\(value)\" for \"\(name)\"\nAvailable values are: \(options.joined(separator: ", "))."
            }
            apply(&self, value.lowercased())
            return nil
        }
        switch name {
        case "AUTOCOMMIT": return boolean { $0.autocommit = $1 }
        case "ON_ERROR_STOP": return boolean { $0.onErrorStop = $1 }
        case "QUIET": return boolean { $0.quiet = $1 }
        case "SINGLELINE": return boolean { $0.singleLine = $1 }
        case "SINGLESTEP": return boolean { $0.singleStep = $1 }
        case "ECHO_HIDDEN": return boolean { $0.echoHidden = $1 }
        case "SHOW_ALL_RESULTS": return boolean { $0.showAllResults = $1 }
        case "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM": return boolean { _, _ in }
        case "ON_ERROR_ROLLBACK":
            // psql accepts a boolean or "interactive" here.
            if value.lowercased() == "interactive" { return nil }
            return PsqlBoolean.parse(value) == nil
                ? "unrecognized value \"\(value)\" for \"ON_ERROR_ROLLBACK\"\nAvailable values are: on, off, interactive." : nil
        case "FETCH_COUNT", "HISTSIZE", "IGNOREEOF":
            guard let number = Self.parseInteger(value) else {
                return "invalid value \"\(value)\" for \"\(name)\": integer expected"
            }
            if name == "FETCH_COUNT" { fetchCount = number }
            return nil
        case "ECHO": return choice(["none", "errors", "queries", "all"]) { $0.echo = Echo(rawValue: $1) ?? .none }
        case "VERBOSITY": return choice(["default", "verbose", "terse", "sqlstate"]) { $0.verbosity = $1 }
        case "SHOW_CONTEXT": return choice(["never", "errors", "always"]) { $0.showContext = $1 }
        case "COMP_KEYWORD_CASE":
            return choice(["lower", "upper", "preserve-lower", "preserve-upper"]) { _, _ in }
        case "HISTCONTROL":
            return choice(["none", "ignorespace", "ignoredups", "ignoreboth"]) { _, _ in }
        default: return nil
        }
    }

    /// `strtol(value, 0)` accepting the whole string: decimal, `0x` hex, leading-zero octal, a sign.
    static func parseInteger(_ text: String) -> Int? {
        var digits = Substring(text.drop { $0 == " " || $0 == "\t" || $0 == "\n" })
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.lowercased().hasPrefix("0x") && digits.count > 2 {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0") && digits.count > 1 {
            radix = 8
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, let magnitude = Int32(digits, radix: radix) else {
            if let wide = Int64(digits, radix: radix), wide == Int64(Int32.min).magnitude, negative { return Int(Int32.min) }
            return nil
        }
        return negative ? -Int(magnitude) : Int(magnitude)
    }
}
