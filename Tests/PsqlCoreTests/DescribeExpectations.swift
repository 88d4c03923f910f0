import Testing

@testable import PsqlCore

/// Expects `actual` to print exactly what `expected` prints.
///
/// Expected outcomes in the describe tests are transcribed from real psql output, where a NULL
/// cell and an empty one look the same and a multi-line footer is just several lines; so cells
/// are compared with NULL read as empty, and footers as the text they print.
func expectPrinted(
    _ actual: [DescribeOutcome], _ expected: [DescribeOutcome],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.map(PrintedOutcome.init) == expected.map(PrintedOutcome.init), sourceLocation: sourceLocation)
}

/// What an outcome looks like once printed, for comparisons.
private enum PrintedOutcome: Equatable, CustomStringConvertible {
    case table(
        title: String?, headers: [String], alignments: [ColumnAlignment], rows: [[String]],
        footerText: String, showsRowCount: Bool)
    case message(String)
    case error(String)

    init(_ outcome: DescribeOutcome) {
        switch outcome {
        case .table(let table):
            self = .table(
                title: table.title, headers: table.headers, alignments: table.alignments,
                rows: table.rows.map { $0.map { $0 ?? "" } },
                footerText: table.footers.joined(separator: "\n"), showsRowCount: table.showsRowCount)
        case .message(let text): self = .message(text)
        case .error(let text): self = .error(text)
        }
    }

    var description: String {
        switch self {
        case .table(let title, let headers, let alignments, let rows, let footerText, let showsRowCount):
            let body = rows.map { $0.joined(separator: " | ") }.joined(separator: "\n")
            return "table \(title ?? "-") \(headers) \(alignments) count:\(showsRowCount)\n\(body)\n\(footerText)"
        case .message(let text): return "message \(text)"
        case .error(let text): return "error \(text)"
        }
    }
}

/// Runs `\command arguments` on a 15.18 server that answers with `replies`, in order, and
/// expects what psql printed; every reply must have been asked for.
func expectDescribe(
    _ command: String, _ arguments: [String] = [], replies: [CatalogRows], printed expected: [DescribeOutcome],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let catalog = ScriptedCatalog(replies)
    let outcomes = try #require(
        try DescribeCommand.run(command, arguments: arguments, serverVersion: 150018, using: catalog), sourceLocation: sourceLocation)
    expectPrinted(outcomes, expected, sourceLocation: sourceLocation)
    #expect(catalog.isExhausted, "every scripted reply is asked for", sourceLocation: sourceLocation)
}
