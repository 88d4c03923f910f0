/// A database on a named server, as pgcoach writes it wherever a lesson names a database:
/// `app_db` on the primary, `app_db@replica1` on another server. Database names in lessons
/// are plain identifiers, so the `@` cannot be part of one.
public struct DatabaseLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var database: String
    /// The server; `primary` when the key names none.
    public var server: String

    /// The name lessons give the sandbox's first server.
    public static let primaryServer = "primary"

    public init(database: String, server: String = DatabaseLocation.primaryServer) {
        self.database = database
        self.server = server
    }

    /// Reads `app_db` or `app_db@replica1`.
    public init(key: String) {
        if let at = key.lastIndex(of: "@") {
            self.init(database: String(key[..<at]), server: String(key[key.index(after: at)...]))
        } else {
            self.init(database: key)
        }
    }

    /// `app_db` on the primary, `app_db@replica1` elsewhere.
    public var key: String { server == Self.primaryServer ? database : database + "@" + server }

    public var description: String { key }
}
