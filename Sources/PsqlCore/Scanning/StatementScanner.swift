/// Splits input lines into SQL statements and backslash meta-commands exactly as psql 15 does
/// (`psqlscan.l`, `psqlscanslash.l` and the line handling of `mainloop.c`), keeping psql's
/// query buffer so the text sent — and so the server's `LINE n:` and caret — match `psql -X`.
///
/// Two ways to drive it:
/// - `feed(line:)` returns everything a line completes at once. Enough when a meta-command
///   never changes the buffer or fails before the end of its line.
/// - `startLine(_:)` then `nextItem()` until `nil`, acting on each item before asking for the
///   next, as psql does: after `\g` or `\r` call `takeBufferForSending()` or `resetBuffer()`,
///   and after a failed or unknown command call `skipRestOfLine()` (psql ignores the rest of
///   that line), so `\r \\ select 1;` and `\bogus \\ select 1;` behave as in psql.
///
/// psql variables are substituted when `nextItem(host:)` gets a host (the REPL's variables):
/// `:name` is replaced by its value and lexed again (so a `;` in it ends a statement), `:'name'`
/// and `:"name"` by the quoted value, `:{?name}` by TRUE or FALSE; unset ones stay as typed.
/// For `\if`, `isInactiveBranch` keeps skipped statements in the buffer (psql discards them
/// with `truncateBuffer` at the next branch command).
/// Not modelled: the interactive-only `help`/`quit`/`exit` words.
public struct StatementScanner: Sendable {
    private var lexer = SQLLexer()
    /// psql's `query_buf`, as UTF-8 bytes.
    private var queryBuffer: [UInt8] = []
    /// Buffer length just after the newline that joined the current line to earlier ones
    /// (psql's `added_nl_pos`): a line holding only a meta-command takes that newline back.
    private var joiningNewlineEnd: Int?
    private var currentLine: [UInt8] = []
    private var linePosition = 0
    private var hasLineInProgress = false
    private var hasSeenFirstLine = false

    /// The last text sent (psql's `previous_buf`): what `\p` shows and `\g` re-sends when the
    /// buffer is empty.
    public private(set) var previousBuffer = ""

    /// Mirrors the server's standard_conforming_strings (on by default); when off, `'…'`
    /// strings take backslash escapes, as psql lexes them then.
    public var standardConformingStrings: Bool {
        get { lexer.standardConformingStrings }
        set { lexer.standardConformingStrings = newValue }
    }

    /// Creates a scanner with an empty buffer.
    public init() {}

    /// Feeds one input line (without its trailing newline). Returns what the line completed, in order.
    public mutating func feed(line: String) -> [ScannedItem] {
        startLine(line)
        var items: [ScannedItem] = []
        while let item = nextItem() {
            items.append(item)
        }
        return items
    }

    /// Starts scanning one input line (without its trailing newline); `nextItem()` then yields
    /// what it completes. Any unread rest of the previous line is dropped first.
    public mutating func startLine(_ line: String) {
        skipRestOfLine()
        var bytes = Array(line.utf8)
        // psql reads lines as C strings: a NUL ends the line.
        if let nul = bytes.firstIndex(of: 0) {
            bytes.removeSubrange(nul...)
        }
        // psql ignores a UTF-8 byte-order mark at the start of its input.
        if !hasSeenFirstLine {
            hasSeenFirstLine = true
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes.removeFirst(3)
            }
        }
        // Empty lines vanish unless they are inside a quote or comment. (A whitespace-only
        // line is not empty: it reaches the buffer if the buffer has text.)
        if bytes.isEmpty && !lexer.state.isInsideQuoteOrComment {
            return
        }
        if queryBuffer.isEmpty {
            joiningNewlineEnd = nil
        } else {
            queryBuffer.append(SQLByteClass.newline)
            joiningNewlineEnd = queryBuffer.count
        }
        currentLine = bytes
        linePosition = 0
        hasLineInProgress = true
    }

    /// In a skipped `\if` branch: a statement's end leaves the buffer as it is (psql discards the
    /// text when the branch ends), and nothing is substituted.
    public var isInactiveBranch = false

    /// Variables being expanded in the current line, and where their text ends there: psql
    /// refuses to expand a variable inside its own value.
    private var expansions: [(name: String, end: Int)] = []

    /// The next statement or meta-command of the line being scanned, or `nil` once the line is used up.
    /// With a `host`, psql variables and backticks are substituted (see the type's notes).
    public mutating func nextItem(host: (any ScanHost)? = nil) -> ScannedItem? {
        guard hasLineInProgress else { return nil }
        let substituting = isInactiveBranch ? nil : host
        lexer.substitutesVariables = substituting != nil
        var stop = lexer.scan(currentLine, from: &linePosition, into: &queryBuffer)
        while case .variable(let reference) = stop, let substituting {
            substitute(reference, host: substituting)
            stop = lexer.scan(currentLine, from: &linePosition, into: &queryBuffer)
        }
        switch stop {
        case .endOfLine, .variable:
            skipRestOfLine()
            return nil
        case .statementEnd where isInactiveBranch:
            return .statement(String(decoding: queryBuffer, as: UTF8.self))
        case .statementEnd:
            let statement = String(decoding: queryBuffer, as: UTF8.self)
            previousBuffer = statement
            queryBuffer.removeAll()
            joiningNewlineEnd = nil
            return .statement(statement)
        case .backslash:
            if let end = joiningNewlineEnd, end == queryBuffer.count {
                queryBuffer.removeLast()
            }
            joiningNewlineEnd = nil
            var steps = 0
            let command = MetaCommandLexer.lex(currentLine, from: &linePosition, steps: &steps, host: substituting)
            metaCommandSteps &+= steps
            return .metaCommand(command)
        }
    }

    /// Puts a variable's value where its reference was: `:name` is spliced into the line and
    /// lexed (psql pushes it as a new input buffer); quoted forms go straight into the buffer.
    private mutating func substitute(_ reference: SQLLexer.VariableReference, host: any ScanHost) {
        expansions.removeAll { $0.end <= reference.range.lowerBound }
        let typed = currentLine[reference.range]
        let value = host.variableValue(reference.name)
        switch reference.form {
        case .plain:
            guard let value else {
                queryBuffer.append(contentsOf: typed)
                return
            }
            if expansions.contains(where: { $0.name == reference.name }) {
                host.scanWarning("skipping recursive expansion of variable \"\(reference.name)\"")
                queryBuffer.append(contentsOf: typed)
                return
            }
            let bytes = Array(value.utf8)
            let delta = bytes.count - reference.range.count
            for index in expansions.indices { expansions[index].end += delta }
            currentLine.replaceSubrange(reference.range, with: bytes)
            linePosition = reference.range.lowerBound
            expansions.append((reference.name, reference.range.lowerBound + bytes.count))
        case .literal, .identifier:
            guard let value else {
                queryBuffer.append(contentsOf: typed)
                return
            }
            let quoted = reference.form == .literal ? VariableQuoting.literal(value) : VariableQuoting.identifier(value)
            queryBuffer.append(contentsOf: quoted.utf8)
        case .existence:
            queryBuffer.append(contentsOf: (value == nil ? "FALSE" : "TRUE").utf8)
        }
    }

    /// The query buffer's length in bytes and the open parentheses, which `\if` remembers.
    public var bufferState: (length: Int, parenDepth: Int) { (queryBuffer.count, lexer.parenDepth) }

    /// Cuts the buffer back to `length` bytes and the parenthesis depth to `parenDepth`: psql
    /// discarding what a skipped `\if` branch added.
    public mutating func truncateBuffer(to length: Int, parenDepth: Int) {
        if length < queryBuffer.count { queryBuffer.removeSubrange(length...) }
        lexer.parenDepth = parenDepth
        joiningNewlineEnd = nil
    }

    /// Drops the unread rest of the current line, as psql does after a failed or unknown
    /// meta-command. The buffer and lexer state are kept.
    public mutating func skipRestOfLine() {
        expansions.removeAll()
        hasLineInProgress = false
        currentLine = []
        linePosition = 0
    }

    /// True between `startLine(_:)` and the `nextItem()` that returns `nil`.
    public var isLineInProgress: Bool { hasLineInProgress }

    /// End of input: psql sends a non-blank leftover buffer as a last statement in
    /// non-interactive mode; return it (and clear the buffer). Unread line text is dropped.
    public mutating func finish() -> String? {
        skipRestOfLine()
        guard !queryBuffer.isEmpty else {
            resetBuffer()
            return nil
        }
        let statement = String(decoding: queryBuffer, as: UTF8.self)
        previousBuffer = statement
        resetBuffer()
        return statement
    }

    /// What is open at the end of the buffer, for the continuation prompt.
    public var openConstruct: OpenConstruct {
        // psql shows the ready prompt whenever the buffer is empty, whatever else is pending.
        if queryBuffer.isEmpty { return .none }
        switch lexer.state {
        case .stringLiteral: return .singleQuote
        case .quotedIdentifier: return .doubleQuote
        case .dollarQuoted: return .dollarQuote
        case .blockComment: return .blockComment
        case .initial, .afterStringLiteral:
            return lexer.parenDepth > 0 ? .parenthesis : .continuation
        }
    }

    /// Inside a quote or comment, where psql keeps even an empty line.
    public var isInsideQuoteOrComment: Bool { lexer.state.isInsideQuoteOrComment }

    /// The current query buffer (what `\p` shows and `\g` sends).
    public var buffer: String { String(decoding: queryBuffer, as: UTF8.self) }

    /// True when nothing is pending.
    public var isBufferEmpty: Bool { queryBuffer.isEmpty }

    /// Discards the buffer and all lexer state (Ctrl-C, `\r`). The unread rest of the current
    /// line, if any, is kept: psql goes on scanning it.
    public mutating func resetBuffer() {
        queryBuffer.removeAll()
        joiningNewlineEnd = nil
        lexer.reset()
    }

    /// What `\g` sends: the buffer, or `previousBuffer` when the buffer is empty (possibly "",
    /// which psql sends too). Like psql, it becomes `previousBuffer` and the buffer and lexer
    /// state are reset.
    public mutating func takeBufferForSending() -> String {
        let text = queryBuffer.isEmpty ? previousBuffer : String(decoding: queryBuffer, as: UTF8.self)
        previousBuffer = text
        resetBuffer()
        return text
    }

    /// Puts back what `\p` and `\g` see as the previous query, after a command that ran a
    /// statement of its own (`\gdesc` runs a description query).
    public mutating func restorePreviousBuffer(_ text: String) {
        previousBuffer = text
    }

    /// Loop iterations spent in meta-command lexing.
    private var metaCommandSteps = 0

    /// Loop iterations spent so far: a structural measure of work, for tests that check the
    /// scanner stays linear in its input.
    var workSteps: Int { lexer.steps &+ metaCommandSteps }
}
