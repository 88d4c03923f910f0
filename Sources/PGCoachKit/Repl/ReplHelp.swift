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
            "  \\errverbose            show the last error in full (SQLSTATE, context, source)",
            "",
            "Formatting",
            "  \\x [on|off|auto]       expanded output",
            "  \\timing [on|off]       show how long each statement took",
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
