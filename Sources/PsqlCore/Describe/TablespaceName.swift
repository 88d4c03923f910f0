/// Looks up tablespace names for footers. psql only mentions a tablespace other than the
/// database's default, which the catalog records as OID 0.
enum TablespaceName {
    static func query(oid: String) -> String {
        "SELECT t.spcname AS tablespace_name FROM pg_catalog.pg_tablespace t WHERE t.oid = \(SQLLiteral.quoted(oid))"
    }

    /// The name for `oid`, or `nil` for the default tablespace (or one that vanished).
    static func lookup(oid: String, session: CatalogSession) throws -> String? {
        guard !oid.isEmpty, oid != "0" else { return nil }
        return try session.records(query(oid: oid), columns: ["tablespace_name"]).first?
            .text("tablespace_name")
    }
}
