/// The `Indexes:` section under `\d` of a table: one line per index, primary key first,
/// e.g. `    "orders_pkey" PRIMARY KEY, btree (id)`.
enum TableIndexFooters {
    static func query(oid: String) -> String {
        """
        SELECT c2.relname AS index_name,
          i.indisprimary AS is_primary,
          i.indisunique AS is_unique,
          i.indisclustered AS is_clustered,
          i.indisvalid AS is_valid,
          pg_catalog.pg_get_indexdef(i.indexrelid, 0, true) AS index_definition,
          pg_catalog.pg_get_constraintdef(con.oid, true) AS constraint_definition,
          con.contype AS constraint_type,
          con.condeferrable AS is_deferrable,
          con.condeferred AS is_deferred,
          i.indisreplident AS is_replica_identity,
          c2.reltablespace AS tablespace_oid
        FROM pg_catalog.pg_index i
          JOIN pg_catalog.pg_class c2 ON c2.oid = i.indexrelid
          LEFT JOIN pg_catalog.pg_constraint con
            ON con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
        WHERE i.indrelid = \(SQLLiteral.quoted(oid))
        ORDER BY i.indisprimary DESC, c2.relname
        """
    }

    static let columns = [
        "index_name", "is_primary", "is_unique", "is_clustered", "is_valid", "index_definition",
        "constraint_definition", "constraint_type", "is_deferrable", "is_deferred",
        "is_replica_identity", "tablespace_oid",
    ]

    static func footers(oid: String, session: CatalogSession) throws -> [String] {
        let indexes = try session.records(query(oid: oid), columns: columns)
        guard !indexes.isEmpty else { return [] }
        var footers = ["Indexes:"]
        for index in indexes {
            var line = "    \"\(index.text("index_name"))\""
            if index.text("constraint_type") == "x" {
                // An exclusion constraint reads best as the constraint itself.
                line += " " + index.text("constraint_definition")
            } else {
                if index.flag("is_primary") {
                    line += " PRIMARY KEY,"
                } else if index.flag("is_unique") {
                    line += index.text("constraint_type") == "u" ? " UNIQUE CONSTRAINT," : " UNIQUE,"
                }
                line += " " + afterUsing(index.text("index_definition"))
                if index.flag("is_deferrable") { line += " DEFERRABLE" }
                if index.flag("is_deferred") { line += " INITIALLY DEFERRED" }
            }
            if index.flag("is_clustered") { line += " CLUSTER" }
            if !index.flag("is_valid") { line += " INVALID" }
            if index.flag("is_replica_identity") { line += " REPLICA IDENTITY" }
            if let tablespace = try TablespaceName.lookup(
                oid: index.text("tablespace_oid"), session: session)
            {
                line += ", tablespace \"\(tablespace)\""
            }
            footers.append(line)
        }
        return footers
    }

    /// The part of `CREATE INDEX name ON table USING method (...)` from the method on:
    /// the name is already printed and the table is the one being described.
    static func afterUsing(_ definition: String) -> String {
        guard let range = definition.firstRange(of: " USING ") else { return definition }
        return String(definition[range.upperBound...])
    }
}
