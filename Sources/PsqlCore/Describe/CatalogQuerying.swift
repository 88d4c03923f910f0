/// Something that can run a catalog query and return its rows as text.
///
/// The app runs these on the learner's own connection, the way psql does for its `\d` family,
/// so the answers reflect that session's search path, privileges and time zone. Tests use fakes.
public protocol CatalogQuerying {
    /// Runs one read-only `SELECT` and returns all of its rows; throws whatever the connection throws.
    func catalogQuery(_ sql: String) throws -> CatalogRows
}

/// An error from a catalog query that carries the server's message, so a command that prints
/// only part of it (as psql's `\sf` and `\sv` do for a failed name lookup) can.
public protocol CatalogQueryError: Error {
    var serverMessage: ServerMessage { get }
}
