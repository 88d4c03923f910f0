import Testing

@testable import PsqlCore

/// One table as real psql 15 printed it, with the data that went into it.
///
/// Every `psql` / `psqlBytes` below is psql 15.18's own output (`psql -X -q`, client encoding
/// UTF8 unless noted), captured from a scratch server by running `capturedWith` and copied here
/// unchanged. The cells were read back from the same server to make sure they are exactly
/// what psql was given. Nothing here was produced by pgcoach's renderer.
struct PsqlCapture: Sendable, CustomTestStringConvertible {
    /// A cell's bytes, written as a string literal or, for text that is not UTF-8, `raw([...])`.
    struct Cell: Sendable, ExpressibleByStringLiteral {
        var bytes: [UInt8]
        init(stringLiteral value: String) { bytes = Array(value.utf8) }
        init(bytes: [UInt8]) { self.bytes = bytes }
    }

    let name: String
    let capturedWith: String
    let headers: [String]
    let typeOIDs: [UInt32]?
    let alignments: [ColumnAlignment]?
    let rows: [[Cell?]]
    let options: PrintOptions
    let expected: [UInt8]

    var testDescription: String { name }

    /// A query result: headers and alignments come from the columns.
    init(
        name: String, capturedWith: String, columns: [(String, UInt32)], rows: [[Cell?]],
        options: PrintOptions, psql lines: [String]
    ) {
        self.init(
            name: name, capturedWith: capturedWith, columns: columns, rows: rows, options: options,
            psqlBytes: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    init(
        name: String, capturedWith: String, columns: [(String, UInt32)], rows: [[Cell?]],
        options: PrintOptions, psqlBytes: [UInt8]
    ) {
        self.name = name
        self.capturedWith = capturedWith
        self.headers = columns.map(\.0)
        self.typeOIDs = columns.map(\.1)
        self.alignments = nil
        self.rows = rows
        self.options = options
        self.expected = psqlBytes
    }

    /// A describe command's table: the caller names headers; `nil` alignments mean all left,
    /// as psql's describe commands use.
    init(
        name: String, capturedWith: String, headers: [String], alignments: [ColumnAlignment]?,
        rows: [[Cell?]], options: PrintOptions, psql lines: [String]
    ) {
        self.name = name
        self.capturedWith = capturedWith
        self.headers = headers
        self.typeOIDs = nil
        self.alignments = alignments ?? headers.map { _ in .left }
        self.rows = rows
        self.options = options
        self.expected = Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    var rowStore: RowStore {
        var store = RowStore(columnCount: headers.count)
        for row in rows {
            for cell in row {
                if let cell {
                    cell.bytes.withUnsafeBytes { store.appendCell($0) }
                } else {
                    store.appendCell(nil as UnsafeRawBufferPointer?)
                }
            }
            store.finishRow()
        }
        return store
    }

    /// Renders through the public API the REPL uses.
    func render(into output: inout OutputBuffer, flush: ([UInt8]) -> Void = { _ in }) {
        let printer = TablePrinter(options: options)
        if let typeOIDs {
            let columns = zip(headers, typeOIDs).map { ResultColumn(name: $0, typeOID: $1) }
            printer.render(columns: columns, rows: rowStore, into: &output, flush: flush)
        } else {
            printer.render(headers: headers, alignments: alignments!, rows: rowStore, into: &output, flush: flush)
        }
    }
}

/// Bytes that are not valid UTF-8, for the SQL_ASCII captures.
private func raw(_ bytes: [UInt8]) -> PsqlCapture.Cell { PsqlCapture.Cell(bytes: bytes) }

@Suite struct RenderPsqlCorpusTests {
    @Test(arguments: psqlCorpus)
    func rendersByteForByteLikePsql(_ capture: PsqlCapture) {
        var output = OutputBuffer()
        capture.render(into: &output)
        #expect(output.text == String(decoding: capture.expected, as: UTF8.self))
        #expect(output.bytes == capture.expected)
    }

    @Test(arguments: psqlCorpus)
    func streamsTheSameBytesWhenFlushedAfterEveryRow(_ capture: PsqlCapture) {
        var output = OutputBuffer(flushThreshold: 1)
        var flushed: [UInt8] = []
        capture.render(into: &output) { flushed.append(contentsOf: $0) }
        output.flush { flushed.append(contentsOf: $0) }
        #expect(flushed == capture.expected)
    }
}

/// The captured corpus. Regenerate by running each `capturedWith` through `psql -X -q` against a
/// PostgreSQL 15 server (the describe captures need the tables and publication they show).
/// Tables that more than one capture prints, each under other settings.
enum CorpusTables {
    /// `\dt` on the capture database.
    static let relationsHeaders = ["Schema", "Name", "Type", "Owner"]
    static let relations: [[PsqlCapture.Cell?]] = [
        ["public", "customers", "table", "postgres"],
        ["public", "orders", "table", "postgres"],
        ["public", "t", "table", "postgres"],
    ]
    /// `\dRp+ pub_orders`.
    static let publicationHeaders = ["Owner", "All tables", "Inserts", "Updates", "Deletes", "Truncates", "Via root"]
    static let publication: [[PsqlCapture.Cell?]] = [["postgres", "f", "t", "t", "t", "t", "f"]]
}

let psqlCorpus: [PsqlCapture] = [
    PsqlCapture(
        name: "integers, numeric, text and NULLs",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'12.50' AS numeric), CAST(E'first' AS text)),\n  (CAST(E'22' AS int4), CAST(NULL AS numeric), CAST(E'second row' AS text)),\n  (CAST(E'-333' AS int4), CAST(E'0.001' AS numeric), CAST(NULL AS text)),\n  (CAST(NULL AS int4), CAST(E'100' AS numeric), CAST(E'' AS text))) AS v(\"id\", \"amount\", \"label\");\n",
        columns: [("id", 23), ("amount", 1700), ("label", 25)],
        rows: [
            ["1", "12.50", "first"],
            ["22", nil, "second row"],
            ["-333", "0.001", nil],
            [nil, "100", ""],
        ],
        options: PrintOptions(),
        psql: [
            "  id  | amount |   label    ",
            "------+--------+------------",
            "    1 |  12.50 | first",
            "   22 |        | second row",
            " -333 |  0.001 | ",
            "      |    100 | ",
            "(4 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "every right-aligned type next to left-aligned ones",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int2), CAST(E'9000000000' AS int8), CAST(E'0.5' AS float4), CAST(E'-2.25' AS float8), CAST(E'42' AS oid), CAST(E'733' AS xid), CAST(E'1234567' AS xid8), CAST(E'3' AS cid), CAST(E'$12.34' AS money), CAST(E't' AS bool), CAST(E'2024-02-29' AS date), CAST(E'{\"a\": 1}' AS jsonb), CAST(E'{1,2}' AS int4[]))) AS v(\"i2\", \"i8\", \"f4\", \"f8\", \"o\", \"x\", \"x8\", \"c\", \"m\", \"b\", \"d\", \"j\", \"arr\");\n",
        columns: [
            ("i2", 21), ("i8", 20), ("f4", 700), ("f8", 701), ("o", 26), ("x", 28), ("x8", 5069), ("c", 29), ("m", 790), ("b", 16),
            ("d", 1082), ("j", 3802), ("arr", 1007),
        ],
        rows: [
            ["1", "9000000000", "0.5", "-2.25", "42", "733", "1234567", "3", "$12.34", "t", "2024-02-29", "{\"a\": 1}", "{1,2}"]
        ],
        options: PrintOptions(),
        psql: [
            " i2 |     i8     | f4  |  f8   | o  |  x  |   x8    | c |   m    | b |     d      |    j     |  arr  ",
            "----+------------+-----+-------+----+-----+---------+---+--------+---+------------+----------+-------",
            "  1 | 9000000000 | 0.5 | -2.25 | 42 | 733 | 1234567 | 3 | $12.34 | t | 2024-02-29 | {\"a\": 1} | {1,2}",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "header wider than the data, odd and even padding",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'x' AS text), CAST(E'abcd' AS text)),\n  (CAST(E'2' AS int4), CAST(E'yz' AS text), CAST(E'ab' AS text))) AS v(\"a long column header\", \"another wide header\", \"odd\");\n",
        columns: [("a long column header", 23), ("another wide header", 25), ("odd", 25)],
        rows: [
            ["1", "x", "abcd"],
            ["2", "yz", "ab"],
        ],
        options: PrintOptions(),
        psql: [
            " a long column header | another wide header | odd  ",
            "----------------------+---------------------+------",
            "                    1 | x                   | abcd",
            "                    2 | yz                  | ab",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "value wider than its header",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'a value that is much wider than the header above it' AS text)),\n  (CAST(E'123456789' AS int4), CAST(E'short' AS text))) AS v(\"n\", \"description\");\n",
        columns: [("n", 23), ("description", 25)],
        rows: [
            ["1", "a value that is much wider than the header above it"],
            ["123456789", "short"],
        ],
        options: PrintOptions(),
        psql: [
            "     n     |                     description                     ",
            "-----------+-----------------------------------------------------",
            "         1 | a value that is much wider than the header above it",
            " 123456789 | short",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "a wide column",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxEND' AS text)),\n  (CAST(E'2' AS int4), CAST(E'tail' AS text))) AS v(\"id\", \"payload\");\n",
        columns: [("id", 23), ("payload", 25)],
        rows: [
            [
                "1",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxEND",
            ],
            ["2", "tail"],
        ],
        options: PrintOptions(),
        psql: [
            " id |                                                                          payload                                                                          ",
            "----+-----------------------------------------------------------------------------------------------------------------------------------------------------------",
            "  1 | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxEND",
            "  2 | tail",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "wide CJK and emoji, combining accents",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'\\U000065e5\\U0000672c\\U00008a9e' AS text), CAST(E'1' AS int4), CAST(E'\\U0000ff46\\U0000ff55\\U0000ff4c\\U0000ff4c\\U0000ff57\\U0000ff49\\U0000ff44\\U0000ff54\\U0000ff48' AS text)),\n  (CAST(E'caf\\U000000e9' AS text), CAST(E'2' AS int4), CAST(E'e\\U00000301te\\U00000301' AS text)),\n  (CAST(E'\\U0001f600 emoji' AS text), CAST(E'3' AS int4), CAST(E'\\U0000d55c\\U0000ad6d\\U0000c5b4' AS text)),\n  (CAST(E'x' AS text), CAST(E'4' AS int4), CAST(E'\\U0000200b\\U0000fe0f\\U00000301' AS text))) AS v(\"name\", \"n\", \"note\");\n",
        columns: [("name", 25), ("n", 23), ("note", 25)],
        rows: [
            ["\u{65E5}\u{672C}\u{8A9E}", "1", "\u{FF46}\u{FF55}\u{FF4C}\u{FF4C}\u{FF57}\u{FF49}\u{FF44}\u{FF54}\u{FF48}"],
            ["caf\u{E9}", "2", "e\u{301}te\u{301}"],
            ["\u{1F600} emoji", "3", "\u{D55C}\u{AD6D}\u{C5B4}"],
            ["x", "4", "\u{200B}\u{FE0F}\u{301}"],
        ],
        options: PrintOptions(),
        psql: [
            "   name   | n |        note        ",
            "----------+---+--------------------",
            " \u{65E5}\u{672C}\u{8A9E}   | 1 | \u{FF46}\u{FF55}\u{FF4C}\u{FF4C}\u{FF57}\u{FF49}\u{FF44}\u{FF54}\u{FF48}",
            " caf\u{E9}     | 2 | e\u{301}te\u{301}",
            " \u{1F600} emoji | 3 | \u{D55C}\u{AD6D}\u{C5B4}",
            " x        | 4 | \u{200B}\u{FE0F}\u{301}",
            "(4 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "CJK and combining characters in headers",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'a' AS text), CAST(E'1' AS int4), CAST(E'b' AS text))) AS v(\"\u{540D}\u{524D}\", \"cafe\u{301}\", \"\u{1F600}\");\n",
        columns: [("\u{540D}\u{524D}", 25), ("cafe\u{301}", 23), ("\u{1F600}", 25)],
        rows: [
            ["a", "1", "b"]
        ],
        options: PrintOptions(),
        psql: [
            " \u{540D}\u{524D} | cafe\u{301} | \u{1F600} ",
            "------+------+----",
            " a    |    1 | b",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "control characters, tabs, carriage return and DEL",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'a\\U0000000db' AS text), CAST(E'x' AS text)),\n  (CAST(E'tab\\U00000009stop' AS text), CAST(E'x' AS text)),\n  (CAST(E'\\U00000009\\U00000009x' AS text), CAST(E'y' AS text)),\n  (CAST(E'ctl\\U00000001\\U0000001f' AS text), CAST(E'z' AS text)),\n  (CAST(E'del\\U0000007f' AS text), CAST(E'w' AS text)),\n  (CAST(E'c1\\U00000085' AS text), CAST(E'v' AS text)),\n  (CAST(E'\\U000065e5\\U00000009\\U0000672c' AS text), CAST(E'u' AS text))) AS v(\"raw\", \"after\");\n",
        columns: [("raw", 25), ("after", 25)],
        rows: [
            ["a\u{D}b", "x"],
            ["tab\u{9}stop", "x"],
            ["\u{9}\u{9}x", "y"],
            ["ctl\u{1}\u{1F}", "z"],
            ["del\u{7F}", "w"],
            ["c1\u{85}", "v"],
            ["\u{65E5}\u{9}\u{672C}", "u"],
        ],
        options: PrintOptions(),
        psql: [
            "        raw        | after ",
            "-------------------+-------",
            " a\\rb              | x",
            " tab     stop      | x",
            "                 x | y",
            " ctl\\x01\\x1F       | z",
            " del\\x7F           | w",
            " c1\\u0085          | v",
            " \u{65E5}      \u{672C}        | u",
            "(7 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "multi-line values in the middle and last columns",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'line one\\U0000000aline two\\U0000000athree' AS text), CAST(E'single' AS text)),\n  (CAST(E'2' AS int4), CAST(E'one' AS text), CAST(E'a\\U0000000ab' AS text)),\n  (CAST(E'3' AS int4), CAST(NULL AS text), CAST(E'x\\U0000000a\\U0000000ay' AS text)),\n  (CAST(E'4' AS int4), CAST(E'ends with newline\\U0000000a' AS text), CAST(E'z' AS text))) AS v(\"id\", \"body\", \"tail\");\n",
        columns: [("id", 23), ("body", 25), ("tail", 25)],
        rows: [
            ["1", "line one\nline two\nthree", "single"],
            ["2", "one", "a\nb"],
            ["3", nil, "x\n\ny"],
            ["4", "ends with newline\n", "z"],
        ],
        options: PrintOptions(),
        psql: [
            " id |       body        |  tail  ",
            "----+-------------------+--------",
            "  1 | line one         +| single",
            "    | line two         +| ",
            "    | three             | ",
            "  2 | one               | a     +",
            "    |                   | b",
            "  3 |                   | x     +",
            "    |                   |       +",
            "    |                   | y",
            "  4 | ends with newline+| z",
            "    |                   | ",
            "(4 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "noncharacters: U+1FFFE dropped as psql does, U+FFFE kept",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'a\\U0001fffeb' AS text), CAST(E'x' AS text)),\n  (CAST(E'c\\U0000fffed' AS text), CAST(E'y' AS text))) AS v(\"v\", \"w\");\n",
        columns: [("v", 25), ("w", 25)],
        rows: [
            ["a\u{1FFFE}b", "x"],
            ["c\u{FFFE}d", "y"],
        ],
        options: PrintOptions(),
        psql: [
            "  v  | w ",
            "-----+---",
            " ab  | x",
            " c\u{FFFE}d | y",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "trailing spaces and a value that is only a newline",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'x  ' AS text), CAST(E'y  ' AS text)),\n  (CAST(E'\\U0000000a' AS text), CAST(E'z' AS text)),\n  (CAST(E'' AS text), CAST(E' ' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 25), ("b", 25)],
        rows: [
            ["x  ", "y  "],
            ["\n", "z"],
            ["", " "],
        ],
        options: PrintOptions(),
        psql: [
            "  a  |  b  ",
            "-----+-----",
            " x   | y  ",
            "    +| z",
            "     | ",
            "     |  ",
            "(3 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "multi-line value in the last column only",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'a' AS text), CAST(E'1\\U0000000a22\\U0000000a333' AS text)),\n  (CAST(E'b' AS text), CAST(E'x' AS text))) AS v(\"k\", \"v\");\n",
        columns: [("k", 25), ("v", 25)],
        rows: [
            ["a", "1\n22\n333"],
            ["b", "x"],
        ],
        options: PrintOptions(),
        psql: [
            " k |  v  ",
            "---+-----",
            " a | 1  +",
            "   | 22 +",
            "   | 333",
            " b | x",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "multi-line value next to a right-aligned number",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'one\\U0000000atwo' AS text), CAST(E'7' AS int4)),\n  (CAST(E'three' AS text), CAST(E'8' AS int4))) AS v(\"v\", \"n\");\n",
        columns: [("v", 25), ("n", 23)],
        rows: [
            ["one\ntwo", "7"],
            ["three", "8"],
        ],
        options: PrintOptions(),
        psql: [
            "   v   | n ",
            "-------+---",
            " one  +| 7",
            " two   | ",
            " three | 8",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "multi-line header",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'x' AS text), CAST(E'y' AS text))) AS v(\"first\nsecond\", \"plain\", \"a\nb\nc\");\n",
        columns: [("first\nsecond", 23), ("plain", 25), ("a\nb\nc", 25)],
        rows: [
            ["1", "x", "y"]
        ],
        options: PrintOptions(),
        psql: [
            " first +| plain | a+",
            " second |       | b+",
            "        |       | c ",
            "--------+-------+---",
            "      1 | x     | y",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "zero rows",
        capturedWith: "SELECT * FROM (VALUES\n  (CAST(NULL AS int4), CAST(NULL AS text))) AS v(\"a\", \"b\") WHERE false;\n",
        columns: [("a", 23), ("b", 25)],
        rows: [],
        options: PrintOptions(),
        psql: [
            " a | b ",
            "---+---",
            "(0 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "zero rows, headers only",
        capturedWith: "SELECT * FROM (VALUES\n  (CAST(NULL AS text))) AS v(\"only header\") WHERE false;\n",
        columns: [("only header", 25)],
        rows: [],
        options: PrintOptions(),
        psql: [
            " only header ",
            "-------------",
            "(0 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "one column, one row",
        capturedWith: "SELECT * FROM (VALUES\n  (CAST(E'1' AS int4))) AS v(\"?column?\");\n",
        columns: [("?column?", 23)],
        rows: [
            ["1"]
        ],
        options: PrintOptions(),
        psql: [
            " ?column? ",
            "----------",
            "        1",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "zero columns, one row (select;)",
        capturedWith: "SELECT FROM generate_series(1, 1);\n",
        columns: [],
        rows: [
            []
        ],
        options: PrintOptions(),
        psql: [
            "--",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "zero columns, three rows",
        capturedWith: "SELECT FROM generate_series(1, 3);\n",
        columns: [],
        rows: [
            [],
            [],
            [],
        ],
        options: PrintOptions(),
        psql: [
            "--",
            "(3 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "zero columns, zero rows",
        capturedWith: "SELECT WHERE false;\n",
        columns: [],
        rows: [],
        options: PrintOptions(),
        psql: [
            "--",
            "(0 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "blank header",
        capturedWith: "SELECT * FROM (VALUES\n  (CAST(E'x' AS text), CAST(E'1' AS int4))) AS v(\" \", \"b\");\n",
        columns: [(" ", 25), ("b", 23)],
        rows: [
            ["x", "1"]
        ],
        options: PrintOptions(),
        psql: [
            "   | b ",
            "---+---",
            " x | 1",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "title over a wider table",
        capturedWith:
            "\\pset title 'Short'\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'alpha' AS text)),\n  (CAST(E'2' AS int4), CAST(E'beta' AS text))) AS v(\"id\", \"name\");\n",
        columns: [("id", 23), ("name", 25)],
        rows: [
            ["1", "alpha"],
            ["2", "beta"],
        ],
        options: PrintOptions(title: "Short"),
        psql: [
            "   Short",
            " id | name  ",
            "----+-------",
            "  1 | alpha",
            "  2 | beta",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "title wider than the table",
        capturedWith: "\\pset title 'A title much wider than its table'\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4))) AS v(\"a\");\n",
        columns: [("a", 23)],
        rows: [
            ["1"]
        ],
        options: PrintOptions(title: "A title much wider than its table"),
        psql: [
            "A title much wider than its table",
            " a ",
            "---",
            " 1",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "title exactly as wide as the table",
        capturedWith:
            "\\pset title 'Title-Eight'\nSELECT * FROM (VALUES\n  (CAST(E'x' AS text), CAST(E'y' AS text))) AS v(\"abc\", \"de\");\n",
        columns: [("abc", 25), ("de", 25)],
        rows: [
            ["x", "y"]
        ],
        options: PrintOptions(title: "Title-Eight"),
        psql: [
            "Title-Eight",
            " abc | de ",
            "-----+----",
            " x   | y",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "title with odd spare width",
        capturedWith: "\\pset title 'Tit'\nSELECT * FROM (VALUES\n  (CAST(E'x' AS text), CAST(E'y' AS text))) AS v(\"abcd\", \"efgh\");\n",
        columns: [("abcd", 25), ("efgh", 25)],
        rows: [
            ["x", "y"]
        ],
        options: PrintOptions(title: "Tit"),
        psql: [
            "     Tit",
            " abcd | efgh ",
            "------+------",
            " x    | y",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "wide-character title",
        capturedWith:
            "\\pset title '\u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30BF}\u{30A4}\u{30C8}\u{30EB}'\nSELECT * FROM (VALUES\n  (CAST(E'x' AS text), CAST(E'y' AS text))) AS v(\"abcdefgh\", \"ijklmnop\");\n",
        columns: [("abcdefgh", 25), ("ijklmnop", 25)],
        rows: [
            ["x", "y"]
        ],
        options: PrintOptions(title: "日本語のタイトル"),
        psql: [
            "  \u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30BF}\u{30A4}\u{30C8}\u{30EB}",
            " abcdefgh | ijklmnop ",
            "----------+----------",
            " x        | y",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "NULL display text",
        capturedWith:
            "\\pset null '(null)'\nSELECT * FROM (VALUES\n  (CAST(NULL AS int4), CAST(NULL AS text)),\n  (CAST(E'1' AS int4), CAST(E'x' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 25)],
        rows: [
            [nil, nil],
            ["1", "x"],
        ],
        options: PrintOptions(nullDisplay: "(null)"),
        psql: [
            "   a    |   b    ",
            "--------+--------",
            " (null) | (null)",
            "      1 | x",
            "(2 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "footer off",
        capturedWith: "\\pset footer off\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4)),\n  (CAST(E'2' AS int4))) AS v(\"a\");\n",
        columns: [("a", 23)],
        rows: [
            ["1"],
            ["2"],
        ],
        options: PrintOptions(showRowCount: false),
        psql: [
            " a ",
            "---",
            " 1",
            " 2",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: two rows",
        capturedWith:
            "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'alpha' AS text), CAST(E'1.50' AS numeric)),\n  (CAST(E'2' AS int4), CAST(NULL AS text), CAST(E'-3' AS numeric))) AS v(\"id\", \"name\", \"amount\");\n",
        columns: [("id", 23), ("name", 25), ("amount", 1700)],
        rows: [
            ["1", "alpha", "1.50"],
            ["2", nil, "-3"],
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]-",
            "id     | 1",
            "name   | alpha",
            "amount | 1.50",
            "-[ RECORD 2 ]-",
            "id     | 2",
            "name   | ",
            "amount | -3",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: multi-line values",
        capturedWith:
            "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'line one\\U0000000aline two' AS text), CAST(E'x' AS text)),\n  (CAST(E'2' AS int4), CAST(E'a\\U0000000abb\\U0000000a' AS text), CAST(E'y\\U0000000az' AS text))) AS v(\"id\", \"body\", \"z\");\n",
        columns: [("id", 23), ("body", 25), ("z", 25)],
        rows: [
            ["1", "line one\nline two", "x"],
            ["2", "a\nbb\n", "y\nz"],
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]--",
            "id   | 1",
            "body | line one+",
            "     | line two",
            "z    | x",
            "-[ RECORD 2 ]--",
            "id   | 2",
            "body | a       +",
            "     | bb      +",
            "     | ",
            "z    | y       +",
            "     | z",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: long values and a long header",
        capturedWith:
            "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'short' AS text), CAST(E'a value that is clearly wider than the record header line' AS text))) AS v(\"a rather long column name\", \"b\");\n",
        columns: [("a rather long column name", 25), ("b", 25)],
        rows: [
            ["short", "a value that is clearly wider than the record header line"]
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]-------------+----------------------------------------------------------",
            "a rather long column name | short",
            "b                         | a value that is clearly wider than the record header line",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: narrow values, header line sets the width",
        capturedWith: "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'2' AS int4))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 23)],
        rows: [
            ["1", "2"]
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]",
            "a | 1",
            "b | 2",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: record numbers of two digits",
        capturedWith:
            "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4)),\n  (CAST(E'2' AS int4)),\n  (CAST(E'3' AS int4)),\n  (CAST(E'4' AS int4)),\n  (CAST(E'5' AS int4)),\n  (CAST(E'6' AS int4)),\n  (CAST(E'7' AS int4)),\n  (CAST(E'8' AS int4)),\n  (CAST(E'9' AS int4)),\n  (CAST(E'10' AS int4)),\n  (CAST(E'11' AS int4)),\n  (CAST(E'12' AS int4))) AS v(\"n\");\n",
        columns: [("n", 23)],
        rows: [
            ["1"],
            ["2"],
            ["3"],
            ["4"],
            ["5"],
            ["6"],
            ["7"],
            ["8"],
            ["9"],
            ["10"],
            ["11"],
            ["12"],
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]",
            "n | 1",
            "-[ RECORD 2 ]",
            "n | 2",
            "-[ RECORD 3 ]",
            "n | 3",
            "-[ RECORD 4 ]",
            "n | 4",
            "-[ RECORD 5 ]",
            "n | 5",
            "-[ RECORD 6 ]",
            "n | 6",
            "-[ RECORD 7 ]",
            "n | 7",
            "-[ RECORD 8 ]",
            "n | 8",
            "-[ RECORD 9 ]",
            "n | 9",
            "-[ RECORD 10 ]",
            "n | 10",
            "-[ RECORD 11 ]",
            "n | 11",
            "-[ RECORD 12 ]",
            "n | 12",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: multi-line header",
        capturedWith:
            "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'v' AS text), CAST(E'w' AS text)),\n  (CAST(E'multi\\U0000000aline' AS text), CAST(E'q' AS text))) AS v(\"first\nsecond\", \"k\");\n",
        columns: [("first\nsecond", 25), ("k", 25)],
        rows: [
            ["v", "w"],
            ["multi\nline", "q"],
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]-",
            "first +| v",
            "second |",
            "k      | w",
            "-[ RECORD 2 ]-",
            "first +| multi+",
            "second | line",
            "k      | q",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: wide characters",
        capturedWith:
            "\\x on\nSELECT * FROM (VALUES\n  (CAST(E'\\U000065e5\\U0000672c\\U00008a9e' AS text), CAST(E'\\U0001f600\\U0001f600' AS text)),\n  (CAST(E'e\\U00000301' AS text), CAST(E'\\U00000009|' AS text))) AS v(\"\u{540D}\u{524D}\", \"emoji\");\n",
        columns: [("\u{540D}\u{524D}", 25), ("emoji", 25)],
        rows: [
            ["\u{65E5}\u{672C}\u{8A9E}", "\u{1F600}\u{1F600}"],
            ["e\u{301}", "\u{9}|"],
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "-[ RECORD 1 ]----",
            "\u{540D}\u{524D}  | \u{65E5}\u{672C}\u{8A9E}",
            "emoji | \u{1F600}\u{1F600}",
            "-[ RECORD 2 ]----",
            "\u{540D}\u{524D}  | e\u{301}",
            "emoji |         |",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: zero rows",
        capturedWith: "\\x on\nSELECT * FROM (VALUES\n  (CAST(NULL AS int4), CAST(NULL AS text))) AS v(\"a\", \"b\") WHERE false;\n",
        columns: [("a", 23), ("b", 25)],
        rows: [],
        options: PrintOptions(expanded: .on),
        psql: [
            "(0 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: zero rows with a title",
        capturedWith: "\\x on\n\\pset title 'Ignored title'\nSELECT * FROM (VALUES\n  (CAST(NULL AS int4))) AS v(\"a\") WHERE false;\n",
        columns: [("a", 23)],
        rows: [],
        options: PrintOptions(expanded: .on, title: "Ignored title"),
        psql: [
            "(0 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: zero columns (select;)",
        capturedWith: "\\x on\nSELECT FROM generate_series(1, 1);\n",
        columns: [],
        rows: [
            []
        ],
        options: PrintOptions(expanded: .on),
        psql: [
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: title",
        capturedWith:
            "\\x on\n\\pset title 'My title'\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'x' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 25)],
        rows: [
            ["1", "x"]
        ],
        options: PrintOptions(expanded: .on, title: "My title"),
        psql: [
            "My title",
            "-[ RECORD 1 ]",
            "a | 1",
            "b | x",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded: footer off",
        capturedWith: "\\x on\n\\pset footer off\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4))) AS v(\"a\");\n",
        columns: [("a", 23)],
        rows: [
            ["1"]
        ],
        options: PrintOptions(expanded: .on, showRowCount: false),
        psql: [
            "-[ RECORD 1 ]",
            "a | 1",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded auto: fits, stays aligned",
        capturedWith:
            "\\x auto\n\\pset columns 40\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'short' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 25)],
        rows: [
            ["1", "short"]
        ],
        options: PrintOptions(expanded: .auto, terminalColumns: 40),
        psql: [
            " a |   b   ",
            "---+-------",
            " 1 | short",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded auto: exactly as wide as the terminal",
        capturedWith:
            "\\x auto\n\\pset columns 20\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'xxxxxxxxxxxxxx' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 25)],
        rows: [
            ["1", "xxxxxxxxxxxxxx"]
        ],
        options: PrintOptions(expanded: .auto, terminalColumns: 20),
        psql: [
            " a |       b        ",
            "---+----------------",
            " 1 | xxxxxxxxxxxxxx",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded auto: one column too wide",
        capturedWith:
            "\\x auto\n\\pset columns 20\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'xxxxxxxxxxxxxxx' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 25)],
        rows: [
            ["1", "xxxxxxxxxxxxxxx"]
        ],
        options: PrintOptions(expanded: .auto, terminalColumns: 20),
        psql: [
            "-[ RECORD 1 ]------",
            "a | 1",
            "b | xxxxxxxxxxxxxxx",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded auto: a single column never expands",
        capturedWith:
            "\\x auto\n\\pset columns 20\nSELECT * FROM (VALUES\n  (CAST(E'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' AS text))) AS v(\"b\");\n",
        columns: [("b", 25)],
        rows: [
            ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
        ],
        options: PrintOptions(expanded: .auto, terminalColumns: 20),
        psql: [
            "                         b                          ",
            "----------------------------------------------------",
            " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded auto: headers alone too wide",
        capturedWith:
            "\\x auto\n\\pset columns 30\nSELECT * FROM (VALUES\n  (CAST(NULL AS int4), CAST(NULL AS text))) AS v(\"a header that is long\", \"another long header\") WHERE false;\n",
        columns: [("a header that is long", 23), ("another long header", 25)],
        rows: [],
        options: PrintOptions(expanded: .auto, terminalColumns: 30),
        psql: [
            "(0 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "expanded auto without a terminal width stays aligned",
        capturedWith:
            "\\x auto\nSELECT * FROM (VALUES\n  (CAST(E'1' AS int4), CAST(E'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' AS text))) AS v(\"a\", \"b\");\n",
        columns: [("a", 23), ("b", 25)],
        rows: [
            ["1", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
        ],
        options: PrintOptions(expanded: .auto, terminalColumns: nil),
        psql: [
            " a |                                                  b                                                   ",
            "---+------------------------------------------------------------------------------------------------------",
            " 1 | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "(1 row)",
            "",
        ]
    ),
    PsqlCapture(
        name: "SQL_ASCII: every byte is one column",
        capturedWith:
            "SELECT * FROM (VALUES\n  (CAST(E'\\x61\\xff\\x62' AS text), CAST(E'\\x7a' AS text)),\n  (CAST(E'\\xe6\\x97\\xa5\\xe6\\x9c\\xac' AS text), CAST(E'\\x7a' AS text)),\n  (CAST(E'\\xc3\\x41\\x01' AS text), CAST(E'\\x7a' AS text))) AS v(\"raw\", \"z\");\n",
        columns: [("raw", 25), ("z", 25)],
        rows: [
            [raw([0x61, 0xFF, 0x62]), "z"],
            ["\u{65E5}\u{672C}", "z"],
            [raw([0xC3, 0x41, 0x01]), "z"],
        ],
        options: PrintOptions(encoding: .singleByte),
        psqlBytes: [
            0x20, 0x20, 0x72, 0x61, 0x77, 0x20, 0x20, 0x20, 0x7C, 0x20, 0x7A, 0x20, 0x0A, 0x2D, 0x2D, 0x2D, 0x2D, 0x2D, 0x2D, 0x2D, 0x2D,
            0x2B, 0x2D, 0x2D, 0x2D, 0x0A, 0x20, 0x61, 0xFF, 0x62, 0x20, 0x20, 0x20, 0x20, 0x7C, 0x20, 0x7A, 0x0A, 0x20, 0xE6, 0x97, 0xA5,
            0xE6, 0x9C, 0xAC, 0x20, 0x7C, 0x20, 0x7A, 0x0A, 0x20, 0xC3, 0x41, 0x5C, 0x78, 0x30, 0x31, 0x20, 0x7C, 0x20, 0x7A, 0x0A, 0x28,
            0x33, 0x20, 0x72, 0x6F, 0x77, 0x73, 0x29, 0x0A, 0x0A,
        ]
    ),
    PsqlCapture(
        name: "describe: \\d orders",
        capturedWith: "\\d orders\n",
        headers: ["Column", "Type", "Collation", "Nullable", "Default"],
        alignments: nil,
        rows: [
            ["id", "bigint", "", "not null", "nextval('orders_id_seq'::regclass)"],
            ["customer_id", "integer", "", "not null", ""],
            ["status", "text", "", "not null", "'new'::text"],
            ["total", "numeric(12,2)", "", "", ""],
            ["note", "text", "", "", ""],
            ["created_at", "timestamp with time zone", "", "not null", "now()"],
        ],
        options: PrintOptions(
            expanded: .off, title: "Table \"public.orders\"",
            footers: [
                "Indexes:", "    \"orders_pkey\" PRIMARY KEY, btree (id)",
                "    \"orders_status_idx\" btree (status) WHERE status <> 'done'::text", "Foreign-key constraints:",
                "    \"orders_customer_id_fkey\" FOREIGN KEY (customer_id) REFERENCES customers(id)", "Publications:", "    \"pub_orders\"",
            ], showRowCount: false),
        psql: [
            "                                       Table \"public.orders\"",
            "   Column    |           Type           | Collation | Nullable |              Default               ",
            "-------------+--------------------------+-----------+----------+------------------------------------",
            " id          | bigint                   |           | not null | nextval('orders_id_seq'::regclass)",
            " customer_id | integer                  |           | not null | ",
            " status      | text                     |           | not null | 'new'::text",
            " total       | numeric(12,2)            |           |          | ",
            " note        | text                     |           |          | ",
            " created_at  | timestamp with time zone |           | not null | now()",
            "Indexes:",
            "    \"orders_pkey\" PRIMARY KEY, btree (id)",
            "    \"orders_status_idx\" btree (status) WHERE status <> 'done'::text",
            "Foreign-key constraints:",
            "    \"orders_customer_id_fkey\" FOREIGN KEY (customer_id) REFERENCES customers(id)",
            "Publications:",
            "    \"pub_orders\"",
            "",
        ]
    ),
    PsqlCapture(
        name: "describe: \\dt",
        capturedWith: "\\dt\n",
        headers: CorpusTables.relationsHeaders, alignments: nil, rows: CorpusTables.relations,
        options: PrintOptions(expanded: .off, title: "List of relations", footers: [], showRowCount: true),
        psql: [
            "           List of relations",
            " Schema |   Name    | Type  |  Owner   ",
            "--------+-----------+-------+----------",
            " public | customers | table | postgres",
            " public | orders    | table | postgres",
            " public | t         | table | postgres",
            "(3 rows)",
            "",
        ]
    ),
    PsqlCapture(
        name: "describe: \\dt expanded",
        capturedWith: "\\x on\n\\dt\n",
        headers: CorpusTables.relationsHeaders, alignments: nil, rows: CorpusTables.relations,
        options: PrintOptions(expanded: .on, title: "List of relations", footers: [], showRowCount: true),
        psql: [
            "List of relations",
            "-[ RECORD 1 ]-----",
            "Schema | public",
            "Name   | customers",
            "Type   | table",
            "Owner  | postgres",
            "-[ RECORD 2 ]-----",
            "Schema | public",
            "Name   | orders",
            "Type   | table",
            "Owner  | postgres",
            "-[ RECORD 3 ]-----",
            "Schema | public",
            "Name   | t",
            "Type   | table",
            "Owner  | postgres",
            "",
        ]
    ),
    PsqlCapture(
        name: "describe: \\dRp+ (title and footers)",
        capturedWith: "\\dRp+ pub_orders\n",
        headers: CorpusTables.publicationHeaders, alignments: nil, rows: CorpusTables.publication,
        options: PrintOptions(
            expanded: .off, title: "Publication pub_orders", footers: ["Tables:", "    \"public.customers\"", "    \"public.orders\""],
            showRowCount: false),
        psql: [
            "                           Publication pub_orders",
            "  Owner   | All tables | Inserts | Updates | Deletes | Truncates | Via root ",
            "----------+------------+---------+---------+---------+-----------+----------",
            " postgres | f          | t       | t       | t       | t         | f",
            "Tables:",
            "    \"public.customers\"",
            "    \"public.orders\"",
            "",
        ]
    ),
    PsqlCapture(
        name: "describe: \\dRp+ expanded (title and footers)",
        capturedWith: "\\x on\n\\dRp+ pub_orders\n",
        headers: CorpusTables.publicationHeaders, alignments: nil, rows: CorpusTables.publication,
        options: PrintOptions(
            expanded: .on, title: "Publication pub_orders", footers: ["Tables:", "    \"public.customers\"", "    \"public.orders\""],
            showRowCount: false),
        psql: [
            "Publication pub_orders",
            "-[ RECORD 1 ]--------",
            "Owner      | postgres",
            "All tables | f",
            "Inserts    | t",
            "Updates    | t",
            "Deletes    | t",
            "Truncates  | t",
            "Via root   | f",
            "",
            "Tables:",
            "    \"public.customers\"",
            "    \"public.orders\"",
            "",
        ]
    ),
]
