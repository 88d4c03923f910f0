import PsqlCore

/// A small, fully decoded result for the tutor's own queries (checks, catalog lookups).
/// Not for learner queries: every cell becomes a `String`.
public struct SimpleResult: Sendable, Equatable {
    public var columns: [ResultColumn]
    /// Cells as text; `nil` is SQL NULL.
    public var rows: [[String?]]
    /// The command tag (`PQcmdStatus`), e.g. `SELECT 2` or `UPDATE 1`.
    public var commandTag: String
    /// The count in the tag (`PQcmdTuples`), or `nil` when the command reports none.
    public var rowsAffected: Int?
    /// Notices and warnings the statement raised, in order.
    public var notices: [ServerMessage]

    public init(
        columns: [ResultColumn], rows: [[String?]], commandTag: String, rowsAffected: Int?,
        notices: [ServerMessage] = []
    ) {
        self.columns = columns
        self.rows = rows
        self.commandTag = commandTag
        self.rowsAffected = rowsAffected
        self.notices = notices
    }

    /// The first row's first cell, for single-value lookups like `select count(*) …`.
    public var scalar: String? {
        guard let first = rows.first, let cell = first.first else { return nil }
        return cell
    }
}
