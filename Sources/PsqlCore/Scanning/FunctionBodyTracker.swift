/// psql's heuristic for SQL-standard function bodies (`CREATE FUNCTION … BEGIN ATOMIC … END;`):
/// while the statement started with `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, `BEGIN`/`CASE`
/// … `END` nest outside parentheses, and a `;` inside them does not end the statement.
struct FunctionBodyTracker: Sendable {
    /// Unclosed `BEGIN`/`CASE` blocks (psql's `begin_depth`); `;` ends a statement only at 0.
    private(set) var depth = 0
    /// Identifiers seen in the current statement (psql's `identifier_count`).
    private var identifierCount = 0
    /// First letters of `create`/`or`/`replace`/`function`/`procedure` among the first four
    /// identifiers, 0 for any other word: enough to recognise the statement's opening words.
    private var leadingKeywordInitials: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)

    private static let create = Array("create".utf8)
    private static let function = Array("function".utf8)
    private static let procedure = Array("procedure".utf8)
    private static let or = Array("or".utf8)
    private static let replace = Array("replace".utf8)
    private static let begin = Array("begin".utf8)
    private static let `case` = Array("case".utf8)
    private static let end = Array("end".utf8)

    /// Records one identifier token (keywords are identifiers to the lexer).
    mutating func noteIdentifier(_ word: ArraySlice<UInt8>, parenDepth: Int) {
        if identifierCount == 0 {
            leadingKeywordInitials = (0, 0, 0, 0)
        }
        if identifierCount < 4, Self.isOpeningKeyword(word) {
            let initial = SQLByteClass.lowercased(word[word.startIndex])
            switch identifierCount {
            case 0: leadingKeywordInitials.0 = initial
            case 1: leadingKeywordInitials.1 = initial
            case 2: leadingKeywordInitials.2 = initial
            default: leadingKeywordInitials.3 = initial
            }
        }
        identifierCount += 1

        guard parenDepth == 0, isFunctionDefinition else { return }
        if Self.matches(word, Self.begin) {
            depth += 1
        } else if Self.matches(word, Self.case) {
            // CASE also ends with END; it only matters inside a BEGIN block.
            if depth >= 1 { depth += 1 }
        } else if Self.matches(word, Self.end) {
            if depth > 0 { depth -= 1 }
        }
    }

    /// A top-level `;` (or `\;`) starts a new statement.
    mutating func statementEnded() {
        identifierCount = 0
    }

    private var isFunctionDefinition: Bool {
        let (first, second, third, fourth) = leadingKeywordInitials
        let c = UInt8(ascii: "c")
        let f = UInt8(ascii: "f")
        let p = UInt8(ascii: "p")
        let o = UInt8(ascii: "o")
        let r = UInt8(ascii: "r")
        return first == c
            && (second == f || second == p
                || (second == o && third == r && (fourth == f || fourth == p)))
    }

    private static func isOpeningKeyword(_ word: ArraySlice<UInt8>) -> Bool {
        matches(word, create) || matches(word, function) || matches(word, procedure)
            || matches(word, or) || matches(word, replace)
    }

    /// ASCII case-insensitive equality with a lowercase keyword.
    private static func matches(_ word: ArraySlice<UInt8>, _ keyword: [UInt8]) -> Bool {
        guard word.count == keyword.count else { return false }
        var index = word.startIndex
        for expected in keyword {
            if SQLByteClass.lowercased(word[index]) != expected { return false }
            index += 1
        }
        return true
    }
}
