import PGCoachTestSupport
import Testing

@testable import PsqlCore

/// What one run of the scanner over some input produced.
private struct ScanRun {
    var statements: [String] = []
    var leftover: String?
    var workSteps = 0
    var inputBytes = 0
    var lineCount = 0
    /// The statements and the leftover, concatenated: everything psql would send.
    var sentText: String { statements.joined() + (leftover ?? "") }
}

@Suite struct StatementScannerRandomizedTests {
    /// Pieces that exercise every lexer state and transition, plus meta-commands.
    static let fragments: [String] = [
        "select", " ", "  ", "\t", "\r", "\u{0C}", "1", "1e", "1e+", "1.5", ".5", "..", "'", "''", "E'", "e'",
        "B'", "X'", "N'", "U&'", "u&\"", "\"", "\"\"", "$", "$$", "$a$", "$b$", "$é$", "$1", "$1e", "a$$b", "/*",
        "*/", "*", "/", "--", "-", "(", ")", ";", ";", ";", "\\;", "\\:", ":", "::", ":'v'", ":v", "\\", "\\\\",
        "\\x", "\\echo 'a b' c", "\\echo 'q", "\\g", "\\dt+", "\\! ls \\\\ x", "\\o |cat", "create", "function",
        "or", "replace", "procedure", "begin", "atomic", "case", "end", "é", "日本", "\u{0}", "\u{FEFF}", "\n",
    ]

    /// Random fragments, mixed with random Unicode scalars.
    static func randomLine(_ random: inout SeededRandom, fragments: [String], maxPieces: Int) -> String {
        var line = ""
        for _ in 0..<random.below(maxPieces + 1) {
            if random.below(6) == 0 {
                line.unicodeScalars.append(randomScalar(&random))
            } else {
                line += random.pick(fragments)
            }
        }
        return line
    }

    static func randomScalar(_ random: inout SeededRandom) -> Unicode.Scalar {
        while true {
            let value = random.below(4) == 0 ? UInt32(random.below(0x11_0000)) : UInt32(random.below(0x80))
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    /// Feeds `lines` and checks what must hold after every line and every statement.
    private func run(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ScanRun {
        var scanner = StatementScanner()
        var result = ScanRun()
        for line in lines {
            result.inputBytes += line.utf8.count
            result.lineCount += 1
            for item in scanner.feed(line: line) {
                if case .statement(let text) = item {
                    // A statement is never blank-led (leading whitespace is dropped) and always
                    // ends with the semicolon that ended it.
                    let bytes = Array(text.utf8)
                    #expect(bytes.last == UInt8(ascii: ";"), sourceLocation: sourceLocation)
                    #expect(!isSQLSpace(bytes.first ?? 0x20), sourceLocation: sourceLocation)
                    result.statements.append(text)
                }
            }
            #expect((scanner.openConstruct == .none) == scanner.isBufferEmpty, sourceLocation: sourceLocation)
        }
        result.workSteps = scanner.workSteps
        result.leftover = scanner.finish()
        return result
    }

    /// Work is linear: a few loop iterations per input byte, never a rescan of the buffer.
    private func expectLinearWork(_ run: ScanRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.workSteps <= 6 * run.inputBytes + 2 * run.lineCount, sourceLocation: sourceLocation)
    }

    @Test func randomInputNeverLosesOrInventsText() {
        var random = SeededRandom(seed: 0x5EED_0001)
        for _ in 0..<400 {
            let lines = (0..<random.below(12)).map { _ in
                Self.randomLine(&random, fragments: Self.fragments, maxPieces: 14)
            }
            let result = run(lines)
            expectLinearWork(result)
            // All sent text is input text in input order, apart from the newlines joining lines.
            let input = lines.flatMap { $0.utf8 }.filter { $0 != 0x0A }
            let sent = Array(result.sentText.utf8).filter { $0 != 0x0A }
            #expect(isSubsequence(sent, of: input), "lines: \(lines)")
        }
    }

    /// Without backslashes (no meta-commands), `--` comments, NULs and byte-order marks, nothing
    /// is dropped but whitespace: the non-whitespace bytes sent are exactly those typed.
    @Test func withoutCommandsOrLineCommentsOnlyWhitespaceIsDropped() {
        let plainFragments = Self.fragments.filter {
            !$0.contains("\\") && !$0.contains("-") && !$0.contains("\u{0}") && !$0.contains("\u{FEFF}")
        }
        var random = SeededRandom(seed: 0x5EED_0002)
        for _ in 0..<400 {
            let lines = (0..<random.below(12)).map { _ in
                Self.withoutCommentsOrCommands(Self.randomLine(&random, fragments: plainFragments, maxPieces: 14))
            }
            let result = run(lines)
            expectLinearWork(result)
            let typed = lines.flatMap { $0.utf8 }.filter { !isSQLSpace($0) }
            let sent = Array(result.sentText.utf8).filter { !isSQLSpace($0) }
            #expect(sent == typed, "lines: \(lines)")
        }
    }

    @Test func megabyteLinesStayLinear() {
        var random = SeededRandom(seed: 0x5EED_0003)
        var line = ""
        while line.utf8.count < 1 << 20 {
            line += Self.randomLine(&random, fragments: Self.fragments, maxPieces: 40)
        }
        expectLinearWork(run([line, line]))
    }

    /// A megabyte input with a short name: test logs print arguments, and a megabyte each
    /// made every run's log 12 MB.
    struct HugeLine: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        init(_ name: String, _ text: String) {
            self.name = name
            self.text = text
        }
        var testDescription: String { "\(name) (\(text.utf8.count) bytes)" }
    }

    /// Inputs built to defeat naive lexers: long lookaheads that fail, many candidate closing
    /// tags, deep nesting, long escape runs.
    @Test(arguments: [
        HugeLine("almost-closing dollar tags", "select $tag$" + String(repeating: "$ta", count: 350_000)),
        HugeLine("dollar runs", String(repeating: "$a", count: 500_000)),
        HugeLine("open variable quote", ":'" + String(repeating: "a", count: 1 << 20)),
        HugeLine("spaces after a literal", "'a'" + String(repeating: " ", count: 1 << 20) + "x;"),
        HugeLine("comment openers", String(repeating: "/*", count: 500_000)),
        HugeLine("escape string of backslashes", "E'" + String(repeating: "\\", count: 1 << 20)),
        HugeLine("deep parentheses", String(repeating: "(", count: 1 << 19) + String(repeating: ");", count: 1 << 19)),
        HugeLine("echo of quoted words", "\\echo " + String(repeating: "'a' ", count: 250_000)),
        HugeLine("exponent runs", String(repeating: "1e", count: 500_000)),
        HugeLine("parameter runs", String(repeating: "$1", count: 500_000)),
        HugeLine("semicolons", String(repeating: ";", count: 1 << 17)),
        HugeLine("escaped semicolons", String(repeating: "\\;", count: 500_000)),
    ])
    func adversarialMegabyteLine(_ line: HugeLine) {
        expectLinearWork(run([line.text]))
    }

    @Test func tenThousandLinesOfAnOpenQuote() {
        var scanner = StatementScanner()
        _ = scanner.feed(line: "select '")
        for _ in 0..<10_000 {
            #expect(scanner.feed(line: "still; quoted").isEmpty)
        }
        #expect(scanner.openConstruct == .singleQuote)
        #expect(scanner.feed(line: "';") == [.statement("select '" + String(repeating: "\nstill; quoted", count: 10_000) + "\n';")])
        #expect(scanner.workSteps <= 6 * (10_000 * 13 + 10) + 2 * 10_002)
    }

    @Test func tenThousandLinesOfAnOpenCommentAndDollarQuote() {
        for opener in ["/*", "$x$"] {
            var scanner = StatementScanner()
            _ = scanner.feed(line: opener)
            for _ in 0..<10_000 {
                _ = scanner.feed(line: "* $ / $y$ ; ' \"")
            }
            #expect(scanner.openConstruct == (opener == "/*" ? .blockComment : .dollarQuote))
            #expect(scanner.workSteps <= 6 * 10_000 * 15 + 2 * 10_001)
        }
    }

    /// Drops `\`, NUL and byte-order marks and breaks every `--`, so the line has neither
    /// meta-commands nor line comments, and nothing psql cuts off.
    static func withoutCommentsOrCommands(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars where scalar != "\\" && scalar != "\u{0}" && scalar != "\u{FEFF}" {
            if scalar == "-", result.last == "-" { continue }
            result.append(scalar)
        }
        return String(result)
    }
}

private func isSQLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
}

private func isSubsequence(_ needle: [UInt8], of haystack: [UInt8]) -> Bool {
    var index = haystack.startIndex
    for byte in needle {
        guard let found = haystack[index...].firstIndex(of: byte) else { return false }
        index = found + 1
    }
    return true
}
