/// Inheritance under `\d`: the parents a table inherits from and its children or partitions
/// (counted, or with `+` listed with their bounds).
enum InheritanceFooters {
    /// Parents by plain inheritance; a partition's parent is already shown as `Partition of:`.
    static func parentsQuery(oid: String) -> String {
        """
        SELECT c.oid::pg_catalog.regclass AS parent_name
        FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_inherits i ON i.inhparent = c.oid
        WHERE i.inhrelid = \(SQLLiteral.quoted(oid))
          AND c.relkind NOT IN ('p', 'I')
        ORDER BY i.inhseqno
        """
    }

    /// Children, the default partition last, the rest by name.
    static func childrenQuery(oid: String) -> String {
        """
        SELECT c.oid::pg_catalog.regclass AS child_name,
          c.relkind AS child_kind,
          i.inhdetachpending AS detach_pending,
          pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS partition_bound
        FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
        WHERE i.inhparent = \(SQLLiteral.quoted(oid))
        ORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT',
          c.oid::pg_catalog.regclass::pg_catalog.text
        """
    }

    static func parentFooters(oid: String, session: CatalogSession) throws -> [String] {
        let parents = try session.records(parentsQuery(oid: oid), columns: ["parent_name"])
        return listed(label: "Inherits", names: parents.map { $0.text("parent_name") })
    }

    static func childFooters(
        oid: String, isPartitioned: Bool, verbose: Bool, session: CatalogSession
    ) throws -> [String] {
        let children = try session.records(
            childrenQuery(oid: oid),
            columns: ["child_name", "child_kind", "detach_pending", "partition_bound"])
        if isPartitioned && children.isEmpty {
            // Saying "none" beats silence for a partitioned table, whose data all lives in partitions.
            return ["Number of partitions: 0"]
        }
        guard !children.isEmpty else { return [] }
        if !verbose {
            let noun = isPartitioned ? "partitions" : "child tables"
            return ["Number of \(noun): \(children.count) (Use \\d+ to list them.)"]
        }
        let entries = children.map { child in
            var entry = child.text("child_name")
            if let bound = child.value("partition_bound") { entry += " \(bound)" }
            // psql 15 marks only partitioned children (", FOREIGN" came with psql 16).
            if ["p", "I"].contains(child.text("child_kind")) { entry += ", PARTITIONED" }
            if child.flag("detach_pending") { entry += " (DETACH PENDING)" }
            return entry
        }
        return listed(label: isPartitioned ? "Partitions" : "Child tables", names: entries)
    }

    /// `Label: first,` then the others aligned under it, comma after all but the last.
    static func listed(label: String, names: [String]) -> [String] {
        let indent = String(repeating: " ", count: label.count)
        return names.enumerated().map { index, name in
            let lead = index == 0 ? "\(label): " : "\(indent)  "
            return lead + name + (index < names.count - 1 ? "," : "")
        }
    }
}
