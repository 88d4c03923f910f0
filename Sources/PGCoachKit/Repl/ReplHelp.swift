/// The `\?` page: the commands this REPL runs, grouped the way psql's help groups them.
enum ReplHelp {
    static func text(extra: String?) -> String {
        var lines: [String] = []
        if let extra, !extra.isEmpty {
            lines.append(extra)
            lines.append("")
        }
        lines += [
            "General",
            "  \\q                     quit (asks first when a transaction is open)",
            "  \\?                     this help",
            "",
            "Query buffer",
            "  \\g  or  ;              send the query buffer (or the previous query)",
            "  \\gx                    the same, with expanded output",
            "  \\p                     show the query buffer",
            "  \\r                     clear the query buffer",
            "  \\echo TEXT             print TEXT",
            "",
            "Informational",
            "  \\l                     list databases",
            "  \\dt [PATTERN]          list tables",
            "  \\d [NAME]              describe a table, view, sequence or index (or list relations)",
            "  \\du                    list roles",
            "  \\dp [PATTERN]          list table privileges",
            "  \\dn                    list schemas",
            "  \\df[anptw][S+] [PATRN] list functions (aggregates, normal, procedures, trigger, window)",
            "  \\di, \\ds, \\dv, \\dm     list indexes, sequences, views, materialized views",
            "  \\dx[+] [PATTERN]       list extensions (+: the objects in each)",
            "  \\dT, \\dD [PATTERN]     list data types, domains",
            "  \\db, \\ddp, \\dconfig    list tablespaces, default privileges, changed settings",
            "  \\dy, \\dc, \\dC, \\dL     list event triggers, conversions, casts, languages",
            "  \\do, \\dO, \\dX          list operators, collations, extended statistics",
            "  \\des, \\det, \\deu, \\dew list foreign servers, tables, user mappings, wrappers",
            "  \\dRp[+], \\dRs          list publications (+: their tables), subscriptions",
            "  \\drds [ROLE [DB]]      list per-role and per-database settings",
            "  \\dl, \\lo_list          list large objects",
            "  \\sf[+] FUNCTION        show a function's definition (+: with line numbers)",
            "  \\sv[+] VIEW            show a view's definition",
            "  \\dd [PATTERN]          show comments on constraints, rules, triggers, operator classes",
            "  \\z [PATTERN]           same as \\dp",
            "  \\errverbose            show the last error in full (SQLSTATE, context, source)",
            "",
            "Formatting",
            "  \\x [on|off|auto]       expanded output",
            "  \\pset [NAME [VALUE]]   output settings (format, border, null, title, tuples_only, …)",
            "  \\a                     toggle between unaligned and aligned output",
            "  \\t [on|off]            show only rows",
            "  \\C [STRING]            set the table title, or unset it",
            "  \\f [STRING]            show or set the field separator for unaligned output",
            "  \\H                     toggle HTML output",
            "  \\T [STRING]            set HTML <table> tag attributes, or unset them",
            "  \\timing [on|off]       show how long each statement took",
            "",
            "Input/Output",
            "  \\copy ...              COPY between a table and a file, program or this session",
            "",
            "Connection",
            "  \\c [DBNAME [USER]]     connect to another database (keeps host and port)",
            "  \\conninfo              where you are connected",
            "",
            "Other psql commands are not run here; for those, point psql at the same server (\\conninfo).",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
