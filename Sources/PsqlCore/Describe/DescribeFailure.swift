/// Why a describe command could not finish, other than the query itself failing (that error is
/// passed through unchanged from `CatalogQuerying`).
public enum DescribeFailure: Error, Sendable, Equatable {
    /// A catalog query came back without a column the command reads, or with ragged rows;
    /// a sign of a server whose catalogs differ from what the command was written for.
    case unexpectedResult(missingColumn: String)
}
