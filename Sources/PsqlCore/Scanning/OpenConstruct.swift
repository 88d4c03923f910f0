/// What is still open at the end of the query buffer: psql's prompt status, shown by `%R`.
public enum OpenConstruct: Sendable, Equatable {
    /// Buffer empty: psql's PROMPT_READY (`=`).
    case none
    /// Text pending, nothing open (or inside a `BEGIN ATOMIC` body): PROMPT_CONTINUE (`-`).
    case continuation
    /// Inside `'…'`, `E'…'`, `B'…'`, `X'…'` or `U&'…'` (`'`).
    case singleQuote
    /// Inside `"…"` (`"`).
    case doubleQuote
    /// Inside `$tag$…$tag$` (`$`).
    case dollarQuote
    /// Inside `/* … */` (`*`).
    case blockComment
    /// Inside unclosed parentheses (`(`).
    case parenthesis

    /// The character psql's %R prompt escape shows for this state.
    public var promptCharacter: Character {
        switch self {
        case .none: return "="
        case .continuation: return "-"
        case .singleQuote: return "'"
        case .doubleQuote: return "\""
        case .dollarQuote: return "$"
        case .blockComment: return "*"
        case .parenthesis: return "("
        }
    }
}
