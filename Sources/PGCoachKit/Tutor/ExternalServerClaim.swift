import Foundation
import PostgresClient

/// What a lesson may do to a server it does not own (`--server`): setup creates and drops
/// databases and roles, so it refuses before creating anything when the server already holds
/// databases of its own or any database or role the lesson would create — unless `--force`,
/// which first says exactly what it will drop. Cleanup drops only what was not there before.
struct ExternalServerClaim {
    /// Every database and role on the server before setup, less what `--force` dropped.
    private(set) var databasesBefore: Set<String> = []
    private(set) var rolesBefore: Set<String> = []

    /// Whether cleanup may drop the lesson database `name`: only if setup created it.
    func mayDrop(database name: String) -> Bool { !databasesBefore.contains(name) }
    /// Whether cleanup may drop the lesson role `name`: only if setup created it.
    func mayDrop(role name: String) -> Bool { !rolesBefore.contains(name) }

    /// Looks at the server, refuses or (with `force`) drops what is in the way after saying so
    /// on stderr, and returns what cleanup must leave alone.
    static func take(
        admin: Connection, databases lessonDatabases: [String], roles lessonRoles: [String], force: Bool,
        say: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) throws -> ExternalServerClaim {
        let databases = try names(admin, "SELECT datname FROM pg_catalog.pg_database WHERE NOT datistemplate ORDER BY 1")
        let roles = try names(admin, "SELECT rolname FROM pg_catalog.pg_roles ORDER BY 1")
        let ownDatabases = databases.filter { $0 != "postgres" && !lessonDatabases.contains($0) }
        let clashingDatabases = lessonDatabases.filter(databases.contains)
        let clashingRoles = lessonRoles.filter(roles.contains)
        var claim = ExternalServerClaim(databasesBefore: Set(databases), rolesBefore: Set(roles))
        if ownDatabases.isEmpty && clashingDatabases.isEmpty && clashingRoles.isEmpty { return claim }

        var found: [String] = []
        if !ownDatabases.isEmpty { found.append("databases of its own (\(ownDatabases.joined(separator: ", ")))") }
        if !clashingDatabases.isEmpty {
            found.append("databases the lesson creates (\(clashingDatabases.joined(separator: ", ")))")
        }
        if !clashingRoles.isEmpty { found.append("roles the lesson creates (\(clashingRoles.joined(separator: ", ")))") }
        guard force else {
            throw ScriptFailure(
                what: "--server",
                message: "refusing to set up the lesson: the server already has \(found.joined(separator: " and ")), "
                    + "and setup creates and drops databases and roles. Use an empty server, pgcoach's own sandbox "
                    + "(leave out --server), or --force (which drops the lesson's databases and roles first)")
        }
        if !clashingDatabases.isEmpty || !clashingRoles.isEmpty {
            let what = [
                clashingDatabases.isEmpty ? nil : "databases \(clashingDatabases.joined(separator: ", "))",
                clashingRoles.isEmpty
                    ? nil : "roles \(clashingRoles.joined(separator: ", ")) and everything they own in postgres",
            ].compactMap { $0 }
            say("pgcoach: --force: dropping \(what.joined(separator: " and ")) before the lesson's setup")
        }
        for name in clashingDatabases {
            _ = try admin.query("DROP DATABASE \(LessonEnvironment.quoteIdentifier(name)) WITH (FORCE)")
            claim.databasesBefore.remove(name)
        }
        for name in clashingRoles.reversed() {
            let quoted = LessonEnvironment.quoteIdentifier(name)
            _ = try admin.query("DROP OWNED BY \(quoted)")
            _ = try admin.query("DROP ROLE \(quoted)")
            claim.rolesBefore.remove(name)
        }
        return claim
    }

    private static func names(_ admin: Connection, _ sql: String) throws -> [String] {
        do {
            return try admin.query(sql).rows.compactMap { $0.first ?? nil }
        } catch {
            throw ScriptFailure(what: "--server", message: "cannot read the server's catalog: \(error)")
        }
    }
}
