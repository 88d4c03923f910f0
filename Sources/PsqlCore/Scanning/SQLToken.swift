/// One token of SQL text, as far as keeping secrets out of records needs: the kinds psql's
/// lexer tells apart (every string-literal form, dollar quotes, comments, words), each with its
/// byte range in the text it came from.
public struct SQLToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case space
        /// `-- …` or `/* … */` (nested).
        case comment
        /// A string literal of any form: `'…'`, `E'…'`, `U&'…'`, `N'…'`, `B'…'`, `X'…'`, or a
        /// dollar-quoted `$$…$$` / `$tag$…$tag$`.
        case string
        /// `"…"` or `U&"…"`.
        case quotedIdentifier
        /// A keyword or identifier.
        case word
        /// `;` outside quotes.
        case semicolon
        /// Anything else (operators, numbers, punctuation), one byte at a time.
        case other
    }

    public var kind: Kind
    public var range: Range<Int>

    /// Splits `bytes` into tokens. Unterminated quotes and comments run to the end. Linear:
    /// every step consumes at least one byte. `standardConformingStrings` says whether `'…'`
    /// takes backslash escapes (it does when off, as `E'…'` always does).
    public static func tokens(of bytes: [UInt8], standardConformingStrings: Bool = true) -> [SQLToken] {
        var tokens: [SQLToken] = []
        var index = 0
        let count = bytes.count
        func at(_ i: Int) -> UInt8 { i < count ? bytes[i] : 0 }
        /// The end of a single-quoted literal whose opening quote is at `quote`.
        func endOfQuoted(_ quote: Int, backslashEscapes: Bool) -> Int {
            var i = quote + 1
            while i < count {
                let byte = bytes[i]
                if backslashEscapes && byte == SQLByteClass.backslash {
                    i += 2
                } else if byte == SQLByteClass.singleQuote {
                    if at(i + 1) == SQLByteClass.singleQuote { i += 2 } else { return i + 1 }
                } else {
                    i += 1
                }
            }
            return count
        }
        while index < count {
            let start = index
            let byte = bytes[index]
            let kind: Kind
            switch byte {
            case _ where SQLByteClass.isSpace(byte):
                while index < count, SQLByteClass.isSpace(bytes[index]) { index += 1 }
                kind = .space
            case UInt8(ascii: "-") where at(index + 1) == UInt8(ascii: "-"):
                while index < count, !SQLByteClass.isNewline(bytes[index]) { index += 1 }
                kind = .comment
            case UInt8(ascii: "/") where at(index + 1) == UInt8(ascii: "*"):
                var depth = 0
                while index < count {
                    if bytes[index] == UInt8(ascii: "/") && at(index + 1) == UInt8(ascii: "*") {
                        depth += 1
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "*") && at(index + 1) == UInt8(ascii: "/") {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                    } else {
                        index += 1
                    }
                }
                kind = .comment
            case SQLByteClass.singleQuote:
                index = endOfQuoted(index, backslashEscapes: !standardConformingStrings)
                kind = .string
            // (A `where` binds to the last pattern of a case only, hence one per pattern.)
            case UInt8(ascii: "e") where at(index + 1) == SQLByteClass.singleQuote,
                UInt8(ascii: "E") where at(index + 1) == SQLByteClass.singleQuote:
                index = endOfQuoted(index + 1, backslashEscapes: true)
                kind = .string
            case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "x"),
                UInt8(ascii: "X"):
                if at(index + 1) == SQLByteClass.singleQuote {
                    index = endOfQuoted(index + 1, backslashEscapes: !standardConformingStrings)
                    kind = .string
                } else {
                    index = endOfWord(bytes, index)
                    kind = .word
                }
            case UInt8(ascii: "u") where at(index + 1) == UInt8(ascii: "&"),
                UInt8(ascii: "U") where at(index + 1) == UInt8(ascii: "&"):
                if at(index + 2) == SQLByteClass.singleQuote {
                    index = endOfQuoted(index + 2, backslashEscapes: false)
                    kind = .string
                } else if at(index + 2) == SQLByteClass.doubleQuote {
                    index = endOfQuotedIdentifier(bytes, index + 2)
                    kind = .quotedIdentifier
                } else {
                    index = endOfWord(bytes, index)
                    kind = .word
                }
            case SQLByteClass.doubleQuote:
                index = endOfQuotedIdentifier(bytes, index)
                kind = .quotedIdentifier
            case SQLByteClass.dollar:
                if let end = endOfDollarQuote(bytes, index) {
                    index = end
                    kind = .string
                } else {
                    index += 1
                    kind = .other
                }
            case SQLByteClass.semicolon:
                index += 1
                kind = .semicolon
            case _ where SQLByteClass.isIdentifierStart(byte):
                index = endOfWord(bytes, index)
                kind = .word
            default:
                index += 1
                kind = .other
            }
            tokens.append(SQLToken(kind: kind, range: start..<max(index, start + 1)))
            index = max(index, start + 1)
        }
        return tokens
    }

    private static func endOfWord(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start + 1
        while index < bytes.count, SQLByteClass.isIdentifierContinuation(bytes[index]) { index += 1 }
        return index
    }

    private static func endOfQuotedIdentifier(_ bytes: [UInt8], _ quote: Int) -> Int {
        var index = quote + 1
        while index < bytes.count {
            if bytes[index] == SQLByteClass.doubleQuote {
                if index + 1 < bytes.count && bytes[index + 1] == SQLByteClass.doubleQuote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The end of a dollar quote opening at `start` (`$$` or `$tag$`), or nil when `$` does not
    /// open one (`$1`). Unterminated: the end of the text.
    private static func endOfDollarQuote(_ bytes: [UInt8], _ start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count, bytes[index] != SQLByteClass.dollar {
            let byte = bytes[index]
            let allowed = index == start + 1 ? SQLByteClass.isIdentifierStart(byte) : SQLByteClass.isTagOrVariableCharacter(byte)
            guard allowed else { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let tag = Array(bytes[start...index])
        var search = index + 1
        while search + tag.count <= bytes.count {
            if bytes[search] == SQLByteClass.dollar && Array(bytes[search..<(search + tag.count)]) == tag {
                return search + tag.count
            }
            search += 1
        }
        return bytes.count
    }
}
