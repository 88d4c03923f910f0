/// Quoting of text as an SQL string literal.
enum SQLLiteral {
    /// `text` as a literal that reads back identically whatever `standard_conforming_strings` says:
    /// plain `'...'` when there is no backslash, otherwise the escape form `E'...'` with backslashes
    /// doubled. Quotes are doubled in both.
    static func quoted(_ text: String) -> String {
        let hasBackslash = text.contains("\\")
        var literal = hasBackslash ? "E'" : "'"
        for character in text {
            switch character {
            case "'": literal += "''"
            case "\\": literal += "\\\\"
            default: literal.append(character)
            }
        }
        return literal + "'"
    }
}
