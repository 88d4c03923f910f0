/// One piece of what a describe command prints, in order.
public enum DescribeOutcome: Sendable, Equatable {
    /// A table for standard output.
    case table(DescribeTable)
    /// Plain line(s) for standard output.
    case message(String)
    /// A line for standard error, such as `Did not find any relation named "x".`; psql prints these
    /// without any prefix when run with `-c`, and with `psql:FILE:LINE: ` when reading a script.
    case error(String)
}
