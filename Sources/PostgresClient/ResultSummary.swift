/// How one statement of a query string ended successfully.
public struct ResultSummary: Sendable, Equatable {
    /// What kind of result the statement produced.
    public enum Kind: Sendable, Equatable {
        /// Rows (possibly none) with a header: `SELECT`, `SHOW`, `… RETURNING`, `FETCH`.
        case tuples
        /// A command without rows: psql prints its tag (`INSERT 0 1`, `BEGIN`).
        case command
        /// The statement was empty (only whitespace or comments); psql prints nothing.
        case empty
    }

    public var kind: Kind
    /// The command tag (`PQcmdStatus`), e.g. `SELECT 3`, `UPDATE 0`, `CREATE TABLE`; empty for
    /// an empty statement.
    public var commandTag: String
    /// The count in the tag (`PQcmdTuples`): rows returned, inserted, updated, deleted,
    /// copied or moved; `nil` when the command reports none (`BEGIN`, `CREATE TABLE`).
    public var rowsAffected: Int?
    /// Rows passed to the consumer for this result (0 unless `kind` is `.tuples`).
    public var rowCount: Int

    public init(kind: Kind, commandTag: String, rowsAffected: Int?, rowCount: Int) {
        self.kind = kind
        self.commandTag = commandTag
        self.rowsAffected = rowsAffected
        self.rowCount = rowCount
    }
}
