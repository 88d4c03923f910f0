import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// Where a lesson runs: pgcoach's own sandbox (the default), or a server the learner named
/// with `--server`, which setup then changes (it creates and drops databases and roles).
enum LessonServer {
    case sandbox(Sandbox)
    case external(ExternalServer)

    /// A conninfo for `database` as `user` (the bootstrap superuser when nil). `database` is a
    /// location key: `app_db@replica1` is `app_db` on the server `replica1`.
    func conninfo(database: String = "postgres", user: String? = nil) -> String {
        let location = DatabaseLocation(key: database)
        switch self {
        case .sandbox(let sandbox): return sandbox.conninfo(database: location.database, user: user, server: location.server)
        case .external(let server): return server.conninfo(database: location.database, user: user)
        }
    }

    /// Server name → the directory its socket is in (the libpq host), for `\c DB - SERVER`.
    var serverHosts: [String: String] {
        guard case .sandbox(let sandbox) = self, !sandbox.nodes.isEmpty else { return [:] }
        var hosts = [Sandbox.primaryName: sandbox.socketDirectory]
        for node in sandbox.nodes { hosts[node.name] = node.socketDirectory }
        return hosts
    }

    var majorVersion: Int {
        switch self {
        case .sandbox(let sandbox): return sandbox.installation.majorVersion
        case .external(let server): return server.majorVersion
        }
    }

    func stop() {
        switch self {
        case .sandbox(let sandbox): sandbox.stop()
        case .external(let server): server.dropLessonObjects()
        }
    }
}

/// A server pgcoach does not own. Setup refuses to touch it unless it holds no databases of
/// its own (or `--force`), and everything the lesson created is dropped again on the way out.
final class ExternalServer {
    let lesson: Lesson
    private let admin: Connection
    let majorVersion: Int
    /// What was on the server before setup: cleanup never drops any of it.
    private var claim = ExternalServerClaim()

    private init(lesson: Lesson, admin: Connection) {
        self.lesson = lesson
        self.admin = admin
        self.majorVersion = admin.serverVersionNumber / 10000
    }

    /// Connects as a superuser and checks the server may be used for this lesson.
    static func open(conninfo: String, force: Bool, lesson: Lesson) throws -> ExternalServer {
        let admin: Connection
        do {
            admin = try Connection(conninfo: conninfo, applicationName: .fixed(LessonEnvironment.checkerName))
        } catch {
            throw ScriptFailure(what: "--server", message: error.description)
        }
        if !lesson.servers.isEmpty {
            throw ScriptFailure(
                what: "--server",
                message:
                    "this lesson runs several servers (\(lesson.allServers.map(\.name).joined(separator: ", "))), which only pgcoach's own sandbox can build; leave out --server"
            )
        }
        let server = ExternalServer(lesson: lesson, admin: admin)
        guard (try? admin.scalar("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user")) == "t" else {
            throw ScriptFailure(what: "--server", message: "lesson setup needs a superuser connection (\(admin.user) is not one)")
        }
        server.claim = try ExternalServerClaim.take(
            admin: admin, databases: lesson.setup.databases.map(\.name), roles: server.lessonRoles, force: force)
        try server.requireSettings(lesson.serverSettings)
        return server
    }

    /// pgcoach cannot restart a server it does not own: the lesson's `server.settings` must
    /// already be in force there.
    func requireSettings(_ settings: [SettingValue]) throws {
        var differing: [String] = []
        for setting in settings {
            let current = (try? admin.scalar("SELECT pg_catalog.current_setting($1, true)", parameters: [setting.name])) ?? nil
            if current != setting.value {
                differing.append("\(setting.name) = '\(setting.value)' (it has \(current.map { "'\($0)'" } ?? "none"))")
            }
        }
        if !differing.isEmpty {
            throw ScriptFailure(
                what: "--server",
                message:
                    "the lesson needs server settings this server does not have: \(differing.joined(separator: ", ")). Set them and restart that server, or leave out --server to use pgcoach's own sandbox"
            )
        }
    }

    /// Same host, port and options as the admin connection; another database and user. The
    /// admin's password is kept only for the admin's own connections.
    func conninfo(database: String, user: String?) -> String {
        let full = admin.conninfo(replacingDatabase: database, user: user)
        guard user != nil, user != admin.user else { return full }
        return full.split(separator: " ").filter { !$0.hasPrefix("password=") }.joined(separator: " ")
    }

    /// The roles the lesson's setup creates, read from its `CREATE ROLE`/`CREATE USER` lines.
    var lessonRoles: [String] {
        let pattern = /(?i)create\s+(?:role|user)\s+"?([A-Za-z_][A-Za-z0-9_$]*)"?/
        return lesson.setup.rolesSQL.matches(of: pattern).map { String($0.1).lowercased() }
    }

    /// Drops the lesson's databases (ending their sessions) and roles that setup created;
    /// never anything that was on the server before (see `ExternalServerClaim`).
    func dropLessonObjects() {
        for database in lesson.setup.databases where claim.mayDrop(database: database.name) {
            _ = try? admin.query("DROP DATABASE IF EXISTS \(LessonEnvironment.quoteIdentifier(database.name)) WITH (FORCE)")
        }
        for role in lessonRoles.reversed() where claim.mayDrop(role: role) {
            let name = LessonEnvironment.quoteIdentifier(role)
            if (try? admin.scalar("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", parameters: [role])) == "1" {
                _ = try? admin.query("DROP OWNED BY \(name)")
                _ = try? admin.query("DROP ROLE \(name)")
            }
        }
    }
}
