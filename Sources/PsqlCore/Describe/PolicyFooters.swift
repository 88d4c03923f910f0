/// The row-security section under `\d` of a table: whether row security is on, and each
/// policy with its command, roles and expressions.
enum PolicyFooters {
    static func query(oid: String) -> String {
        """
        SELECT pol.polname AS policy_name,
          pol.polpermissive AS is_permissive,
          CASE WHEN pol.polroles = '{0}' THEN NULL
               ELSE pg_catalog.array_to_string(ARRAY(
                      SELECT r.rolname FROM pg_catalog.pg_roles r
                      WHERE r.oid = ANY (pol.polroles) ORDER BY 1), ',') END AS role_names,
          pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS using_expression,
          pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS check_expression,
          CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT'
                          WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' END AS command
        FROM pg_catalog.pg_policy pol
        WHERE pol.polrelid = \(SQLLiteral.quoted(oid))
        ORDER BY 1
        """
    }

    static func footers(oid: String, info: RelationInfo, session: CatalogSession) throws -> [String] {
        let policies = try session.records(
            query(oid: oid),
            columns: [
                "policy_name", "is_permissive", "role_names", "using_expression", "check_expression",
                "command",
            ])
        // The heading says whether the policies are in force, which is what people get wrong.
        let heading: String? =
            switch (info.rowSecurity, info.forcesRowSecurity, policies.isEmpty) {
            case (true, false, false): "Policies:"
            case (true, true, false): "Policies (forced row security enabled):"
            case (true, false, true): "Policies (row security enabled): (none)"
            case (true, true, true): "Policies (forced row security enabled): (none)"
            case (false, _, false): "Policies (row security disabled):"
            case (false, _, true): nil
            }
        guard let heading else { return [] }
        return [heading]
            + policies.map { policy in
                var text = "    POLICY \"\(policy.text("policy_name"))\""
                if policy.value("is_permissive") == "f" { text += " AS RESTRICTIVE" }
                if let command = policy.value("command") { text += " FOR \(command)" }
                if let roles = policy.value("role_names") { text += "\n      TO \(roles)" }
                if let using = policy.value("using_expression") { text += "\n      USING (\(using))" }
                if let check = policy.value("check_expression") { text += "\n      WITH CHECK (\(check))" }
                return text
            }
    }
}
