/// The text form of one effective privilege, as the app's inventory query writes it, and how
/// an expert weighs it. Lines look like:
///
///     attribute SUPERUSER                      member of pg_read_all_data
///     CONNECT on database billing_db           owner of database billing_db
///     billing_db: CREATE on schema public      billing_db: SELECT on table public.new_invoices
///     billing_db: SELECT WITH GRANT OPTION on table public.new_invoices
///     billing_db: UPDATE (status) on table public.new_invoices
///     billing_db: default SELECT on tables in schema public for role billing_owner
public enum PrivilegeInventory {
    /// Superuser-like powers: attributes other than CREATEDB, membership in predefined or
    /// powerful roles, ownership. An application role holding one is critical, whatever else.
    public static func isSuperuserLike(_ line: String) -> Bool {
        let body = withoutDatabase(line)
        if body.hasPrefix("attribute ") { return body != "attribute CREATEDB" }
        return body.hasPrefix("member of ") || body.hasPrefix("owner of ")
    }

    /// Write access to a relation (INSERT, UPDATE, DELETE, TRUNCATE, with or without a column
    /// list or grant option): a role that only had to read can now destroy data. Critical.
    public static func isWriteAccess(_ line: String) -> Bool {
        let body = withoutDatabase(line)
        return ["INSERT", "UPDATE", "DELETE", "TRUNCATE"].contains { body.hasPrefix($0 + " ") }
            && (body.contains(" on table ") || body.contains(" on view ") || body.contains(" on foreign table "))
    }

    /// A grant to PUBLIC that exposes data or lets anyone create objects (critical), as opposed
    /// to CONNECT or TEMPORARY on a database (major).
    public static func isPublicExposure(_ line: String) -> Bool {
        !(line.hasPrefix("CONNECT on database ") || line.hasPrefix("TEMPORARY on database "))
    }

    /// `billing_db: SELECT on table …` → `SELECT on table …`.
    static func withoutDatabase(_ line: String) -> String {
        guard let colon = line.firstRange(of: ": "), !line[..<colon.lowerBound].contains(" ") else { return line }
        return String(line[colon.upperBound...])
    }
}
