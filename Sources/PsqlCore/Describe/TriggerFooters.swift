/// Trigger sections under `\d`: user triggers grouped by whether and when they fire, plus
/// disabled internal triggers (such as a foreign key's, after `DISABLE TRIGGER ALL`), which
/// psql shows because they silently stop enforcing constraints.
enum TriggerFooters {
    static func query(oid: String) -> String {
        """
        SELECT t.tgname AS trigger_name,
          pg_catalog.pg_get_triggerdef(t.oid, true) AS trigger_definition,
          t.tgenabled AS enabled_mode,
          t.tgisinternal AS is_internal,
          CASE WHEN t.tgparentid <> 0 THEN
            (SELECT u.tgrelid::pg_catalog.regclass
               FROM pg_catalog.pg_trigger u,
                    pg_catalog.pg_partition_ancestors(t.tgrelid) WITH ORDINALITY AS a(relid, depth)
              WHERE u.tgname = t.tgname AND u.tgrelid = a.relid AND u.tgparentid = 0
              ORDER BY a.depth LIMIT 1)
          END AS parent_table
        FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = \(SQLLiteral.quoted(oid))
          AND (NOT t.tgisinternal OR t.tgenabled = 'D')
        ORDER BY 1
        """
    }

    static func footers(oid: String, session: CatalogSession) throws -> [String] {
        let triggers = try session.records(
            query(oid: oid),
            columns: ["trigger_name", "trigger_definition", "enabled_mode", "is_internal", "parent_table"])
        let categories: [(heading: String, includes: (CatalogRecord) -> Bool)] = [
            ("Triggers:", { ["O", "t"].contains($0.text("enabled_mode")) }),
            (
                "Disabled user triggers:",
                { ["D", "f"].contains($0.text("enabled_mode")) && !$0.flag("is_internal") }
            ),
            (
                "Disabled internal triggers:",
                { ["D", "f"].contains($0.text("enabled_mode")) && $0.flag("is_internal") }
            ),
            ("Triggers firing always:", { $0.text("enabled_mode") == "A" }),
            ("Triggers firing on replica only:", { $0.text("enabled_mode") == "R" }),
        ]
        var footers: [String] = []
        for category in categories {
            let members = triggers.filter(category.includes)
            guard !members.isEmpty else { continue }
            footers.append(category.heading)
            for trigger in members {
                var line = "    " + afterTriggerKeyword(trigger.text("trigger_definition"))
                // A trigger cloned onto a partition names the table it really belongs to.
                if let parent = trigger.value("parent_table") { line += ", ON TABLE \(parent)" }
                footers.append(line)
            }
        }
        return footers
    }

    /// `CREATE [CONSTRAINT] TRIGGER name ...` from the name on.
    static func afterTriggerKeyword(_ definition: String) -> String {
        guard let range = definition.firstRange(of: " TRIGGER ") else { return definition }
        return String(definition[range.upperBound...])
    }
}
