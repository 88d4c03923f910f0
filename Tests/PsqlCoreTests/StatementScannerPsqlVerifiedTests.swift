import Testing

@testable import PsqlCore

/// Inputs run through real psql 15.18 (`psql -X -f FILE` against a scratch PostgreSQL 15 server
/// with `log_min_duration_statement=0` and csvlog), with `sent` copied from the server log: the
/// exact query strings psql sent, in order. The same harness compared this scanner with psql on
/// 6,500 randomly generated files with no difference; a few of the inputs that once differed
/// are kept below.
///
/// The scanner is driven the way psql's main loop acts on commands: `\g` sends the buffer, `\r`
/// resets it, `\p`, `\echo`, `\x` leave it alone, and any other (unknown) command makes psql
/// ignore the rest of the line; at end of input the leftover buffer is sent.
struct PsqlVerifiedCase: Sendable, CustomTestStringConvertible {
    let name: String
    let lines: [String]
    let sent: [String]
    var testDescription: String { name }
}

@Suite struct StatementScannerPsqlVerifiedTests {
    static let cases: [PsqlVerifiedCase] = [
        PsqlVerifiedCase(
            name: "psql 15 keeps -- comments except before the first token",
            lines: ["-- leading comment", "   -- indented comment", "select 1 -- trailing", "-- own line", "  -- own line indented", ";"],
            sent: ["select 1 -- trailing\n-- own line\n  -- own line indented\n;"]),
        PsqlVerifiedCase(
            name: "\\g sends the trailing space; a command line takes back its newline only when unindented",
            lines: [#"select 1 \g"#, "select 2", #"\p"#, #"  \p"#, ";"],
            sent: ["select 1 ", "select 2\n  \n;"]),
        PsqlVerifiedCase(
            name: "indented \\echo inside a statement",
            lines: ["select 1", #"  \echo hi"#, ";"],
            sent: ["select 1\n  \n;"]),
        PsqlVerifiedCase(
            name: "backslash-semicolon",
            lines: [#"select 1\;select 2;"#, #"select 3 \; select 4 ; select 5"#],
            sent: ["select 1;select 2;", "select 3 ; select 4 ;", "select 5"]),
        PsqlVerifiedCase(
            name: "BEGIN ATOMIC",
            lines: ["create function f() returns int language sql begin atomic select 1; select 2; end; select 3;"],
            sent: ["create function f() returns int language sql begin atomic select 1; select 2; end;", "select 3;"]),
        PsqlVerifiedCase(
            name: "backslash-semicolon restarts psql's CREATE FUNCTION detection",
            lines: [
                #"create function f1() returns int language sql begin atomic select 1\; select 2; end;"#,
                "select 3;",
                #"create table t(x int)\; create function f2() returns int language sql begin atomic select 1; end;"#,
                "select 4;",
            ],
            sent: [
                "create function f1() returns int language sql begin atomic select 1; select 2; end;\nselect 3;\n"
                    + "create table t(x int); create function f2() returns int language sql begin atomic select 1; end;\nselect 4;"
            ]),
        PsqlVerifiedCase(
            name: "string continuation over a carriage return",
            lines: ["select 'a'\r'b' ;", "select E'a'\r'\\'' ;"],
            sent: ["select 'a'\r'b' ;", "select E'a'\r'\\'' ;"]),
        PsqlVerifiedCase(
            name: "empty lines: kept inside quotes, dropped inside parentheses",
            lines: ["select 'a", "", "b';", "", "select (1", "", ");"],
            sent: ["select 'a\n\nb';", "select (1\n);"]),
        PsqlVerifiedCase(
            name: "CRLF input",
            lines: ["select 1\r", ";\r", "select 2;\r"],
            sent: ["select 1\r\n;", "select 2;"]),
        PsqlVerifiedCase(
            name: "byte-order mark only on the first line",
            lines: ["\u{FEFF}select 1;", "\u{FEFF}select 2;"],
            sent: ["select 1;", "\u{FEFF}select 2;"]),
        PsqlVerifiedCase(
            name: "whitespace-only lines and a comment-only leftover",
            lines: ["select 1", "   ", "\t", ";", "  /* c */  "],
            sent: ["select 1\n   \n\t\n;", "/* c */  "]),
        PsqlVerifiedCase(
            name: "unknown commands drop the rest of their line",
            lines: ["select 1;", #"\x;"#, #"\x on \\ select 2;"#, #"\bogus arg \\ select 3;"#, #"select 4 \\ select 5;"#, "select 6;"],
            sent: ["select 1;", "select 2;", "select 4 \nselect 6;"]),
        PsqlVerifiedCase(
            name: "the buffer survives a command in the middle of a line",
            lines: [#"select 1 \echo a \\ select 2;"#, #"\echo x \x \echo y"#, "select 3;"],
            sent: ["select 1  select 2;", "select 3;"]),
        PsqlVerifiedCase(
            name: "dollar quotes, parameters, identifiers with $",
            lines: ["select $$a;$$, $x$ $$ ; $x$, $1, a$$b;", "select $a$ $b$ $a$;"],
            sent: ["select $$a;$$, $x$ $$ ; $x$, $1, a$$b;", "select $a$ $b$ $a$;"]),
        PsqlVerifiedCase(
            name: "non-ASCII tags, and $1e$x$ is one token",
            lines: ["select $é$ ; $é$;", "select 1$é$ ; $é$;", "select $1e$é$ ; $é$;"],
            sent: ["select $é$ ; $é$;", "select 1$é$ ; $é$;", "select $1e$é$ ;", "$é$;"]),
        PsqlVerifiedCase(
            name: "numbers swallow glued identifiers; 1e+ is one token",
            lines: [
                #"select 1ee'\'; select 2;"#, "select 3;", #"select 1.5ee'\'; select 4;"#, "select 5;",
                #"select 1e5ee'\'; select 6;"#, "select 7;", #"select 1e+e'\'; select 8;"#, "select 9;",
            ],
            sent: [
                #"select 1ee'\';"#, "select 2;", "select 3;", #"select 1.5ee'\';"#, "select 4;", "select 5;",
                #"select 1e5ee'\';"#, "select 6;", "select 7;", "select 1e+e'\\'; select 8;\nselect 9;",
            ]),
        PsqlVerifiedCase(
            name: "nested comments, line comments",
            lines: ["select /* a /* b */ ; */ 1;", "select 1 -- ; ", ";"],
            sent: ["select /* a /* b */ ; */ 1;", "select 1 -- ; \n;"]),
        PsqlVerifiedCase(
            name: "an empty line right after a closed string is dropped",
            lines: ["select 'a'", "", "select 'b'", " ;"],
            sent: ["select 'a'\nselect 'b'\n ;"]),
        PsqlVerifiedCase(
            name: "random input: 1e-- is not a comment, so /* opens one",
            lines: [
                #"1e--/*atomic"/\bogus z\: \g"#, #"replace\echo 'q\pselect \g"#, #"\\ *create"#, "..:vreplace",
                #"\:$é$$$b'\ "#, #"\bogus z"#,
            ],
            sent: [
                #"1e--/*atomic"/\bogus z\: \g"# + "\n" + #"replace\echo 'q\pselect \g"# + "\n" + #"\\ *create"#
                    + "\n..:vreplace\n" + #"\:$é$$$b'\ "# + "\n" + #"\bogus z"#
            ]),
        PsqlVerifiedCase(
            name: "random input: an argument of only semicolons does not end the arguments",
            lines: [#" \echo a  ;"# + "\r" + #"a$$b..\;:'v'1''replace--"#, "e'$1e,e'-", "$$a$$é$;\\'atomic", "*/"],
            sent: [";:'v'1''replace--\ne'$1e,e'-\n$$a$$é$;", "*/"]),
    ]

    @Test(arguments: cases)
    func matchesPsql(_ testCase: PsqlVerifiedCase) {
        #expect(Self.psqlSends(testCase.lines) == testCase.sent)
    }

    /// What psql would send for `lines`, acting on commands as described above.
    static func psqlSends(_ lines: [String]) -> [String] {
        var scanner = StatementScanner()
        var sent: [String] = []
        for line in lines {
            scanner.startLine(line)
            while let item = scanner.nextItem() {
                switch item {
                case .statement(let text):
                    sent.append(text)
                case .metaCommand(let command):
                    switch command.name {
                    case "g": sent.append(scanner.takeBufferForSending())
                    case "r": scanner.resetBuffer()
                    case "p", "echo", "x": break
                    default: scanner.skipRestOfLine()
                    }
                }
            }
        }
        if let last = scanner.finish() { sent.append(last) }
        return sent
    }
}
