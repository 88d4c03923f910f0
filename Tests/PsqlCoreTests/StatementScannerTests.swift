import Testing

@testable import PsqlCore

/// Lines fed to a fresh scanner, and what should come out.
struct ScanCase: Sendable, CustomTestStringConvertible {
    let name: String
    let lines: [String]
    /// Everything the lines completed, across all lines, in order.
    let items: [ScannedItem]
    /// The query buffer afterwards.
    var leftover = ""
    var open: OpenConstruct = .none

    var testDescription: String { name }
}

/// Feeds `lines` to `scanner` with `feed(line:)` and collects all items.
func feedAll(_ lines: [String], into scanner: inout StatementScanner) -> [ScannedItem] {
    lines.flatMap { scanner.feed(line: $0) }
}

func statement(_ text: String) -> ScannedItem { .statement(text) }

func meta(_ name: String, _ arguments: [String] = [], raw: String = "") -> ScannedItem {
    .metaCommand(MetaCommand(name: name, arguments: arguments, rawArguments: raw))
}

@Suite struct StatementScannerTests {
    static let quotingCases: [ScanCase] = [
        ScanCase(name: "one statement", lines: ["select 1;"], items: [statement("select 1;")]),
        ScanCase(
            name: "two statements on a line", lines: ["select 1; select 2;"],
            items: [statement("select 1;"), statement("select 2;")]),
        ScanCase(
            name: "text after the last semicolon stays pending", lines: ["select 1; sel"],
            items: [statement("select 1;")], leftover: "sel", open: .continuation),
        ScanCase(
            name: "semicolon inside single quotes", lines: ["select 'a;b'; select 2;"],
            items: [statement("select 'a;b';"), statement("select 2;")]),
        ScanCase(
            name: "doubled single quotes", lines: ["select 'it''s; fine';"],
            items: [statement("select 'it''s; fine';")]),
        ScanCase(
            name: "E string: backslash escapes the quote", lines: [#"select E'it\'s; fine';"#],
            items: [statement(#"select E'it\'s; fine';"#)]),
        ScanCase(
            name: "plain string: backslash is ordinary", lines: [#"select 'a\'; select 2;"#],
            items: [statement(#"select 'a\';"#), statement("select 2;")]),
        ScanCase(
            name: "E string: a backslash at the end of a line escapes nothing",
            lines: [#"select E'a\"#, "'; select 1;"],
            items: [statement("select E'a\\\n';"), statement("select 1;")]),
        ScanCase(
            name: "bit and hex strings", lines: ["select B'1;0', X'f;f';"],
            items: [statement("select B'1;0', X'f;f';")]),
        ScanCase(
            name: "U& string and N string", lines: [#"select U&'a\;', N'b;';"#],
            items: [statement(#"select U&'a\;', N'b;';"#)]),
        ScanCase(
            name: "double-quoted identifier with semicolon", lines: [#"select 1 as "a;b";"#],
            items: [statement(#"select 1 as "a;b";"#)]),
        ScanCase(
            name: "doubled double quotes", lines: [#"select 1 as "a"";b";"#],
            items: [statement(#"select 1 as "a"";b";"#)]),
        ScanCase(
            name: "dollar quotes without tag", lines: ["select $$a;b$$;"],
            items: [statement("select $$a;b$$;")]),
        ScanCase(
            name: "dollar quotes with tag around $$", lines: ["select $fn$ $$; $fn$;"],
            items: [statement("select $fn$ $$; $fn$;")]),
        ScanCase(
            name: "nested different tags", lines: ["select $a$ $b$ ; $b$ ; $a$; select 2;"],
            items: [statement("select $a$ $b$ ; $b$ ; $a$;"), statement("select 2;")]),
        ScanCase(
            name: "non-ASCII tag", lines: ["select $é$ ; $é$;"],
            items: [statement("select $é$ ; $é$;")]),
        ScanCase(
            name: "multi-line dollar quote", lines: ["create function f() returns int as $$", "select 1;", "$$ language sql;"],
            items: [statement("create function f() returns int as $$\nselect 1;\n$$ language sql;")]),
        ScanCase(
            name: "$1 is a parameter, not a quote", lines: ["select $1; select 2;"],
            items: [statement("select $1;"), statement("select 2;")]),
        ScanCase(
            name: "$ inside an identifier is not a quote", lines: ["select a$$b; select 2;"],
            items: [statement("select a$$b;"), statement("select 2;")]),
        ScanCase(
            name: "$word without closing $ is not a quote", lines: ["select $abc; select 2;"],
            items: [statement("select $abc;"), statement("select 2;")]),
        ScanCase(
            name: "block comment with semicolon", lines: ["select /* ; */ 1;"],
            items: [statement("select /* ; */ 1;")]),
        ScanCase(
            name: "nested block comments", lines: ["select /* a /* b */ ; */ 1;"],
            items: [statement("select /* a /* b */ ; */ 1;")]),
        ScanCase(
            name: "multi-line block comment", lines: ["/* start", "; */ select 1;"],
            items: [statement("/* start\n; */ select 1;")]),
        ScanCase(
            name: "line comment hides a semicolon", lines: ["select 1 -- ;", ";"],
            items: [statement("select 1 -- ;\n;")]),
        ScanCase(
            name: "semicolon inside parentheses", lines: ["select (1;", "2);"],
            items: [statement("select (1;\n2);")]),
        ScanCase(
            name: "extra closing parenthesis is ignored", lines: ["select 1); select 2;"],
            items: [statement("select 1);"), statement("select 2;")]),
        ScanCase(
            name: "BEGIN ATOMIC body", lines: ["create function f() returns int language sql", "begin atomic select 1; end; select 2;"],
            items: [
                statement("create function f() returns int language sql\nbegin atomic select 1; end;"),
                statement("select 2;"),
            ]),
        ScanCase(
            name: "CASE inside BEGIN ATOMIC",
            lines: ["CREATE OR REPLACE PROCEDURE p() BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;"],
            items: [statement("CREATE OR REPLACE PROCEDURE p() BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;")]),
        ScanCase(
            name: "BEGIN outside a function definition", lines: ["begin; select 1;"],
            items: [statement("begin;"), statement("select 1;")]),
        ScanCase(
            name: "backslash-semicolon inserts a semicolon", lines: [#"select 1\; select 2;"#],
            items: [statement("select 1; select 2;")]),
        ScanCase(
            name: "backslash-colon inserts a colon", lines: [#"select 1\:\:text;"#],
            items: [statement("select 1::text;")]),
        ScanCase(
            name: "psql variables are kept as typed", lines: [#"select :'v', :"w", :x;"#],
            items: [statement(#"select :'v', :"w", :x;"#)]),
        ScanCase(
            name: "a number swallows a glued identifier (no E string)", lines: [#"select 1e'\'; select 2;"#],
            items: [statement(#"select 1e'\';"#), statement("select 2;")]),
        ScanCase(
            name: "1e+ is one token (no comment)", lines: ["select 1e--x;"],
            items: [statement("select 1e--x;")]),
    ]

    @Test(arguments: quotingCases)
    func quoting(_ testCase: ScanCase) {
        expectScan(testCase)
    }

    static let bufferCases: [ScanCase] = [
        ScanCase(name: "lines are joined with newlines", lines: ["select", "  1", ";"], items: [statement("select\n  1\n;")]),
        ScanCase(name: "leading whitespace is dropped", lines: ["   \tselect 1;"], items: [statement("select 1;")]),
        ScanCase(
            name: "leading comments are dropped, later ones kept",
            lines: ["-- intro", "  -- more", "select 1 -- why", "-- own line", ";"],
            items: [statement("select 1 -- why\n-- own line\n;")]),
        ScanCase(name: "blank lines with an empty buffer produce nothing", lines: ["", "   ", "\t"], items: []),
        ScanCase(
            name: "empty lines inside a statement vanish", lines: ["select 1", "", "from t;"],
            items: [statement("select 1\nfrom t;")]),
        ScanCase(
            name: "whitespace-only lines inside a statement are kept", lines: ["select 1", "  ", ";"],
            items: [statement("select 1\n  \n;")]),
        ScanCase(
            name: "empty lines inside a quote are kept", lines: ["select 'a", "", "b';"],
            items: [statement("select 'a\n\nb';")]),
        ScanCase(
            name: "empty lines inside a block comment are kept", lines: ["select /*", "", "*/ 1;"],
            items: [statement("select /*\n\n*/ 1;")]),
        ScanCase(
            name: "whitespace after a semicolon is dropped", lines: ["select 1;   ", "select 2;"],
            items: [statement("select 1;"), statement("select 2;")]),
        ScanCase(
            name: "comment-only text stays pending", lines: ["/* note */"], items: [], leftover: "/* note */",
            open: .continuation),
        ScanCase(
            name: "carriage returns are whitespace", lines: ["select 1\r", ";\r"], items: [statement("select 1\r\n;")]),
        ScanCase(
            name: "quote continuation across a carriage return keeps E-string escapes",
            lines: ["select E'a'\r'\\'' ;"], items: [statement("select E'a'\r'\\'' ;")]),
        ScanCase(
            name: "a byte-order mark is dropped from the first line only",
            lines: ["\u{FEFF}select 1;", "\u{FEFF}select 2;"],
            items: [statement("select 1;"), statement("\u{FEFF}select 2;")]),
        ScanCase(
            name: "a NUL ends the line, as in psql", lines: ["select 1; sel\u{0}ect 2;"],
            items: [statement("select 1;")], leftover: "sel", open: .continuation),
    ]

    @Test(arguments: bufferCases)
    func bufferText(_ testCase: ScanCase) {
        expectScan(testCase)
    }

    static let openConstructCases: [ScanCase] = [
        ScanCase(name: "nothing typed", lines: [], items: [], open: .none),
        ScanCase(name: "after a complete statement", lines: ["select 1;"], items: [statement("select 1;")], open: .none),
        ScanCase(name: "plain continuation", lines: ["select 1"], items: [], leftover: "select 1", open: .continuation),
        ScanCase(name: "single quote", lines: ["select 'a"], items: [], leftover: "select 'a", open: .singleQuote),
        ScanCase(name: "E string", lines: [#"select E'a\'"#], items: [], leftover: #"select E'a\'"#, open: .singleQuote),
        ScanCase(name: "bit string", lines: ["select B'01"], items: [], leftover: "select B'01", open: .singleQuote),
        ScanCase(name: "double quote", lines: [#"select "a"#], items: [], leftover: #"select "a"#, open: .doubleQuote),
        ScanCase(name: "dollar quote", lines: ["select $x$ a"], items: [], leftover: "select $x$ a", open: .dollarQuote),
        ScanCase(name: "block comment", lines: ["select /* a"], items: [], leftover: "select /* a", open: .blockComment),
        ScanCase(name: "nested block comment", lines: ["/* /* */"], items: [], leftover: "/* /* */", open: .blockComment),
        ScanCase(name: "parenthesis", lines: ["select (1,"], items: [], leftover: "select (1,", open: .parenthesis),
        ScanCase(name: "nested parentheses", lines: ["select ((1)"], items: [], leftover: "select ((1)", open: .parenthesis),
        ScanCase(
            name: "function body", lines: ["create procedure p() begin atomic"], items: [],
            leftover: "create procedure p() begin atomic", open: .continuation),
        ScanCase(name: "just after a closed quote", lines: ["select 'a'"], items: [], leftover: "select 'a'", open: .continuation),
        ScanCase(name: "closed parenthesis", lines: ["select (1)"], items: [], leftover: "select (1)", open: .continuation),
    ]

    @Test(arguments: openConstructCases)
    func openConstruct(_ testCase: ScanCase) {
        expectScan(testCase)
    }

    @Test(arguments: [
        (OpenConstruct.none, Character("=")), (.continuation, "-"), (.singleQuote, "'"), (.doubleQuote, "\""),
        (.dollarQuote, "$"), (.blockComment, "*"), (.parenthesis, "("),
    ])
    func promptCharacter(_ construct: OpenConstruct, _ character: Character) {
        #expect(construct.promptCharacter == character)
    }

    @Test func standardConformingStringsOffMakesPlainStringsTakeEscapes() {
        var scanner = StatementScanner()
        scanner.standardConformingStrings = false
        #expect(
            scanner.feed(line: #"select 'a\'; b'; select 2;"#)
                == [statement(#"select 'a\'; b';"#), statement("select 2;")])
    }

    @Test(
        arguments: [
            (["select 1"], "select 1"),
            (["select 'a"], "select 'a"),  // psql sends it anyway; the server reports the open quote
            (["/* c */  "], "/* c */  "),
            (["-- only a comment"], nil),
            ([], nil),
            (["select 1;"], nil),
        ] as [([String], String?)])
    func finishReturnsTheLeftoverBuffer(_ lines: [String], _ expected: String?) {
        var scanner = StatementScanner()
        _ = feedAll(lines, into: &scanner)
        #expect(scanner.finish() == expected)
        #expect(scanner.isBufferEmpty)
        #expect(scanner.openConstruct == .none)
        #expect(scanner.finish() == nil)
    }

    @Test func resetBufferForgetsQuotesAndParentheses() {
        var scanner = StatementScanner()
        _ = scanner.feed(line: "select ('a")
        #expect(scanner.openConstruct == .singleQuote)
        scanner.resetBuffer()
        #expect(scanner.isBufferEmpty)
        #expect(scanner.openConstruct == .none)
        #expect(scanner.feed(line: "select 1;") == [statement("select 1;")])
    }

    @Test func previousBufferAndTakeBufferForSending() {
        var scanner = StatementScanner()
        _ = scanner.feed(line: "select 1;")
        #expect(scanner.previousBuffer == "select 1;")
        // `\g` on an empty buffer re-sends the previous statement.
        #expect(scanner.takeBufferForSending() == "select 1;")
        _ = scanner.feed(line: "select (2")
        #expect(scanner.takeBufferForSending() == "select (2")
        #expect(scanner.openConstruct == .none)
        #expect(scanner.previousBuffer == "select (2")
    }

    private func expectScan(_ testCase: ScanCase, sourceLocation: SourceLocation = #_sourceLocation) {
        var scanner = StatementScanner()
        let items = feedAll(testCase.lines, into: &scanner)
        #expect(items == testCase.items, sourceLocation: sourceLocation)
        #expect(scanner.buffer == testCase.leftover, sourceLocation: sourceLocation)
        #expect(scanner.isBufferEmpty == testCase.leftover.isEmpty, sourceLocation: sourceLocation)
        #expect(scanner.openConstruct == testCase.open, sourceLocation: sourceLocation)
    }
}
