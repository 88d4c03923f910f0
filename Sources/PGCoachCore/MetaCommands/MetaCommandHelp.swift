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
                var left = "  " + spec.synopsis
                let pad = max(1, synopsisWidth - left.count)
                left += String(repeating: " ", count: pad)
                lines.append(left + spec.summary)
            }
            lines.append("")
        }
        lines.append("Other psql commands are not run here; for those, point psql at the same server (\\conninfo).")
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
