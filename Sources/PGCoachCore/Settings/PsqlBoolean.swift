/// psql's reading of a boolean option value (`ParseVariableBool`): any prefix of `true`,
/// `false`, `yes`, `no`; `on` and `off` (at least two letters, `o` alone is ambiguous); `1`, `0`.
/// Case does not matter.
public enum PsqlBoolean {
    /// The value, or `nil` when it is not a boolean.
    public static func parse(_ value: String) -> Bool? {
        let text = value.lowercased()
        let length = text.count
        func isPrefix(of word: String, minimum: Int = 1) -> Bool {
            length >= minimum && length <= word.count && word.hasPrefix(text)
        }
        if isPrefix(of: "true") { return true }
        if isPrefix(of: "false") { return false }
        if isPrefix(of: "yes") { return true }
        if isPrefix(of: "no") { return false }
        if isPrefix(of: "on", minimum: 2) { return true }
        if isPrefix(of: "off", minimum: 2) { return false }
        if text == "1" { return true }
        if text == "0" { return false }
        return nil
    }
}
