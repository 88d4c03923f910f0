/// psql's `\pset format` values: all of psql 15's.
public enum OutputFormat: String, Sendable, Equatable, CaseIterable {
    case aligned
    case unaligned
    case wrapped
    case csv
    case html
    case asciidoc
    case latex
    case latexLongtable = "latex-longtable"
    case troffMs = "troff-ms"
}

/// A separator of the unaligned format: some text, or a zero byte (`fieldsep_zero`,
/// `recordsep_zero`, for `xargs -0`).
public enum Separator: Sendable, Equatable {
    case text(String)
    case zero

    /// The bytes written between fields or records.
    var bytes: [UInt8] {
        switch self {
        case .text(let text): Array(text.utf8)
        case .zero: [0]
        }
    }
}
