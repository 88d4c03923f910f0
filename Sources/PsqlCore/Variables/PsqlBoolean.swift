/// psql's `ParseVariableBool`: `true`, `false`, `yes`, `no` and unique prefixes of them, `on`,
/// `off` (at least two letters), `1`, `0`, all case-insensitive. Used by `\if`, `\pset`,
/// its shortcuts and the boolean special variables, so `\if t` and `\set ON_ERROR_STOP y` read as psql reads them.
public enum PsqlBoolean {
    /// The value, or nil when `text` is not a boolean psql accepts.
    public static func parse(_ text: String) -> Bool? {
        let value = text.lowercased()
        let length = value.count
        func isPrefix(of word: String, minimum: Int = 1) -> Bool {
            length >= minimum && length <= word.count && word.hasPrefix(value)
        }
        if isPrefix(of: "true") { return true }
        if isPrefix(of: "false") { return false }
        if isPrefix(of: "yes") { return true }
        if isPrefix(of: "no") { return false }
        // "o" alone is not unique enough.
        if isPrefix(of: "on", minimum: 2) { return true }
        if isPrefix(of: "off", minimum: 2) { return false }
        if value == "1" { return true }
        if value == "0" { return false }
        return nil
    }

    /// psql's message for a value that is not a boolean.
    public static func error(value: String, name: String) -> String {
        "unrecognized value \"\(value)\" for \"\(name)\": Boolean expected"
    }
}
