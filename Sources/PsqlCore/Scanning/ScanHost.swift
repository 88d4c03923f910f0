/// What the scanner asks of the REPL while lexing, as psql's lexer calls back into psql:
/// variable values for `:name` and the output of `` `command` `` in meta-command arguments.
/// Without a host nothing is substituted (references stay as typed).
public protocol ScanHost {
    /// The value of psql variable `name`, or nil when it is unset.
    func variableValue(_ name: String) -> String?
    /// Runs a backtick command and returns its output minus one trailing newline; nil when it
    /// could not run (the host reports why).
    func backtickOutput(_ command: String) -> String?
    /// A warning psql prints while lexing (e.g. a recursive variable).
    func scanWarning(_ message: String)
    /// Whether the arguments of the command named `name` get substituted. psql skips it for
    /// an `\elif` whose block already took a branch: its expression is never evaluated, so
    /// its backticks never run.
    func substitutesArguments(of name: String) -> Bool
    /// How many arguments the command named `name` reads; psql reads any further ones only
    /// to warn about them, without substituting variables or running backticks. nil: all.
    func evaluatedArgumentCount(of name: String) -> Int?
}

extension ScanHost {
    public func substitutesArguments(of name: String) -> Bool { true }
    public func evaluatedArgumentCount(of name: String) -> Int? { nil }
}

/// psql's quoting of variable values for `:'name'` (`PQescapeLiteral`), `:"name"`
/// (`PQescapeIdentifier`) and `:'name'` inside backticks (a shell argument).
public enum VariableQuoting {
    /// `'…'` with quotes and backslashes doubled; ` E'…'` (leading space) when a backslash is
    /// present, as libpq writes it.
    public static func literal(_ value: String) -> String {
        var body = ""
        var hasBackslash = false
        for ch in value {
            if ch == "'" {
                body += "''"
            } else if ch == "\\" {
                body += "\\\\"
                hasBackslash = true
            } else {
                body.append(ch)
            }
        }
        return (hasBackslash ? " E'" : "'") + body + "'"
    }

    /// `"…"` with double quotes doubled.
    public static func identifier(_ value: String) -> String {
        "\"" + value.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }

    /// `'…'` for /bin/sh, a quote written as `'"'"'`.
    public static func shellArgument(_ value: String) -> String {
        "'" + value.map { $0 == "'" ? "'\"'\"'" : String($0) }.joined() + "'"
    }
}
