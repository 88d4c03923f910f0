import PsqlCore

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
        MetaCommandEntry(["crosstabview"], "\\crosstabview [COLUMNS]", "execute query and display result in crosstab", group: .general) {
            s, c in
            s.sendBufferAsCrosstab(c)
        },
        MetaCommandEntry(
            ["errverbose"], "\\errverbose", "show the last error in full (SQLSTATE, context, source)", group: .general, maxArguments: 0
        ) { s, _ in
            s.showLastErrorVerbose()
        },
        MetaCommandEntry(
            ["g"], "\\g [(OPTIONS)] [FILE]", "send the query buffer, or the previous query (or end it with ;)", group: .general
        ) { s, c in
            s.sendBuffer(c, expanded: false)
        },
        MetaCommandEntry(["gx"], "\\gx [(OPTIONS)] [FILE]", "the same, with expanded output", group: .general) { s, c in
            s.sendBuffer(c, expanded: true)
        },
        MetaCommandEntry(
            ["gset"], "\\gset [PREFIX]", "send the query buffer, store the row's values in variables", group: .general, maxArguments: 1
        ) { s, c in
            s.sendBufferStoringVariables(prefix: c.arguments.first)
        },
        MetaCommandEntry(["gexec"], "\\gexec", "send the query buffer, then run each value of its result", group: .general, maxArguments: 0)
        { s, _ in
            s.sendBufferExecutingResult()
        },
        MetaCommandEntry(
            ["gdesc"], "\\gdesc", "describe the result of the query buffer without running it", group: .general, maxArguments: 0
        ) { s, _ in
            s.describeBuffer()
        },
        MetaCommandEntry(["watch"], "\\watch [SEC]", "run the query again every SEC seconds", group: .general, maxArguments: 1) { s, c in
            s.watch(c)
        },
        // Query buffer
        MetaCommandEntry(
            ["e", "edit"], "\\e [FILE] [LINE]", "edit the query buffer (or file) with external editor", group: .queryBuffer, maxArguments: 2
        ) { s, c in
            s.editBuffer(c)
        },
        MetaCommandEntry(["ef"], "\\ef [FUNCNAME [LINE]]", "edit function definition with external editor", group: .queryBuffer) { s, c in
            s.editDefinition(c, isFunction: true)
        },
        MetaCommandEntry(["ev"], "\\ev [VIEWNAME [LINE]]", "edit view definition with external editor", group: .queryBuffer) { s, c in
            s.editDefinition(c, isFunction: false)
        },
        MetaCommandEntry(["s"], "\\s [FILE]", "display history or save it to file", group: .queryBuffer, maxArguments: 1) { s, c in
            s.showHistory(c)
        },
        MetaCommandEntry(["w", "write"], "\\w FILE", "write query buffer to file", group: .queryBuffer, maxArguments: 1) { s, c in
            s.writeBuffer(c)
        },
        MetaCommandEntry(["p", "print"], "\\p", "show the query buffer", group: .queryBuffer, maxArguments: 0) { s, _ in
            let text = s.scanner.isBufferEmpty ? s.scanner.previousBuffer : s.scanner.buffer
            s.output.line(text.isEmpty ? "Query buffer is empty." : text)
        },
        MetaCommandEntry(["r", "reset"], "\\r", "clear the query buffer", group: .queryBuffer, maxArguments: 0) { s, _ in
            s.scanner.resetBuffer()
            if !s.variables.quiet { s.output.line("Query buffer reset (cleared).") }
        },
        // Input/Output
        MetaCommandEntry(["copy"], "\\copy ...", "perform SQL COPY with data stream to the client host", group: .inputOutput) { s, c in
            s.runSlashCopy(c)
        },
        MetaCommandEntry(["echo"], "\\echo [-n] [STRING]", "write STRING to standard output (-n: no newline)", group: .inputOutput) {
            s, c in
            s.echo(c, to: .standardOutput)
        },
        MetaCommandEntry(["i", "include"], "\\i FILE", "execute commands from FILE", group: .inputOutput, maxArguments: 1) { s, c in
            s.include(c, relative: false)
        },
        MetaCommandEntry(
            ["ir", "include_relative"], "\\ir FILE", "as \\i, relative to the current script", group: .inputOutput, maxArguments: 1
        ) { s, c in
            s.include(c, relative: true)
        },
        MetaCommandEntry(
            ["o", "out"], "\\o [FILE]", "send query results to FILE or |pipe (none: back to stdout)", group: .inputOutput, maxArguments: 1
        ) { s, c in
            s.redirectQueryOutput(c.arguments.first)
        },
        MetaCommandEntry(["qecho"], "\\qecho [-n] [STRING]", "write STRING to the query output stream (see \\o)", group: .inputOutput) {
            s, c in
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
        MetaCommandEntry(["else"], "\\else", "final alternative within current conditional block", group: .conditional, maxArguments: 0) {
            s, _ in
            s.elseBranch()
        },
        MetaCommandEntry(["endif"], "\\endif", "end conditional block", group: .conditional, maxArguments: 0) { s, _ in s.endIf() },
        // Informational (psql 15's `\?` order and wording). The describe commands take psql's
        // lenient names too (`\dxfoo` is `\dx`): `DescribeCommand.handles` decides.
        MetaCommandEntry(
            ["d"], "\\d[S+] [NAME]", "describe a table, view, sequence or index (or list relations)", group: .informational, modifiers: "S+"
        ) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["da"], "\\da[S]  [PATTERN]", "list aggregates", group: .informational, modifiers: "S") { s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dA"], "\\dA[+]  [PATTERN]", "list access methods", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dAc"], "\\dAc[+] [AMPTRN [TYPEPTRN]]", "list operator classes", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dAf"], "\\dAf[+] [AMPTRN [TYPEPTRN]]", "list operator families", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(
            ["dAo"], "\\dAo[+] [AMPTRN [OPFPTRN]]", "list operators of operator families", group: .informational, modifiers: "+"
        ) { s, c in s.runDescribe(c) },
        MetaCommandEntry(
            ["dAp"], "\\dAp[+] [AMPTRN [OPFPTRN]]", "list support functions of operator families", group: .informational, modifiers: "+"
        ) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["db"], "\\db[+]  [PATTERN]", "list tablespaces", group: .informational, modifiers: "+") { s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dc"], "\\dc[S+] [PATTERN]", "list conversions", group: .informational, modifiers: "S+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dconfig"], "\\dconfig[+] [PATTERN]", "list configuration parameters", group: .informational, modifiers: "+") {
            s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dC"], "\\dC[+]  [PATTERN]", "list casts", group: .informational, modifiers: "+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(
            ["dd"], "\\dd[S]  [PATTERN]", "show object descriptions not displayed elsewhere", group: .informational, modifiers: "S"
        ) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dD"], "\\dD[S+] [PATTERN]", "list domains", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["ddp"], "\\ddp    [PATTERN]", "list default privileges", group: .informational) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dE"], "\\dE[S+] [PATTERN]", "list foreign tables", group: .informational, modifiers: "S+tvmis") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["des"], "\\des[+] [PATTERN]", "list foreign servers", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["det"], "\\det[+] [PATTERN]", "list foreign tables", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["deu"], "\\deu[+] [PATTERN]", "list user mappings", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dew"], "\\dew[+] [PATTERN]", "list foreign-data wrappers", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(
            ["df"], "\\df[anptw][S+] [FUNCPTRN [TYPEPTRN ...]]", "list [only agg/normal/procedure/trigger/window] functions",
            group: .informational, modifiers: "anptwS+"
        ) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dF"], "\\dF[+]  [PATTERN]", "list text search configurations", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dFd"], "\\dFd[+] [PATTERN]", "list text search dictionaries", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dFp"], "\\dFp[+] [PATTERN]", "list text search parsers", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dFt"], "\\dFt[+] [PATTERN]", "list text search templates", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dg"], "\\dg[S+] [PATTERN]", "list roles", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["di"], "\\di[S+] [PATTERN]", "list indexes", group: .informational, modifiers: "S+tvmsE") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dl"], "\\dl[+]", "list large objects, same as \\lo_list", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dL"], "\\dL[S+] [PATTERN]", "list procedural languages", group: .informational, modifiers: "S+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dm"], "\\dm[S+] [PATTERN]", "list materialized views", group: .informational, modifiers: "S+tvisE") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dn"], "\\dn[S+] [PATTERN]", "list schemas", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["do"], "\\do[S+] [OPPTRN [TYPEPTRN [TYPEPTRN]]]", "list operators", group: .informational, modifiers: "S+") {
            s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dO"], "\\dO[S+] [PATTERN]", "list collations", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dp"], "\\dp     [PATTERN]", "list table, view, and sequence access privileges", group: .informational) { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(
            ["dP"], "\\dP[itn+] [PATTERN]", "list [only index/table] partitioned relations [n=nested]", group: .informational,
            modifiers: "itn+"
        ) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["drds"], "\\drds [ROLEPTRN [DBPTRN]]", "list per-database role settings", group: .informational) { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dRp"], "\\dRp[+] [PATTERN]", "list replication publications", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dRs"], "\\dRs[+] [PATTERN]", "list replication subscriptions", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["ds"], "\\ds[S+] [PATTERN]", "list sequences", group: .informational, modifiers: "S+tvmiE") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dt"], "\\dt[S+] [PATTERN]", "list tables", group: .informational, modifiers: "S+tvmisE") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["dT"], "\\dT[S+] [PATTERN]", "list data types", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["du"], "\\du[S+] [PATTERN]", "list roles", group: .informational, modifiers: "S+") { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dv"], "\\dv[S+] [PATTERN]", "list views", group: .informational, modifiers: "S+timsE") { s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dx"], "\\dx[+]  [PATTERN]", "list extensions", group: .informational, modifiers: "+") { s, c in s.runDescribe(c)
        },
        MetaCommandEntry(["dX"], "\\dX     [PATTERN]", "list extended statistics", group: .informational) { s, c in s.runDescribe(c) },
        MetaCommandEntry(["dy"], "\\dy[+]  [PATTERN]", "list event triggers", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["l", "list"], "\\l[+]   [PATTERN]", "list databases", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["sf"], "\\sf[+]  FUNCNAME", "show a function's definition", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["sv"], "\\sv[+]  VIEWNAME", "show a view's definition", group: .informational, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["z"], "\\z      [PATTERN]", "same as \\dp", group: .informational) { s, c in s.runDescribe(c) },
        // Large Objects
        MetaCommandEntry(["lo_export"], "\\lo_export LOBOID FILE", "write large object to file", group: .largeObjects) { s, c in
            s.runLargeObjectExport(c)
        },
        MetaCommandEntry(["lo_import"], "\\lo_import FILE [COMMENT]", "read large object from file", group: .largeObjects) { s, c in
            s.runLargeObjectImport(c)
        },
        MetaCommandEntry(["lo_list"], "\\lo_list[+]", "list large objects", group: .largeObjects, modifiers: "+") { s, c in
            s.runDescribe(c)
        },
        MetaCommandEntry(["lo_unlink"], "\\lo_unlink LOBOID", "delete a large object", group: .largeObjects) { s, c in
            s.runLargeObjectUnlink(c)
        },
        // Formatting (the handlers warn about extra arguments themselves, as `\pset` does)
        MetaCommandEntry(["a"], "\\a", "toggle between unaligned and aligned output mode", group: .formatting) { s, c in
            s.toggleUnaligned(c)
        },
        MetaCommandEntry(["C"], "\\C [STRING]", "set table title, or unset if none", group: .formatting) { s, c in s.setTitle(c) },
        MetaCommandEntry(["f"], "\\f [STRING]", "show or set field separator for unaligned query output", group: .formatting) { s, c in
            s.setFieldSeparator(c)
        },
        MetaCommandEntry(["H", "html"], "\\H", "toggle HTML output mode", group: .formatting) { s, c in s.toggleHTML(c) },
        MetaCommandEntry(
            ["pset"], "\\pset [NAME [VALUE]]",
            """
            set table output option
                                     (border|columns|csv_fieldsep|expanded|fieldsep|
                                     fieldsep_zero|footer|format|linestyle|null|
                                     numericlocale|pager|pager_min_lines|recordsep|
                                     recordsep_zero|tableattr|title|tuples_only|
                                     unicode_border_linestyle|unicode_column_linestyle|
                                     unicode_header_linestyle)
            """, group: .formatting
        ) { s, c in s.runPset(c) },
        MetaCommandEntry(["t"], "\\t [on|off]", "show only rows", group: .formatting) { s, c in s.setTuplesOnly(c) },
        MetaCommandEntry(["T"], "\\T [STRING]", "set HTML <table> tag attributes, or unset if none", group: .formatting) { s, c in
            s.setTableAttributes(c)
        },
        MetaCommandEntry(["timing"], "\\timing [on|off]", "show how long each statement took", group: .formatting, maxArguments: 1) {
            s, c in
            s.setTiming(c.arguments.first)
        },
        MetaCommandEntry(["x"], "\\x [on|off|auto]", "toggle expanded output", group: .formatting) { s, c in s.setExpanded(c) },
        // Connection
        MetaCommandEntry(
            ["c", "connect"], "\\c [DB [USER [HOST [PORT]]]]", "connect to another database (- or nothing keeps the current one)",
            group: .connection, maxArguments: 4
        ) { s, c in
            s.reconnect(c)
        },
        MetaCommandEntry(["encoding"], "\\encoding [ENCODING]", "show or set client encoding", group: .connection, maxArguments: 1) {
            s, c in
            s.clientEncoding(c)
        },
        MetaCommandEntry(
            ["password"], "\\password [USERNAME]", "securely change the password for a user", group: .connection, maxArguments: 1
        ) { s, c in
            s.changePassword(c)
        },
        MetaCommandEntry(["conninfo"], "\\conninfo", "where you are connected", group: .connection, maxArguments: 0) { s, _ in
            s.printConnectionInfo()
        },
        // Operating system
        MetaCommandEntry(["cd"], "\\cd [DIR]", "change the current working directory", group: .operatingSystem, maxArguments: 1) { s, c in
            s.changeDirectory(c.arguments.first)
        },
        MetaCommandEntry(["getenv"], "\\getenv PSQLVAR ENVVAR", "fetch environment variable", group: .operatingSystem, maxArguments: 2) {
            s, c in
            s.getEnvironment(c)
        },
        MetaCommandEntry(["setenv"], "\\setenv NAME [VALUE]", "set or unset environment variable", group: .operatingSystem, maxArguments: 2)
        { s, c in
            s.setEnvironment(c)
        },
        MetaCommandEntry(["!"], "\\! [COMMAND]", "execute command in shell or start interactive shell", group: .operatingSystem) { s, c in
            s.shellEscape(c.arguments.first)
        },
        // Variables
        MetaCommandEntry(["prompt"], "\\prompt [TEXT] NAME", "prompt user to set internal variable", group: .variables, maxArguments: 2) {
            s, c in
            s.promptVariable(c)
        },
        MetaCommandEntry(["set"], "\\set [NAME [VALUE]]", "set internal variable, or list all if no parameters", group: .variables) {
            s, c in
            s.setVariable(c)
        },
        MetaCommandEntry(["unset"], "\\unset NAME", "unset (delete) internal variable", group: .variables, maxArguments: 1) { s, c in
            s.unsetVariable(c)
        },
    ]
}
