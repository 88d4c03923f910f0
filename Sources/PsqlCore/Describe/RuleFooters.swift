/// Rewrite rules under `\d`: for tables grouped by how they fire, for views (with `+`) after
/// the view definition.
enum RuleFooters {
    static func query(oid: String, excludingViewRule: Bool) -> String {
        """
        SELECT r.rulename AS rule_name,
          pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid, true), ';') AS rule_definition,
          r.ev_enabled AS enabled_mode
        FROM pg_catalog.pg_rewrite r
        WHERE r.ev_class = \(SQLLiteral.quoted(oid))\(excludingViewRule ? " AND r.rulename <> '_RETURN'" : "")
        ORDER BY 1
        """
    }

    static let columns = ["rule_name", "rule_definition", "enabled_mode"]

    /// The rule text without its leading `CREATE RULE `, as psql prints it.
    static func body(_ definition: String) -> String {
        let prefix = "CREATE RULE "
        return definition.hasPrefix(prefix) ? String(definition.dropFirst(prefix.count)) : definition
    }

    static func tableFooters(oid: String, session: CatalogSession) throws -> [String] {
        let rules = try session.records(query(oid: oid, excludingViewRule: false), columns: columns)
        let categories: [(mode: String, heading: String)] = [
            ("O", "Rules:"), ("D", "Disabled rules:"), ("A", "Rules firing always:"),
            ("R", "Rules firing on replica only:"),
        ]
        var footers: [String] = []
        for category in categories {
            let members = rules.filter { $0.text("enabled_mode") == category.mode }
            guard !members.isEmpty else { continue }
            footers.append(category.heading)
            footers += members.map { "    " + body($0.text("rule_definition")) }
        }
        return footers
    }

    /// Rules of a view other than the one that makes it a view; psql indents these by one space.
    static func viewFooters(oid: String, session: CatalogSession) throws -> [String] {
        let rules = try session.records(query(oid: oid, excludingViewRule: true), columns: columns)
        guard !rules.isEmpty else { return [] }
        return ["Rules:"] + rules.map { " " + body($0.text("rule_definition")) }
    }
}
