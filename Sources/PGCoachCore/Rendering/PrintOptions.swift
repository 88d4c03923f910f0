/// How a table is printed: the parts of psql's `\pset` state pgcoach supports.
///
/// The defaults are psql's: aligned format, border 1, NULL shown as nothing, `(N rows)` footer.
public struct PrintOptions: Sendable, Equatable {
    /// `\x`: off, on or auto.
    public var expanded: ExpandedMode
    /// Width of the terminal, consulted only by `\x auto`. `nil` means output is not a terminal,
    /// where psql never expands automatically.
    public var terminalColumns: Int?
    /// Line printed above the table (centred in the aligned format), e.g. `List of relations`.
    public var title: String?
    /// Lines printed under the table, e.g. `Indexes:` of `\d`. When there are any, psql prints
    /// them instead of the `(N rows)` line.
    public var footers: [String]
    /// Whether to print `(N rows)` when there are no footers (psql's `\pset footer`; describe
    /// commands such as `\d` switch it off).
    public var showRowCount: Bool
    /// Text shown for SQL NULL (`\pset null`).
    public var nullDisplay: String
    /// Encoding the text is measured in.
    public var encoding: ClientEncoding
    /// psql's `start_table`: print the title and headers. Off for the later batches of a
    /// FETCH_COUNT result, which continue the same table.
    public var startTable = true
    /// psql's `stop_table`: print the footer and the closing blank line. Off for all but the
    /// last batch of a FETCH_COUNT result.
    public var stopTable = true
    /// Rows printed by earlier batches (`prior_records`): counted in `(N rows)` and in
    /// expanded record numbers.
    public var priorRows = 0

    /// Options with psql's defaults unless given.
    public init(
        expanded: ExpandedMode = .off,
        terminalColumns: Int? = nil,
        title: String? = nil,
        footers: [String] = [],
        showRowCount: Bool = true,
        nullDisplay: String = "",
        encoding: ClientEncoding = .utf8
    ) {
        self.expanded = expanded
        self.terminalColumns = terminalColumns
        self.title = title
        self.footers = footers
        self.showRowCount = showRowCount
        self.nullDisplay = nullDisplay
        self.encoding = encoding
    }
}
