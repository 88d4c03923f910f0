/// Where psql's SQL lexer stands between two bytes: its flex start condition, plus the data that
/// condition carries (`xcdepth`, `dolqstart`, `state_before_str_stop`). It survives line ends,
/// which is how a quote or comment opened on one line stays open on the next.
enum LexerState: Sendable, Equatable {
    /// Plain SQL (flex `INITIAL`).
    case initial
    /// Just after a string literal's closing quote (flex `xqs`). SQL continues a literal across
    /// whitespace that contains a newline, so psql looks ahead before returning to plain SQL.
    case afterStringLiteral(StringLiteralKind)
    /// Inside `'…'`, `E'…'`, `B'…'`, `X'…'` or `U&'…'`.
    case stringLiteral(StringLiteralKind)
    /// Inside `"…"` or `U&"…"`.
    case quotedIdentifier
    /// Inside a dollar-quoted string; `tag` is the full opening delimiter, e.g. `$fn$`.
    case dollarQuoted(tag: [UInt8])
    /// Inside a `/* */` comment; `depth` counts the nested openers still unclosed beyond the first.
    case blockComment(depth: Int)

    /// psql's `psql_scan_in_quote`: empty input lines are kept (as a newline) only in these states.
    var isInsideQuoteOrComment: Bool {
        switch self {
        case .initial, .afterStringLiteral: return false
        case .stringLiteral, .quotedIdentifier, .dollarQuoted, .blockComment: return true
        }
    }
}

/// The string-literal flavours that lex differently.
enum StringLiteralKind: Sendable, Equatable {
    /// `'…'` with standard_conforming_strings on, and `U&'…'`: only `''` is special.
    case standard
    /// `E'…'` (or `'…'` with standard_conforming_strings off): a backslash escapes the next byte.
    case escaped
    /// `B'…'` and `X'…'`: nothing is special; `''` ends this literal and starts a plain one.
    case bitString
}
