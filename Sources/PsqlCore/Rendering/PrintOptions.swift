/// How a table is printed: the parts of psql's `\pset` state pgcoach supports.
///
/// The defaults are psql's: aligned format, border 1, NULL shown as nothing, `(N rows)` footer.
public struct PrintOptions: Sendable, Equatable {
    /// `\pset format`.
    public var format: OutputFormat = .aligned
    /// `\pset border`: 0, 1 or 2 for the text formats (more counts as 2); HTML prints the number.
    public var border: Int = 1
    /// `\pset linestyle` (with the unicode styles' settings applied).
    public var lineStyle: LineStyle = .ascii
    /// `\pset tuples_only` (`\t`): no title, headers or footers, only the rows.
    public var tuplesOnly = false
    /// `\pset fieldsep` / `fieldsep_zero`: between fields of the unaligned format.
    public var fieldSeparator: Separator = .text("|")
    /// `\pset recordsep` / `recordsep_zero`: between records of the unaligned format.
    public var recordSeparator: Separator = .text("\n")
    /// `\pset csv_fieldsep`: one byte.
    public var csvFieldSeparator: UInt8 = UInt8(ascii: ",")
    /// `\pset tableattr`: attributes of the HTML `<table>` tag.
    public var tableAttributes: String?
    /// `\pset columns`: the width the wrapped format (and `\x auto`) aims at; 0 means the
    /// terminal's width when printing to one, else no limit.
    public var targetColumns: Int = 0
    /// The width psql aims at: `\pset columns`, else the terminal's (when printing to one).
    var outputColumns: Int {
        targetColumns > 0 ? targetColumns : (terminalColumns ?? 0)
    }
    /// `\pset numericlocale`: digits of right-aligned (numeric) values grouped by thousands.
    public var numericLocale = false
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
