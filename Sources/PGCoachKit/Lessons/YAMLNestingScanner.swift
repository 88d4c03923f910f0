/// Measures how deep a YAML text nests before the YAML parser sees it.
///
/// The parser recurses once per nesting level, so a hostile lesson (5,000 `[`) would overflow
/// the stack and kill pgcoach. The measure must read YAML as YAML: a bracket in a comment, in a
/// quoted or block scalar, or after an apostrophe in plain text (`# the team's view`) is text,
/// not nesting. It follows the lexical rules that matter for that — comments start at `#` after
/// whitespace, quotes open only where a scalar starts, `|` and `>` open block scalars whose
/// more-indented lines are text — and counts flow nesting (`[`, `{`) and block nesting
/// (indentation and `- - -`).
enum YAMLNestingScanner {
    static let maximumBytes = 1 << 20
    static let maximumFlowDepth = 64
    static let maximumIndent = 256

    /// The first problem found, with its 1-based line, or nil when the text is safe to parse.
    static func problem(in source: String) -> (line: Int, message: String)? {
        if source.utf8.count > maximumBytes {
            return (1, "the file is larger than \(maximumBytes / 1024) KiB; a lesson never needs that much")
        }
        var scanner = State()
        for byte in source.utf8 {
            if let message = scanner.consume(byte) { return (scanner.line, message) }
        }
        return nil
    }

    private struct State {
        var line = 1
        var flowDepth = 0
        /// Spaces and `- ` before the first other byte of the line.
        var indent = 0
        var inIndent = true
        var previous: UInt8 = UInt8(ascii: "\n")
        /// The last byte of the line that was neither a space nor inside a scalar or comment.
        var lastSignificant: UInt8 = 0
        var inComment = false
        var quote: UInt8?
        var escaped = false
        /// The indentation of the line that opened a block scalar, while inside one.
        var blockParentIndent: Int?
        /// A block scalar indicator was the last thing on this line (it opens on the next).
        var blockPending = false

        mutating func consume(_ byte: UInt8) -> String? {
            defer { previous = byte }
            if byte == UInt8(ascii: "\n") {
                endLine()
                return nil
            }
            if inIndent {
                if byte == UInt8(ascii: " ")
                    || (byte == UInt8(ascii: "-") && (previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n")))
                {
                    indent += 1
                    if blockParentIndent == nil && quote == nil && indent > maximumIndent {
                        return "indented or nested more than \(maximumIndent) levels"
                    }
                    return nil
                }
                inIndent = false
                if let parent = blockParentIndent {
                    if indent > parent { inComment = true } else { blockParentIndent = nil }  // text of the block
                }
            }
            if inComment { return nil }
            if let open = quote {
                if open == UInt8(ascii: "\"") {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == open {
                        quote = nil
                    }
                } else if byte == open {
                    quote = nil  // a doubled '' reopens at once below, which reads the same
                }
                if quote == nil { lastSignificant = byte }
                return nil
            }
            let afterSpace = previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || previous == UInt8(ascii: "\n")
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                return nil
            case UInt8(ascii: "#") where afterSpace:
                inComment = true
                return nil
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if Self.scalarMayStartAfter(lastSignificant) || (byte == UInt8(ascii: "'") && previous == UInt8(ascii: "'")) {
                    quote = byte
                    return nil
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if Self.scalarMayStartAfter(lastSignificant) {
                    flowDepth += 1
                    if flowDepth > maximumFlowDepth { return "nested more than \(maximumFlowDepth) levels deep" }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                if flowDepth == 0 && Self.scalarMayStartAfter(lastSignificant) { blockPending = true }
            default:
                break
            }
            if blockPending && byte != UInt8(ascii: "|") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "-")
                && byte != UInt8(ascii: "+") && !(byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9"))
            {
                blockPending = false  // `a |b` is plain text, not a block scalar
            }
            lastSignificant = byte
            return nil
        }

        mutating func endLine() {
            line += 1
            if blockPending && blockParentIndent == nil { blockParentIndent = indent }
            blockPending = false
            inComment = false
            inIndent = true
            indent = 0
            // A plain scalar ends with its line as far as quotes are concerned; flow context
            // and quoted scalars carry over.
            if quote == nil && flowDepth == 0 { lastSignificant = 0 }
        }

        /// Where a scalar (and so a quote or a flow collection) may begin: at the start of a
        /// line, after a flow indicator, a mapping colon, a sequence dash or a key marker.
        static func scalarMayStartAfter(_ byte: UInt8) -> Bool {
            switch byte {
            case 0, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"),
                UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "&"):
                return true
            default:
                return false
            }
        }
    }
}
