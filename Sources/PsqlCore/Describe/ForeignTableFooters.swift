/// The server and options of a foreign table, under `\d`.
enum ForeignTableFooters {
    static func query(oid: String) -> String {
        """
        SELECT s.srvname AS server_name,
          pg_catalog.array_to_string(ARRAY(
            SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value)
            FROM pg_catalog.pg_options_to_table(f.ftoptions)), ', ') AS options
        FROM pg_catalog.pg_foreign_table f
          JOIN pg_catalog.pg_foreign_server s ON s.oid = f.ftserver
        WHERE f.ftrelid = \(SQLLiteral.quoted(oid))
        """
    }

    static func footers(oid: String, session: CatalogSession) throws -> [String] {
        let servers = try session.records(query(oid: oid), columns: ["server_name", "options"])
        guard servers.count == 1, let server = servers.first else { return [] }
        var footers = ["Server: \(server.text("server_name"))"]
        let options = server.text("options")
        if !options.isEmpty { footers.append("FDW options: (\(options))") }
        return footers
    }
}
