/// Partitioning facts under `\d`: which table a partition belongs to and with what bounds,
/// and the partition key of a partitioned table.
enum PartitionFooters {
    static func parentQuery(oid: String) -> String {
        """
        SELECT i.inhparent::pg_catalog.regclass AS parent_name,
          pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
          i.inhdetachpending AS detach_pending,
          pg_catalog.pg_get_partition_constraintdef(c.oid) AS partition_constraint
        FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
        WHERE c.oid = \(SQLLiteral.quoted(oid))
        """
    }

    /// `Partition of: parent FOR VALUES ...`, and with `+` the implied constraint.
    static func partitionOfFooters(oid: String, verbose: Bool, session: CatalogSession) throws -> [String] {
        let parents = try session.records(
            parentQuery(oid: oid),
            columns: ["parent_name", "partition_bound", "detach_pending", "partition_constraint"])
        guard let parent = parents.first else { return [] }
        let pending = parent.flag("detach_pending") ? " DETACH PENDING" : ""
        var footers = [
            "Partition of: \(parent.text("parent_name")) \(parent.text("partition_bound"))\(pending)"
        ]
        if verbose {
            let constraint = parent.text("partition_constraint")
            footers.append(constraint.isEmpty ? "No partition constraint" : "Partition constraint: \(constraint)")
        }
        return footers
    }

    static func keyQuery(oid: String) -> String {
        "SELECT pg_catalog.pg_get_partkeydef(\(SQLLiteral.quoted(oid))::pg_catalog.oid) AS partition_key"
    }

    static func partitionKeyFooters(oid: String, session: CatalogSession) throws -> [String] {
        let keys = try session.records(keyQuery(oid: oid), columns: ["partition_key"])
        guard keys.count == 1, let key = keys.first else { return [] }
        return ["Partition key: \(key.text("partition_key"))"]
    }
}
