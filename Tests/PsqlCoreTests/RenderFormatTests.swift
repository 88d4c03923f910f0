import Testing

@testable import PsqlCore

/// The `\pset` formats and borders, each expected text captured from psql 15.18 (`psql -X`)
/// for `select 1 as one, 'ab' as two, null as n, E'x\ny' as m` unless noted.
@Suite struct RenderFormatTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var settings: [(String, String)]
        var expected: String
    }

    static let cases: [Case] = [
        Case(
            description: "border 0", settings: [("border", "0")],
            expected: """
                one two n m 
                --- --- - -
                  1 ab    x+
                          y
                (1 row)


                """),
        Case(
            description: "border 2", settings: [("border", "2")],
            expected: """
                +-----+-----+---+---+
                | one | two | n | m |
                +-----+-----+---+---+
                |   1 | ab  |   | x+|
                |     |     |   | y |
                +-----+-----+---+---+
                (1 row)


                """),
        Case(
            description: "expanded border 2", settings: [("border", "2"), ("expanded", "on")],
            expected: """
                +-[ RECORD 1 ]-+
                | one | 1  |
                | two | ab |
                | n   |    |
                | m   | x +|
                |     | y  |
                +-----+----+


                """),
        Case(
            description: "expanded border 0", settings: [("border", "0"), ("expanded", "on")],
            expected: """
                * Record 1
                one 1
                two ab
                n   
                m   x +
                    y


                """),
        Case(
            description: "unaligned with null", settings: [("format", "unaligned"), ("null", "∅")],
            expected: """
                one|two|n|m
                1|ab|∅|x
                y
                (1 row)

                """),
        Case(
            description: "unaligned expanded", settings: [("format", "unaligned"), ("expanded", "on")],
            expected: """
                one|1
                two|ab
                n|
                m|x
                y

                """),
        Case(
            description: "csv", settings: [("format", "csv")],
            expected: """
                one,two,n,m
                1,ab,,"x
                y"

                """),
        Case(
            description: "html", settings: [("format", "html"), ("border", "0")],
            expected: """
                <table border="0">
                  <tr>
                    <th align="center">one</th>
                    <th align="center">two</th>
                    <th align="center">n</th>
                    <th align="center">m</th>
                  </tr>
                  <tr valign="top">
                    <td align="right">1</td>
                    <td align="left">ab</td>
                    <td align="left">&nbsp; </td>
                    <td align="left">x<br />
                y</td>
                  </tr>
                </table>
                <p>(1 row)<br />
                </p>

                """),
        Case(
            description: "tuples only", settings: [("tuples_only", "on"), ("title", "T")],
            expected: """
                   1 | ab  |   | x+
                     |     |   | y


                """),
        Case(
            description: "title, no footer", settings: [("title", "My title"), ("footer", "off")],
            expected: """
                     My title
                 one | two | n | m 
                -----+-----+---+---
                   1 | ab  |   | x+
                     |     |   | y


                """),
    ]

    @Test(arguments: cases) func printsAsPsql(_ testCase: Case) {
        var settings = PrintSettings()
        for (name, value) in testCase.settings { _ = settings.apply(name, value) }
        var store = RowStore(columnCount: 4)
        for cell in ["1", "ab", nil, "x\ny"] as [String?] { store.appendCell(cell) }
        store.finishRow()
        let columns = [
            ResultColumn(name: "one", typeOID: 23), ResultColumn(name: "two", typeOID: 25),
            ResultColumn(name: "n", typeOID: 25), ResultColumn(name: "m", typeOID: 25),
        ]
        var output = OutputBuffer()
        TablePrinter(options: settings.printOptions).render(columns: columns, rows: store, into: &output)
        #expect(output.text == testCase.expected)
    }

    @Test(arguments: [
        ("1234567.891", "1,234,567.891"), ("-12345", "-12,345"), ("12", "12"), ("1e+10", "1e+10"),
        ("$1,000.00", "$1,000.00"),
    ]) func groupsDigitsAsPsqlInTheCLocale(_ value: String, _ expected: String) {
        #expect(String(decoding: NumericLocale.grouped(Array(value.utf8)), as: UTF8.self) == expected)
    }

    @Test func csvQuotesWhatCopyCouldMisread() {
        var output = OutputBuffer()
        for (field, separator) in [("a;b", ";"), ("\\.", ","), ("ab", ".")] {
            Array(field.utf8).withUnsafeBufferPointer {
                CSVTableWriter.appendField(
                    $0, separator: UInt8(ascii: Character(separator).asciiValue.map { Unicode.Scalar($0) }!), into: &output)
            }
            output.append(" ")
        }
        #expect(output.text == "\"a;b\" \"\\.\" \"ab\" ")
    }

    /// `\pset format wrapped` with `\pset columns 24`, captured from psql 15.18 for
    /// `select 7 as id, 'alpha beta gamma delta epsilon' as words, E'a\nb' as nl` (and the
    /// first two columns expanded): the widest-above-average column gives way, `.` marks breaks.
    @Test func wrapsToTheTargetWidthAsPsql() {
        var settings = PrintSettings()
        _ = settings.apply("format", "wrapped")
        _ = settings.apply("columns", "24")
        func render(_ cells: [String], _ columns: [ResultColumn], expanded: Bool) -> String {
            var options = settings.printOptions
            options.expanded = expanded ? .on : .off
            var store = RowStore(columnCount: cells.count)
            for cell in cells { store.appendCell(cell) }
            store.finishRow()
            var output = OutputBuffer()
            TablePrinter(options: options).render(columns: columns, rows: store, into: &output)
            return output.text
        }
        let id = ResultColumn(name: "id", typeOID: 23)
        let words = ResultColumn(name: "words", typeOID: 25)
        let nl = ResultColumn(name: "nl", typeOID: 25)
        #expect(
            render(["7", "alpha beta gamma delta epsilon", "a\nb"], [id, words, nl], expanded: false) == """
                 id |    words     | nl 
                ----+--------------+----
                  7 | alpha beta g.| a +
                    |.amma delta e.| b
                    |.psilon       | 
                (1 row)


                """)
        #expect(
            render(["7", "alpha beta gamma delta epsilon"], [id, words], expanded: true) == """
                -[ RECORD 1 ]----------
                id    | 7
                words | alpha beta gamm.
                      |.a delta epsilon


                """)
    }
}
