/// A writer of one of psql's text formats (`unaligned`, `csv`, `html`, `asciidoc`, `latex`,
/// `latex-longtable`, `troff-ms`): all it needs is the table and the print options. The aligned
/// and wrapped formats measure the table first and are written by `AlignedTableWriter` and
/// `ExpandedTableWriter` instead.
protocol FormatTableWriter {
    var content: TableContent { get }
    var options: PrintOptions { get }
    init(content: TableContent, options: PrintOptions)
    func write(into output: inout OutputBuffer, flush: ([UInt8]) -> Void)
}

extension FormatTableWriter {
    /// One record per block (`\x on`); psql's `auto` expands only the aligned formats.
    var expanded: Bool { options.expanded == .on }
}
