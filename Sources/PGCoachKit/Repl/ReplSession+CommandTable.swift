import PGCoachCore

/// The psql commands pgcoach runs, one entry each: names, what `\?` says, handler.
/// To add a command, add its entry here (and drop nothing elsewhere: `\?`, Tab completion and
/// dispatch read this table; psql commands missing from it are declined in one line).
extension ReplSession {
    static let psqlCommands: [MetaCommandEntry] = [
        // General
        MetaCommandEntry(["q", "quit"], "\\q", "quit (asks first when a transaction is open)", group: .general, maxArguments: 0) { s, _ in
            s.quit()
        },
        MetaCommandEntry(["?"], "\\?", "this help", group: .general, maxArguments: 1) { s, _ in
            s.output.write(s.registry.helpText)
        },
        MetaCommandEntry(["errverbose"], "\\errverbose", "show the last error in full (SQLSTATE, context, source)", group: .general, maxArguments: 0) { s, _ in
            s.showLastErrorVerbose()
        },
        MetaCommandEntry(["g"], "\\g [(OPTIONS)] [FILE]", "send the query buffer, or the previous query (or end it with ;)", group: .general) { s, c in
            s.sendBuffer(c, expanded: false)
        },
        MetaCommandEntry(["gx"], "\\gx [(OPTIONS)] [FILE]", "the same, with expanded output", group: .general) { s, c in
            s.sendBuffer(c, expanded: true)
        },
        MetaCommandEntry(["gset"], "\\gset [PREFIX]", "send the query buffer, store the row's values in variables", group: .general, maxArguments: 1) { s, c in
            s.sendBufferStoringVariables(prefix: c.arguments.first)
        },
        MetaCommandEntry(["gexec"], "\\gexec", "send the query buffer, then run each value of its result", group: .general, maxArguments: 0) { s, _ in
            s.sendBufferExecutingResult()
        },
        MetaCommandEntry(["gdesc"], "\\gdesc", "describe the result of the query buffer without running it", group: .general, maxArguments: 0) { s, _ in
            s.describeBuffer()
        },
        MetaCommandEntry(["watch"], "\\watch [SEC]", "run the query again every SEC seconds", group: .general, maxArguments: 1) { s, c in
            s.watch(c)
        },
        // Query buffer
        MetaCommandEntry(["p", "print"], "\\p", "show the query buffer", group: .queryBuffer, maxArguments: 0) { s, _ in
            let text = s.scanner.isBufferEmpty ? s.scanner.previousBuffer : s.scanner.buffer
            s.output.line(text.isEmpty ? "Query buffer is empty." : text)
        },
        MetaCommandEntry(["r", "reset"], "\\r", "clear the query buffer", group: .queryBuffer, maxArguments: 0) { s, _ in
            s.scanner.resetBuffer()
            if !s.variables.quiet { s.output.line("Query buffer reset (cleared).") }
        },
        // Input/Output
        MetaCommandEntry(["echo"], "\\echo [-n] [STRING]", "write STRING to standard output (-n: no newline)", group: .inputOutput) { s, c in
            s.echo(c, to: .standardOutput)
        },
        MetaCommandEntry(["i", "include"], "\\i FILE", "execute commands from FILE", group: .inputOutput, maxArguments: 1) { s, c in
            s.include(c, relative: false)
        },
        MetaCommandEntry(["ir", "include_relative"], "\\ir FILE", "as \\i, relative to the current script", group: .inputOutput, maxArguments: 1) { s, c in
            s.include(c, relative: true)
        },
        MetaCommandEntry(["o", "out"], "\\o [FILE]", "send query results to FILE or |pipe (none: back to stdout)", group: .inputOutput, maxArguments: 1) { s, c in
            s.redirectQueryOutput(c.arguments.first)
        },
        MetaCommandEntry(["qecho"], "\\qecho [-n] [STRING]", "write STRING to the query output stream (see \\o)", group: .inputOutput) { s, c in
            s.echo(c, to: .queryOutput)
        },
        MetaCommandEntry(["warn"], "\\warn [-n] [STRING]", "write STRING to standard error", group: .inputOutput) { s, c in
            s.echo(c, to: .standardError)
        },
        // Conditional
        MetaCommandEntry(["if"], "\\if EXPR", "begin conditional block", group: .conditional) { s, c in s.beginIf(c) },
        MetaCommandEntry(["elif"], "\\elif EXPR", "alternative within current conditional block", group: .conditional) { s, c in
            s.elseIf(c)
        },
        MetaCommandEntry(["else"], "\\else", "final alternative within current conditional block", group: .conditional, maxArguments: 0) { s, _ in
            s.elseBranch()
        },
        MetaCommandEntry(["endif"], "\\endif", "end conditional block", group: .conditional, maxArguments: 0) { s, _ in s.endIf() },
        // Informational
        MetaCommandEntry(["d"], "\\d[S+] [NAME]", "describe a table, view, sequence or index (or list relations)", group: .informational, modifiers: "S+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dt"], "\\dt[S+] [PATTERN]", "list tables (\\di indexes, \\dv views, \\dm, \\ds, \\dE; combinable)", group: .informational, modifiers: "S+tvmisE") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["di"], "\\di[S+] [PATTERN]", "list indexes", group: .informational, modifiers: "S+tvmsE") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dv"], "\\dv[S+] [PATTERN]", "list views", group: .informational, modifiers: "S+timsE") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dm"], "\\dm[S+] [PATTERN]", "list materialized views", group: .informational, modifiers: "S+tvisE") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["ds"], "\\ds[S+] [PATTERN]", "list sequences", group: .informational, modifiers: "S+tvmiE") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dE"], "\\dE[S+] [PATTERN]", "list foreign tables", group: .informational, modifiers: "S+tvmis") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["du"], "\\du[S+] [PATTERN]", "list roles", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dg"], "\\dg[S+] [PATTERN]", "list roles (same as \\du)", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dp"], "\\dp [PATTERN]", "list table, view and sequence access privileges", group: .informational) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["z"], "\\z [PATTERN]", "same as \\dp", group: .informational) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dn"], "\\dn[S+] [PATTERN]", "list schemas", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["l", "list"], "\\l[+] [PATTERN]", "list databases", group: .informational, modifiers: "+") { s, c in s.runDescribe(c) },
        // Formatting
        MetaCommandEntry(["x"], "\\x [on|off|auto]", "expanded output", group: .formatting, maxArguments: 1) { s, c in
            s.setExpanded(c.arguments.first)
        },
        MetaCommandEntry(["timing"], "\\timing [on|off]", "show how long each statement took", group: .formatting, maxArguments: 1) { s, c in
            s.setTiming(c.arguments.first)
        },
        // Connection
        MetaCommandEntry(["c", "connect"], "\\c [DB [USER [HOST [PORT]]]]", "connect to another database (- or nothing keeps the current one)", group: .connection, maxArguments: 4) { s, c in
            s.reconnect(c)
        },
        MetaCommandEntry(["conninfo"], "\\conninfo", "where you are connected", group: .connection, maxArguments: 0) { s, _ in
            s.printConnectionInfo()
        },
        // Operating system
        MetaCommandEntry(["cd"], "\\cd [DIR]", "change the current working directory", group: .operatingSystem, maxArguments: 1) { s, c in
            s.changeDirectory(c.arguments.first)
        },
        MetaCommandEntry(["getenv"], "\\getenv PSQLVAR ENVVAR", "fetch environment variable", group: .operatingSystem, maxArguments: 2) { s, c in
            s.getEnvironment(c)
        },
        MetaCommandEntry(["setenv"], "\\setenv NAME [VALUE]", "set or unset environment variable", group: .operatingSystem, maxArguments: 2) { s, c in
            s.setEnvironment(c)
        },
        MetaCommandEntry(["!"], "\\! [COMMAND]", "execute command in shell or start interactive shell", group: .operatingSystem) { s, c in
            s.shellEscape(c.arguments.first)
        },
        // Variables
        MetaCommandEntry(["set"], "\\set [NAME [VALUE]]", "set internal variable, or list all if no parameters", group: .variables) { s, c in
            s.setVariable(c)
        },
        MetaCommandEntry(["unset"], "\\unset NAME", "unset (delete) internal variable", group: .variables, maxArguments: 1) { s, c in
            s.unsetVariable(c)
        },
    ]
}
