/// A backslash command as psql lexes it.
public struct MetaCommand: Sendable, Equatable {
    /// The name without the backslash, up to whitespace or the next backslash: `d`, `dt+`,
    /// `x`, `hint`. Empty for a bare `\` (psql: "invalid command \").
    public var name: String
    /// Whitespace-separated arguments, up to the end of the line or the next unquoted backslash.
    /// `'…'` is decoded as psql does (`''`, `\n`, `\t`, octal, hex, `\x` meaning `x`); `"…"`
    /// loses its quotes (`""` inside stands for `"`); unquoted trailing semicolons are dropped
    /// (`\d users;` names `users`). For `\!`, `\copy`, `\h`, `\help`, `\ef`, `\ev`, `\sf`, `\sv`
    /// the single argument is the rest of the line as typed, and for `\g`, `\gx`, `\o`, `\w` a
    /// first argument starting with `|` is too. Psql variables (`:name`) are not substituted.
    public var arguments: [String]
    /// The argument text as typed, trimmed.
    public var rawArguments: String
    /// The line ended inside a quoted argument. psql then prints "unterminated quoted string",
    /// drops that argument, and ignores the rest of the line.
    public var hasUnterminatedQuote: Bool

    /// Creates a command; `arguments` and `rawArguments` default to none.
    public init(
        name: String, arguments: [String] = [], rawArguments: String = "",
        hasUnterminatedQuote: Bool = false
    ) {
        self.name = name
        self.arguments = arguments
        self.rawArguments = rawArguments
        self.hasUnterminatedQuote = hasUnterminatedQuote
    }

    /// psql's `OT_SQLIDHACK` reading of an argument (`\c`'s): double quotes removed (`""`
    /// inside meaning `"`), case kept. Also says whether any part was quoted.
    public static func dequoted(_ argument: String) -> (value: String, wasQuoted: Bool) {
        var value = ""
        var inQuotes = false
        var wasQuoted = false
        var previousWasClosingQuote = false
        for ch in argument {
            if ch == "\"" {
                wasQuoted = true
                if inQuotes {
                    inQuotes = false
                    previousWasClosingQuote = true
                    continue
                }
                if previousWasClosingQuote { value.append("\"") }
                inQuotes = true
                previousWasClosingQuote = false
                continue
            }
            previousWasClosingQuote = false
            value.append(ch)
        }
        return (value, wasQuoted)
    }
}
