/// psql's SQL lexer (`psqlscan.l`) reduced to what decides statement boundaries and the text
/// sent: quotes, comments, parentheses, function bodies, `;` and `\`.
///
/// It reads one input line at a time and copies ("echoes") what psql would copy into the query
/// buffer. State carries over between lines. Every loop either consumes input or changes state,
/// and no byte is looked at more than a small constant number of times, so scanning is linear.
struct SQLLexer: Sendable {
    /// Why `scan` returned.
    enum Stop: Sendable, Equatable {
        /// A top-level `;` was copied into the buffer: the buffer is a complete statement.
        case statementEnd
        /// An unquoted `\` (already consumed) starts a meta-command.
        case backslash
        /// The line is used up.
        case endOfLine
        /// A psql variable reference (only when `substitutesVariables`): `position` is past it,
        /// nothing was copied; the scanner substitutes it or copies it as typed.
        case variable(VariableReference)
    }

    /// A `:name`, `:'name'`, `:"name"` or `:{?name}` in SQL, as the line's byte range.
    struct VariableReference: Sendable, Equatable {
        enum Form: Sendable, Equatable { case plain, literal, identifier, existence }
        var form: Form
        var name: String
        var range: Range<Int>
    }

    /// Whether `:name` references stop the scan (the REPL has variables); otherwise they are
    /// copied as typed.
    var substitutesVariables = false

    var state: LexerState = .initial
    /// Unclosed `(` (psql's `paren_depth`); a `;` inside parentheses does not end a statement.
    var parenDepth = 0
    private(set) var functionBody = FunctionBodyTracker()
    /// The server's standard_conforming_strings: when off, `'…'` takes backslash escapes.
    var standardConformingStrings = true
    /// Loop iterations so far, a structural measure of work that tests can bound.
    private(set) var steps = 0

    /// psql's `psql_scan_reset`: back to plain SQL, forgetting parentheses and function bodies.
    mutating func reset() {
        state = .initial
        parenDepth = 0
        functionBody = FunctionBodyTracker()
    }

    /// Scans `line` from `position`, appending the text psql keeps to `buffer`.
    mutating func scan(_ line: [UInt8], from position: inout Int, into buffer: inout [UInt8]) -> Stop {
        while position < line.count {
            steps &+= 1
            switch state {
            case .initial:
                if let stop = scanToken(line, &position, &buffer) { return stop }
            case .afterStringLiteral(let kind):
                continueOrCloseStringLiteral(kind, line, &position, &buffer)
            case .stringLiteral(let kind):
                scanStringLiteral(kind, line, &position, &buffer)
            case .quotedIdentifier:
                scanQuotedIdentifier(line, &position, &buffer)
            case .dollarQuoted(let tag):
                scanDollarQuoted(tag, line, &position, &buffer)
            case .blockComment(let depth):
                scanBlockComment(depth, line, &position, &buffer)
            }
        }
        return .endOfLine
    }

    // MARK: Plain SQL

    /// Lexes one token of plain SQL at `position` (always in range).
    private mutating func scanToken(_ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]) -> Stop? {
        let start = position
        let byte = line[start]
        let next = SQLByteClass.byte(line, start + 1)
        switch byte {
        case _ where SQLByteClass.isSpace(byte):
            var end = start + 1
            while end < line.count, SQLByteClass.isSpace(line[end]) {
                end += 1
                steps &+= 1
            }
            echoUnlessBufferEmpty(line, start..<end, &buffer)
            position = end

        case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
            // psql 15 keeps `--` comments in the statement, except before its first token.
            var end = start + 2
            while end < line.count, !SQLByteClass.isNewline(line[end]) {
                end += 1
                steps &+= 1
            }
            echoUnlessBufferEmpty(line, start..<end, &buffer)
            position = end

        case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
            echo(line, start..<start + 2, &buffer, &position)
            state = .blockComment(depth: 0)

        case SQLByteClass.singleQuote:
            echo(line, start..<start + 1, &buffer, &position)
            state = .stringLiteral(standardConformingStrings ? .standard : .escaped)

        case SQLByteClass.doubleQuote:
            echo(line, start..<start + 1, &buffer, &position)
            state = .quotedIdentifier

        case SQLByteClass.dollar:
            scanDollar(line, &position, &buffer)

        case UInt8(ascii: "("):
            parenDepth += 1
            echo(line, start..<start + 1, &buffer, &position)

        case UInt8(ascii: ")"):
            if parenDepth > 0 { parenDepth -= 1 }
            echo(line, start..<start + 1, &buffer, &position)

        case SQLByteClass.semicolon:
            echo(line, start..<start + 1, &buffer, &position)
            if parenDepth == 0 && functionBody.depth == 0 {
                functionBody.statementEnded()
                return .statementEnd
            }

        case SQLByteClass.backslash:
            // `\;` and `\:` put a bare `;` or `:` into the buffer without ending anything.
            if next == SQLByteClass.semicolon || next == SQLByteClass.colon {
                buffer.append(next)
                if next == SQLByteClass.semicolon { functionBody.statementEnded() }
                position = start + 2
            } else {
                position = start + 1
                return .backslash
            }

        case SQLByteClass.colon:
            if let reference = scanColon(line, &position, &buffer) { return .variable(reference) }

        case _ where SQLByteClass.isDigit(byte):
            scanNumber(line, &position, &buffer)

        case UInt8(ascii: "."):
            if SQLByteClass.isDigit(next) {
                scanNumber(line, &position, &buffer)
            } else {
                // `..` is one token, so `..5` is not `.` followed by the number `.5`.
                let length = next == UInt8(ascii: ".") ? 2 : 1
                echo(line, start..<start + length, &buffer, &position)
            }

        case _ where SQLByteClass.isIdentifierStart(byte):
            scanWord(line, &position, &buffer)

        default:
            echo(line, start..<start + 1, &buffer, &position)
        }
        return nil
    }

    /// `$1` parameters, `$tag$` openers, and lone `$`.
    private mutating func scanDollar(_ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]) {
        let start = position
        let next = SQLByteClass.byte(line, start + 1)
        if SQLByteClass.isDigit(next) {
            var end = start + 2
            while end < line.count, SQLByteClass.isDigit(line[end]) {
                end += 1
                steps &+= 1
            }
            // psql 15's {param_junk}: an identifier glued on belongs to the parameter token,
            // so `$1e$x$` opens no dollar quote.
            end = junkEnd(line, from: end)
            echo(line, start..<end, &buffer, &position)
        } else if next == SQLByteClass.dollar {
            echo(line, start..<start + 2, &buffer, &position)
            state = .dollarQuoted(tag: [SQLByteClass.dollar, SQLByteClass.dollar])
        } else if SQLByteClass.isIdentifierStart(next) {
            var end = start + 2
            while end < line.count, SQLByteClass.isTagOrVariableCharacter(line[end]) {
                end += 1
                steps &+= 1
            }
            if end < line.count, line[end] == SQLByteClass.dollar {
                let tag = Array(line[start...end])
                echo(line, start..<end + 1, &buffer, &position)
                state = .dollarQuoted(tag: tag)
            } else {
                // {dolqfailed}: only the `$` is taken; the word after it is lexed on its own.
                echo(line, start..<start + 1, &buffer, &position)
            }
        } else {
            echo(line, start..<start + 1, &buffer, &position)
        }
    }

    /// `::`, `:=`, and psql variable references, which pgcoach never substitutes: an unknown
    /// variable is copied as typed, and `:'name'` / `:"name"` are then not quotes.
    private mutating func scanColon(_ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]) -> VariableReference? {
        let start = position
        let next = SQLByteClass.byte(line, start + 1)
        var length = 1
        var reference: VariableReference?
        func name(_ range: Range<Int>) -> String { String(decoding: line[range], as: UTF8.self) }
        if next == SQLByteClass.colon || next == UInt8(ascii: "=") {
            length = 2
        } else if SQLByteClass.isTagOrVariableCharacter(next) {
            let nameEnd = variableNameEnd(line, from: start + 1)
            length = nameEnd - start
            reference = VariableReference(form: .plain, name: name(start + 1..<nameEnd), range: start..<nameEnd)
        } else if next == SQLByteClass.singleQuote || next == SQLByteClass.doubleQuote {
            let nameEnd = variableNameEnd(line, from: start + 2)
            if nameEnd > start + 2, SQLByteClass.byte(line, nameEnd) == next {
                length = nameEnd + 1 - start
                reference = VariableReference(
                    form: next == SQLByteClass.singleQuote ? .literal : .identifier, name: name(start + 2..<nameEnd),
                    range: start..<nameEnd + 1)
            }
        } else if next == UInt8(ascii: "{"), SQLByteClass.byte(line, start + 2) == UInt8(ascii: "?") {
            let nameEnd = variableNameEnd(line, from: start + 3)
            if nameEnd > start + 3, SQLByteClass.byte(line, nameEnd) == UInt8(ascii: "}") {
                length = nameEnd + 1 - start
                reference = VariableReference(form: .existence, name: name(start + 3..<nameEnd), range: start..<nameEnd + 1)
            }
        }
        if substitutesVariables, let reference {
            position = reference.range.upperBound
            return reference
        }
        echo(line, start..<start + length, &buffer, &position)
        return nil
    }

    private mutating func variableNameEnd(_ line: [UInt8], from index: Int) -> Int {
        var end = index
        while end < line.count, SQLByteClass.isTagOrVariableCharacter(line[end]) {
            end += 1
            steps &+= 1
        }
        return end
    }

    /// Numbers, with psql 15's rules for what a number swallows: `1..` leaves `..`, `1e+` is one
    /// token even without exponent digits, and an identifier glued on is part of it ("trailing junk"), so `1e'x'` and
    /// `1ee'x'` are a number and a plain string, not an `E'…'` string.
    private mutating func scanNumber(_ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]) {
        let start = position
        var end = start
        while end < line.count, SQLByteClass.isDigit(line[end]) {
            end += 1
            steps &+= 1
        }
        if SQLByteClass.byte(line, end) == UInt8(ascii: ".") {
            if end > start, SQLByteClass.byte(line, end + 1) == UInt8(ascii: ".") {
                echo(line, start..<end, &buffer, &position)
                return
            }
            end += 1
            while end < line.count, SQLByteClass.isDigit(line[end]) {
                end += 1
                steps &+= 1
            }
        }
        let mantissaEnd = end
        let following = SQLByteClass.byte(line, mantissaEnd)
        if following | 0x20 == UInt8(ascii: "e") {
            var exponent = mantissaEnd + 1
            let sign = SQLByteClass.byte(line, exponent)
            let hasSign = sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
            if hasSign { exponent += 1 }
            if SQLByteClass.isDigit(SQLByteClass.byte(line, exponent)) {
                while exponent < line.count, SQLByteClass.isDigit(line[exponent]) {
                    exponent += 1
                    steps &+= 1
                }
                end = junkEnd(line, from: exponent)
            } else if hasSign {
                // {realfail}: psql 15 takes `1e+` whole, so in `1e--x` no comment starts.
                end = exponent
            } else {
                end = junkEnd(line, from: mantissaEnd)
            }
        } else {
            end = junkEnd(line, from: mantissaEnd)
        }
        echo(line, start..<end, &buffer, &position)
    }

    /// The end of an identifier glued to a number at `index` ({integer_junk} and friends), or
    /// `index` if none is.
    private mutating func junkEnd(_ line: [UInt8], from index: Int) -> Int {
        guard SQLByteClass.isIdentifierStart(SQLByteClass.byte(line, index)) else { return index }
        var end = index + 1
        while end < line.count, SQLByteClass.isIdentifierContinuation(line[end]) {
            end += 1
            steps &+= 1
        }
        return end
    }

    /// Identifiers and keywords, and the letter prefixes that open special literals.
    private mutating func scanWord(_ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]) {
        let start = position
        let letter = SQLByteClass.lowercased(line[start])
        let next = SQLByteClass.byte(line, start + 1)
        if next == SQLByteClass.singleQuote {
            switch letter {
            case UInt8(ascii: "b"), UInt8(ascii: "x"):
                echo(line, start..<start + 2, &buffer, &position)
                state = .stringLiteral(.bitString)
                return
            case UInt8(ascii: "e"):
                echo(line, start..<start + 2, &buffer, &position)
                state = .stringLiteral(.escaped)
                return
            case UInt8(ascii: "n"):
                // N'…': the `n` alone is a token (not an identifier); the quote follows.
                echo(line, start..<start + 1, &buffer, &position)
                return
            default:
                break
            }
        }
        if letter == UInt8(ascii: "u"), next == UInt8(ascii: "&") {
            let third = SQLByteClass.byte(line, start + 2)
            if third == SQLByteClass.singleQuote {
                echo(line, start..<start + 3, &buffer, &position)
                state = .stringLiteral(.standard)
            } else if third == SQLByteClass.doubleQuote {
                echo(line, start..<start + 3, &buffer, &position)
                state = .quotedIdentifier
            } else {
                echo(line, start..<start + 1, &buffer, &position)
            }
            return
        }
        var end = start + 1
        while end < line.count, SQLByteClass.isIdentifierContinuation(line[end]) {
            end += 1
            steps &+= 1
        }
        functionBody.noteIdentifier(line[start..<end], parenDepth: parenDepth)
        echo(line, start..<end, &buffer, &position)
    }

    // MARK: Quotes and comments

    private mutating func scanStringLiteral(
        _ kind: StringLiteralKind, _ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]
    ) {
        var index = position
        while index < line.count {
            steps &+= 1
            let byte = line[index]
            if byte == SQLByteClass.singleQuote {
                if kind != .bitString, SQLByteClass.byte(line, index + 1) == SQLByteClass.singleQuote {
                    index += 2
                    continue
                }
                echo(line, position..<index + 1, &buffer, &position)
                state = .afterStringLiteral(kind)
                return
            }
            if byte == SQLByteClass.backslash, kind == .escaped {
                // The escaped byte never closes the string; a `\` at the end of a line escapes
                // nothing, because psql lexes each line on its own.
                index = min(index + 2, line.count)
                continue
            }
            index += 1
        }
        echo(line, position..<line.count, &buffer, &position)
    }

    /// After a closing quote: whitespace and `--` comments containing a newline, then a quote,
    /// continue the same literal (flex `{quotecontinue}`); anything else returns to plain SQL
    /// without consuming input. At the end of the line psql stays in this state.
    private mutating func continueOrCloseStringLiteral(
        _ kind: StringLiteralKind, _ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]
    ) {
        var index = position
        var sawNewline = false
        while index < line.count {
            steps &+= 1
            let byte = line[index]
            if SQLByteClass.isSpace(byte) {
                if SQLByteClass.isNewline(byte) { sawNewline = true }
                index += 1
            } else if byte == UInt8(ascii: "-"), SQLByteClass.byte(line, index + 1) == UInt8(ascii: "-") {
                index += 2
                while index < line.count, !SQLByteClass.isNewline(line[index]) {
                    index += 1
                    steps &+= 1
                }
            } else {
                break
            }
        }
        if sawNewline, SQLByteClass.byte(line, index) == SQLByteClass.singleQuote {
            echo(line, position..<index + 1, &buffer, &position)
            state = .stringLiteral(kind)
        } else {
            state = .initial
        }
    }

    private mutating func scanQuotedIdentifier(_ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]) {
        var index = position
        while index < line.count {
            steps &+= 1
            if line[index] == SQLByteClass.doubleQuote {
                if SQLByteClass.byte(line, index + 1) == SQLByteClass.doubleQuote {
                    index += 2
                    continue
                }
                echo(line, position..<index + 1, &buffer, &position)
                state = .initial
                return
            }
            index += 1
        }
        echo(line, position..<line.count, &buffer, &position)
    }

    /// The quoted text ends at the first exact copy of the opening tag. A tag has no `$` inside,
    /// so a comparison at one `$` never reads past the next `$`: the search stays linear.
    private mutating func scanDollarQuoted(
        _ tag: [UInt8], _ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]
    ) {
        var index = position
        while index < line.count {
            steps &+= 1
            if line[index] == SQLByteClass.dollar, hasTag(tag, in: line, at: index) {
                echo(line, position..<index + tag.count, &buffer, &position)
                state = .initial
                return
            }
            index += 1
        }
        echo(line, position..<line.count, &buffer, &position)
    }

    private mutating func hasTag(_ tag: [UInt8], in line: [UInt8], at index: Int) -> Bool {
        guard line.count - index >= tag.count else { return false }
        for offset in 1..<tag.count {
            steps &+= 1
            if line[index + offset] != tag[offset] { return false }
        }
        return true
    }

    /// `/* */` comments nest, as in the server.
    private mutating func scanBlockComment(
        _ depth: Int, _ line: [UInt8], _ position: inout Int, _ buffer: inout [UInt8]
    ) {
        var depth = depth
        var index = position
        while index < line.count {
            steps &+= 1
            let byte = line[index]
            let next = SQLByteClass.byte(line, index + 1)
            if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if byte == UInt8(ascii: "*"), next == UInt8(ascii: "/") {
                index += 2
                if depth == 0 {
                    echo(line, position..<index, &buffer, &position)
                    state = .initial
                    return
                }
                depth -= 1
            } else {
                index += 1
            }
        }
        echo(line, position..<line.count, &buffer, &position)
        state = .blockComment(depth: depth)
    }

    // MARK: Output

    /// Copies `range` into the buffer and moves `position` past it.
    @inline(__always)
    private func echo(_ line: [UInt8], _ range: Range<Int>, _ buffer: inout [UInt8], _ position: inout Int) {
        buffer.append(contentsOf: line[range])
        position = range.upperBound
    }

    /// psql drops whitespace and `--` comments while the query buffer is still empty.
    @inline(__always)
    private func echoUnlessBufferEmpty(_ line: [UInt8], _ range: Range<Int>, _ buffer: inout [UInt8]) {
        if !buffer.isEmpty {
            buffer.append(contentsOf: line[range])
        }
    }
}
