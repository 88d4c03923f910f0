import Testing

@testable import PsqlCore

/// `\pset` as psql 15.18 answers it (messages captured from `psql -X`).
@Suite struct PrintSettingsTests {
    struct Case: Sendable, CustomStringConvertible {
        var commands: [(String, String?)]
        var expected: PrintSettings.Outcome
        var description: String { commands.map { "\($0.0) \($0.1 ?? "")" }.joined(separator: "; ") }
    }

    static let cases: [Case] = [
        Case(commands: [("border", "2")], expected: .changed("Border style is 2.")),
        Case(commands: [("border", "-1")], expected: .changed("Border style is 65535.")),
        Case(commands: [("border", "x")], expected: .changed("Border style is 0.")),
        Case(commands: [("format", "u")], expected: .changed("Output format is unaligned.")),
        Case(
            commands: [("format", "a")], expected: .failed("\\pset: ambiguous abbreviation \"a\" matches both \"aligned\" and \"asciidoc\"")
        ),
        Case(
            commands: [("format", "x")],
            expected: .failed(
                "\\pset: allowed formats are aligned, asciidoc, csv, html, latex, latex-longtable, troff-ms, unaligned, wrapped")),
        Case(commands: [("formatx", nil)], expected: .failed("\\pset: unknown option: formatx")),
        Case(commands: [("null", "∅")], expected: .changed("Null display is \"∅\".")),
        Case(commands: [("null", "∅"), ("null", nil)], expected: .changed("Null display is \"∅\".")),
        Case(commands: [("title", "hello"), ("title", nil)], expected: .changed("Title is unset.")),
        Case(commands: [("footer", nil)], expected: .changed("Default footer is off.")),
        Case(commands: [("footer", "off")], expected: .silent),
        Case(commands: [("tuples_only", nil)], expected: .changed("Tuples only is on.")),
        Case(commands: [("t", "maybe")], expected: .failed("unrecognized value \"maybe\" for \"t\": Boolean expected")),
        Case(commands: [("pager", "off")], expected: .changed("Pager usage is off.")),
        Case(commands: [("pager", nil)], expected: .changed("Pager usage is off.")),
        Case(commands: [("pager", "always")], expected: .changed("Pager is always used.")),
        Case(commands: [("recordsep", nil)], expected: .changed("Record separator is <newline>.")),
        Case(commands: [("fieldsep_zero", nil), ("fieldsep", nil)], expected: .changed("Field separator is zero byte.")),
        Case(commands: [("columns", "40")], expected: .changed("Target width is 40.")),
        Case(
            commands: [("expanded", "foo")],
            expected: .failed("unrecognized value \"foo\" for \"expanded\"\nAvailable values are: on, off, auto.")),
        Case(commands: [("expanded", "auto"), ("x", nil)], expected: .changed("Expanded display is off.")),
        Case(commands: [("csv_fieldsep", "ab")], expected: .failed("\\pset: csv_fieldsep must be a single one-byte character")),
        Case(commands: [("pager_min_lines", "1")], expected: .changed("Pager won't be used for less than 1 line.")),
        Case(commands: [("tableattr", nil)], expected: .changed("Table attributes unset.")),
        Case(commands: [("unicode_border_linestyle", "d")], expected: .changed("Unicode border line style is \"double\".")),
    ]

    @Test(arguments: cases) func answersAsPsql(_ testCase: Case) {
        var settings = PrintSettings()
        var outcome = PrintSettings.Outcome.silent
        for (name, value) in testCase.commands { outcome = settings.apply(name, value) }
        #expect(outcome == testCase.expected)
    }

    @Test func listsEverySettingAsPsql() {
        var settings = PrintSettings()
        _ = settings.apply("title", "it's\nhere")
        _ = settings.apply("fieldsep_zero", nil)
        let listing = settings.listing
        #expect(listing.count == 21)
        #expect(listing.first == "border                   1")
        #expect(listing.contains("fieldsep                 ''"))
        #expect(listing.contains("title                    'it\\'s\\nhere'"))
        #expect(listing.contains("tableattr                "))
        #expect(listing.contains("recordsep                '\\n'"))
    }

    @Test(arguments: [
        ("t", true), ("TRUE", true), ("f", false), ("y", true), ("no", false), ("on", true), ("of", false),
        ("1", true), ("0", false),
    ]) func readsBooleansAsPsql(_ text: String, _ value: Bool) {
        #expect(PsqlBoolean.parse(text) == value)
    }

    @Test(arguments: ["o", "", "2", "nope", "onn"]) func rejectsWhatPsqlRejects(_ text: String) {
        #expect(PsqlBoolean.parse(text) == nil)
    }
}
