/// A describe command's access to the catalog: runs its queries on the learner's connection and
/// checks each answer has the columns the command is about to read.
struct CatalogSession {
    let source: any CatalogQuerying
    /// `server_version_num` of the server, e.g. 150018.
    let serverVersion: Int
    /// psql's `HIDE_TABLEAM`: no access method column in `\d+` listings, no footer in `\d+ NAME`.
    var hidesTableAccessMethod = false

    /// Runs `sql` and returns its rows, after checking every column in `columns` came back.
    func records(_ sql: String, columns: [String]) throws -> [CatalogRecord] {
        let result = try source.catalogQuery(sql)
        for column in columns where !result.columns.contains(column) {
            throw DescribeFailure.unexpectedResult(missingColumn: column)
        }
        return try result.rows.map { row in
            guard row.count == result.columns.count else {
                throw DescribeFailure.unexpectedResult(missingColumn: result.columns.last ?? "")
            }
            return CatalogRecord(columns: result.columns, values: row)
        }
    }

    /// The connection's database; needed only to vet `db.schema.name` patterns.
    func currentDatabase() throws -> String {
        let sql = "SELECT pg_catalog.current_database() AS database_name"
        return try records(sql, columns: ["database_name"]).first?.text("database_name") ?? ""
    }

    /// `conditions` joined into a `WHERE` clause line, or nothing when there are none.
    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: "\n  AND ") + "\n"
    }
}
