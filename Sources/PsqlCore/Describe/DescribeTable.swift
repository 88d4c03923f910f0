/// One printable table, holding what psql's `printTable` gets: a title, headers, cells, footers.
///
/// Rendering (borders, padding, `+` continuation marks for multi-line cells) is the printer's job;
/// this carries only content, so its tests can compare against captured psql output cell by cell.
public struct DescribeTable: Sendable, Equatable {
    /// The line centred above the table (`List of relations`, `Table "public.orders"`), if any.
    public var title: String?
    public var headers: [String]
    /// One alignment per header.
    public var alignments: [ColumnAlignment]
    /// Cells row by row; a cell may contain newlines, which psql prints as continuation lines.
    /// `nil` (SQL NULL) prints as an empty cell: psql's describe commands ignore `\pset null`.
    public var rows: [[String?]]
    /// Footers printed after the table, in order, each followed by a newline
    /// (`Indexes:`, `    "orders_pkey" PRIMARY KEY, btree (id)`, …). A footer may itself span
    /// several lines, such as a view definition; psql prints it verbatim.
    public var footers: [String]
    /// Whether psql ends this table with its `(N rows)` footer.
    public var showsRowCount: Bool
    /// psql prints `\d NAME` unexpanded whatever `\x` says ("looks confusing in expanded mode").
    public var ignoresExpanded = false
    /// …except a sequence's, which psql prints like a query result, following `\x`.
    public var followsExpanded = false

    public init(
        title: String?, headers: [String], alignments: [ColumnAlignment], rows: [[String?]],
        footers: [String] = [], showsRowCount: Bool
    ) {
        self.title = title
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
        self.footers = footers
        self.showsRowCount = showsRowCount
    }
}
