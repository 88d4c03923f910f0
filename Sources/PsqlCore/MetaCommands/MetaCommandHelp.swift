/// The `\?` page, built from the declarations of the commands this REPL runs: grouped the way
/// psql's help groups them, companions' groups first.
public enum MetaCommandHelp {
    /// The synopsis column is this wide (longer synopses push the summary to the right).
    static let synopsisWidth = 25

    public static func render(_ specs: [MetaCommandSpec]) -> String {
        var lines: [String] = []
        for group in MetaCommandSpec.Group.allCases {
            let members = specs.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            lines.append(group.rawValue)
            for spec in members {
                let left = "  " + spec.synopsis
                if left.count >= synopsisWidth {
                    // Too wide for the column: the summary goes under it, as psql's help does.
                    lines.append(left)
                    lines.append(String(repeating: " ", count: synopsisWidth) + spec.summary)
                } else {
                    lines.append(left + String(repeating: " ", count: synopsisWidth - left.count) + spec.summary)
                }
            }
            lines.append("")
        }
        lines.append("Other psql commands are not run here; for those, point psql at the same server (\\conninfo).")
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
