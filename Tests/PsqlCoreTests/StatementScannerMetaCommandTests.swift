import Testing

@testable import PsqlCore

@Suite struct StatementScannerMetaCommandTests {
    static let cases: [ScanCase] = [
        ScanCase(name: "bare command", lines: [#"\x"#], items: [meta("x")]),
        ScanCase(name: "name with plus", lines: [#"\dt+ public.*"#], items: [meta("dt+", ["public.*"], raw: "public.*")]),
        ScanCase(name: "name ends at whitespace", lines: [#"\c  mydb  "#], items: [meta("c", ["mydb"], raw: "mydb")]),
        ScanCase(name: "semicolon glued to the name is part of it", lines: [#"\x;"#], items: [meta("x;")]),
        ScanCase(
            name: "unquoted trailing semicolons are dropped", lines: [#"\d users;"#],
            items: [meta("d", ["users"], raw: "users;")]),
        ScanCase(
            name: "quoted semicolons are kept", lines: [#"\dt a;; 'b;'; c';'"#],
            items: [meta("dt", ["a", "b;", "c;"], raw: #"a;; 'b;'; c';'"#)]),
        ScanCase(
            name: "a lone semicolon argument vanishes but arguments go on", lines: [#"\dt a ; b"#],
            items: [meta("dt", ["a", "b"], raw: "a ; b")]),
        ScanCase(
            name: "free-text commands keep their semicolons (psql prints `a;; b;; c;`)",
            lines: [#"\echo a;; 'b;'; c';'"#, #"\echo a ; b"#, #"\set v x;"#],
            items: [
                meta("echo", ["a;;", "b;;", "c;"], raw: #"a;; 'b;'; c';'"#), meta("echo", ["a", ";", "b"], raw: "a ; b"),
                meta("set", ["v", "x;"], raw: "v x;"),
            ]),
        ScanCase(
            name: "single quotes with psql escapes",
            lines: [#"\echo 'a b' 'it''s' 'tab\tx' '\101\x41\q' e'f'g ''"#],
            items: [
                meta(
                    "echo", ["a b", "it's", "tab\tx", "AAq", "efg", ""],
                    raw: #"'a b' 'it''s' 'tab\tx' '\101\x41\q' e'f'g ''"#)
            ]),
        ScanCase(
            name: "double quotes are kept (psql's OT_NORMAL; patterns and \\c read them)",
            lines: [#"\d "My Table" a"b c"d "x""y""#],
            items: [meta("d", [#""My Table""#, #"a"b c"d"#, #""x""y""#], raw: #""My Table" a"b c"d "x""y""#)]),
        ScanCase(
            name: "psql variables in arguments are not quotes", lines: [#"\echo :'v' :x"#],
            items: [meta("echo", [":'v'", ":x"], raw: ":'v' :x")]),
        ScanCase(
            // Without a host, as psql's OT_NO_EVAL: the command's text, quotes dropped, not run.
            name: "backquotes are not run", lines: ["\\echo `echo hi` z"],
            items: [meta("echo", ["echo hi", "z"], raw: "`echo hi` z")]),
        ScanCase(
            name: "double backslash separates a command from SQL", lines: [#"\x \\ select 1;"#],
            items: [meta("x"), statement("select 1;")]),
        ScanCase(
            name: "arguments end at a double backslash", lines: [#"\x on \\ select 1;"#],
            items: [meta("x", ["on"], raw: "on"), statement("select 1;")]),
        ScanCase(
            name: "arguments end at the next command", lines: [#"\echo a\echo b"#],
            items: [meta("echo", ["a"], raw: "a"), meta("echo", ["b"], raw: "b")]),
        ScanCase(
            name: "a command after SQL keeps the buffer", lines: [#"select 1 \g"#],
            items: [meta("g")], leftover: "select 1 ", open: .continuation),
        ScanCase(
            name: "a command inside parentheses", lines: [#"select (1 \x"#, "2);"],
            items: [meta("x"), statement("select (1 \n2);")]),
        ScanCase(
            name: "backslashes in quotes and comments are text", lines: [#"select '\x', $$\x$$ /* \x */;"#],
            items: [statement(#"select '\x', $$\x$$ /* \x */;"#)]),
        ScanCase(
            name: "a line holding only a command takes back its joining newline",
            lines: ["select 1", #"\p"#], items: [meta("p")], leftover: "select 1", open: .continuation),
        ScanCase(
            name: "indentation before a command stays in the buffer",
            lines: ["select 1", #"  \p"#], items: [meta("p")], leftover: "select 1\n  ", open: .continuation),
        ScanCase(
            name: "whole-line command swallows backslashes", lines: [#"\! echo a \\ b  "#],
            items: [meta("!", [#"echo a \\ b  "#], raw: #"echo a \\ b"#)]),
        ScanCase(
            name: "help takes the whole line", lines: [#"\h select \x"#],
            items: [meta("h", [#"select \x"#], raw: #"select \x"#)]),
        ScanCase(
            name: "pipe target takes the whole line", lines: [#"\o |cat \\ x"#],
            items: [meta("o", [#"|cat \\ x"#], raw: #"|cat \\ x"#)]),
        ScanCase(
            name: "bare backslash is an empty-named command", lines: [#"select 1 \"#],
            items: [meta("")], leftover: "select 1 ", open: .continuation),
        ScanCase(
            name: "tutor commands", lines: [#"\hint"#, #"\export out.md"#],
            items: [meta("hint"), meta("export", ["out.md"], raw: "out.md")]),
    ]

    @Test(arguments: cases)
    func metaCommands(_ testCase: ScanCase) {
        var scanner = StatementScanner()
        let items = feedAll(testCase.lines, into: &scanner)
        #expect(items == testCase.items)
        #expect(scanner.buffer == testCase.leftover)
        #expect(scanner.openConstruct == testCase.open)
    }

    @Test func unterminatedQuotedArgumentEndsTheLine() {
        var scanner = StatementScanner()
        let items = scanner.feed(line: #"\echo ok 'abc \\ select 1;"#)
        #expect(
            items == [
                .metaCommand(
                    MetaCommand(
                        name: "echo", arguments: ["ok"], rawArguments: #"ok 'abc \\ select 1;"#,
                        hasUnterminatedQuote: true))
            ])
        #expect(scanner.isBufferEmpty)
    }

    /// Acting on each command before scanning on, as psql does: `\r` and `\g` change the buffer
    /// that the rest of the line is added to.
    @Test func incrementalScanningLetsCommandsChangeTheBuffer() {
        var scanner = StatementScanner()
        _ = scanner.feed(line: "select 0")
        scanner.startLine(#"\r \\ select 1 \g \\ select 2;"#)
        #expect(scanner.nextItem() == meta("r"))
        scanner.resetBuffer()
        #expect(scanner.nextItem() == meta("g"))
        #expect(scanner.takeBufferForSending() == "select 1 ")
        #expect(scanner.nextItem() == statement("select 2;"))
        #expect(scanner.nextItem() == nil)
        #expect(!scanner.isLineInProgress)
    }

    /// psql ignores the rest of a line after an unknown or failed command.
    @Test func skipRestOfLineAfterAFailedCommand() {
        var scanner = StatementScanner()
        scanner.startLine(#"select 4 \\ select 5;"#)
        #expect(scanner.nextItem() == meta(""))
        scanner.skipRestOfLine()
        #expect(scanner.nextItem() == nil)
        #expect(scanner.feed(line: "select 6;") == [statement("select 4 \nselect 6;")])
    }

    @Test func startingALineDropsTheUnreadRestOfThePreviousOne() {
        var scanner = StatementScanner()
        scanner.startLine(#"\x \\ select 1;"#)
        #expect(scanner.nextItem() == meta("x"))
        #expect(scanner.feed(line: "select 2;") == [statement("select 2;")])
    }
}
