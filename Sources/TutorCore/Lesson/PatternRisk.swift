/// Finds evidence patterns whose matching time can explode (catastrophic backtracking), so a
/// lesson that carries one is rejected when it is loaded: Swift's regex engine backtracks and
/// has no step budget, and `^(a|aa)+$` takes 39 s on 36 characters.
///
/// The shapes refused are the ones that make a backtracking matcher try exponentially many
/// ways of splitting the same text over the iterations of a repeated group:
/// - alternatives of a repeated group that can begin with the same character (`(a|aa)+`,
///   `(\w|\d)*`, or one that can match nothing);
/// - a repeated group with an alternative that is, apart from optional parts, one repeated
///   piece (`(a+)+`, `(\w+\s*)*`).
/// Patterns whose repeated parts are told apart by a required character (`(\s|--[^\n]*\n)*`,
/// `(\w+\s)+`) are accepted.
public enum PatternRisk {
    /// Why `pattern` is refused, or nil when it is safe to run.
    public static func problem(_ pattern: String) -> String? {
        var parser = Parser(bytes: Array(pattern.utf8))
        guard let root = parser.parseAlternatives() else { return nil }  // the regex engine judges syntax
        return check(root)
    }

    /// A set of bytes a piece can start with; bytes ≥ 0x80 stand for all non-ASCII text.
    struct ByteSet: Equatable {
        var bits = [Bool](repeating: false, count: 256)
        static var all: ByteSet { ByteSet(bits: [Bool](repeating: true, count: 256)) }
        mutating func insert(_ byte: UInt8) { bits[Int(byte)] = true }
        mutating func formUnion(_ other: ByteSet) { for i in 0..<256 where other.bits[i] { bits[i] = true } }
        func overlaps(_ other: ByteSet) -> Bool { (0..<256).contains { bits[$0] && other.bits[$0] } }
        var inverted: ByteSet { ByteSet(bits: bits.map { !$0 }) }
        var isEmpty: Bool { !bits.contains(true) }
    }

    /// One piece of a pattern with its repetition.
    indirect enum Node {
        case atom(ByteSet)
        case group([[Piece]])
        case zeroWidth
    }

    struct Piece {
        var node: Node
        var min = 1
        var max: Int? = 1  // nil: unbounded
        var repeats: Bool { max == nil || max! > 1 }
    }

    private static func check(_ alternatives: [[Piece]]) -> String? {
        for alternative in alternatives {
            for piece in alternative {
                guard case .group(let inner) = piece.node else { continue }
                if piece.repeats {
                    let firsts = inner.map { first($0) }
                    if firsts.contains(where: { $0 == nil }) {
                        return "a repeated group has an alternative that can match nothing"
                    }
                    for i in firsts.indices {
                        for j in firsts.indices where j > i && firsts[i]!.overlaps(firsts[j]!) {
                            return "the alternatives of a repeated group can start with the same character (catastrophic backtracking)"
                        }
                    }
                    for alternative in inner where isOneRepeatedPiece(alternative) {
                        return "a repeated group holds a repeated piece, a nested quantifier (catastrophic backtracking)"
                    }
                }
                if let problem = check(inner) { return problem }
            }
        }
        return nil
    }

    /// Whether, apart from optional pieces, the alternative is one piece that repeats without
    /// bound: its iterations can then be split between the outer repetition in many ways.
    private static func isOneRepeatedPiece(_ alternative: [Piece]) -> Bool {
        let required = alternative.filter { $0.min > 0 && !isZeroWidth($0) }
        let unbounded = alternative.filter { $0.max == nil || containsUnbounded($0) }
        guard !unbounded.isEmpty else { return false }
        return required.count <= 1 && required.allSatisfy { $0.max == nil || containsUnbounded($0) }
    }

    private static func isZeroWidth(_ piece: Piece) -> Bool {
        if case .zeroWidth = piece.node { return true }
        return false
    }

    private static func containsUnbounded(_ piece: Piece) -> Bool {
        guard case .group(let inner) = piece.node else { return false }
        return inner.contains { alternative in alternative.contains { $0.max == nil || containsUnbounded($0) } }
    }

    /// The bytes the alternative can start with, or nil when it can match the empty string.
    private static func first(_ alternative: [Piece]) -> ByteSet? {
        var set = ByteSet()
        for piece in alternative {
            switch piece.node {
            case .zeroWidth: continue
            case .atom(let bytes): set.formUnion(bytes)
            case .group(let inner):
                var canBeEmpty = false
                for alternative in inner {
                    if let bytes = first(alternative) { set.formUnion(bytes) } else { canBeEmpty = true }
                }
                if canBeEmpty && piece.min > 0 { continue }
            }
            if piece.min > 0 { return set }
        }
        return nil
    }

    /// A recursive-descent reader of the regex syntax that matters for the shapes above.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func parseAlternatives() -> [[Piece]]? {
            var alternatives: [[Piece]] = [[]]
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ")") { return alternatives }
                if byte == UInt8(ascii: "|") {
                    index += 1
                    alternatives.append([])
                    continue
                }
                guard var piece = parsePiece() else { return nil }
                parseQuantifier(&piece)
                alternatives[alternatives.count - 1].append(piece)
            }
            return alternatives
        }

        mutating func parsePiece() -> Piece? {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "("):
                var zeroWidth = false
                if index < bytes.count && bytes[index] == UInt8(ascii: "?") {
                    index += 1
                    let kind = index < bytes.count ? bytes[index] : 0
                    if kind == UInt8(ascii: "=") || kind == UInt8(ascii: "!") {
                        zeroWidth = true
                        index += 1
                    } else if kind == UInt8(ascii: "<") && index + 1 < bytes.count
                        && (bytes[index + 1] == UInt8(ascii: "=") || bytes[index + 1] == UInt8(ascii: "!"))
                    {
                        zeroWidth = true
                        index += 2
                    } else {
                        // (?: (?i) (?<name> (?'name': skip to the group's body or its end.
                        while index < bytes.count && bytes[index] != UInt8(ascii: ":") && bytes[index] != UInt8(ascii: ")")
                            && bytes[index] != UInt8(ascii: ">") && bytes[index] != UInt8(ascii: "'")
                        {
                            index += 1
                        }
                        if index < bytes.count && bytes[index] == UInt8(ascii: ")") {
                            index += 1
                            return Piece(node: .zeroWidth)  // a flag group like (?i)
                        }
                        index += 1
                    }
                }
                guard let inner = parseAlternatives(), index < bytes.count else { return nil }
                index += 1  // ')'
                return Piece(node: zeroWidth ? .zeroWidth : .group(inner))
            case UInt8(ascii: "["):
                return parseBracket().map { Piece(node: .atom($0)) }
            case UInt8(ascii: "\\"):
                return parseEscape().map { Piece(node: $0) }
            case UInt8(ascii: "."):
                var set = ByteSet.all
                set.bits[10] = false
                return Piece(node: .atom(set))
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                return Piece(node: .zeroWidth)
            default:
                return Piece(node: .atom(Self.literal(byte)))
            }
        }

        mutating func parseQuantifier(_ piece: inout Piece) {
            guard index < bytes.count else { return }
            switch bytes[index] {
            case UInt8(ascii: "*"):
                (piece.min, piece.max) = (0, nil)
                index += 1
            case UInt8(ascii: "+"):
                (piece.min, piece.max) = (max(piece.min, 1), nil)
                index += 1
            case UInt8(ascii: "?"):
                piece.min = 0
                index += 1
            case UInt8(ascii: "{"):
                var cursor = index + 1
                var numbers: [Int?] = [nil]
                var sawComma = false
                while cursor < bytes.count && bytes[cursor] != UInt8(ascii: "}") {
                    let byte = bytes[cursor]
                    if byte == UInt8(ascii: ",") {
                        sawComma = true
                        numbers.append(nil)
                    } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                        numbers[numbers.count - 1] = (numbers.last! ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
                    } else {
                        return  // a literal brace
                    }
                    cursor += 1
                }
                guard cursor < bytes.count, let low = numbers[0] else { return }
                piece.min = low
                piece.max = sawComma ? numbers.last! : low
                index = cursor + 1
            default:
                return
            }
            if index < bytes.count && (bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+")) { index += 1 }
        }

        mutating func parseEscape() -> Node? {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            if let set = Self.classSet(byte) { return .atom(set) }
            switch byte {
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"):
                return .zeroWidth
            case UInt8(ascii: "n"): return .atom(Self.literal(10))
            case UInt8(ascii: "t"): return .atom(Self.literal(9))
            case UInt8(ascii: "r"): return .atom(Self.literal(13))
            case UInt8(ascii: "1")...UInt8(ascii: "9"), UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "x"), UInt8(ascii: "u"):
                return .atom(.all)  // backreferences, properties, code points: anything
            default: return .atom(Self.literal(byte))
            }
        }

        mutating func parseBracket() -> ByteSet? {
            var set = ByteSet()
            var negated = false
            if index < bytes.count && bytes[index] == UInt8(ascii: "^") {
                negated = true
                index += 1
            }
            var first = true
            while index < bytes.count {
                var byte = bytes[index]
                if byte == UInt8(ascii: "]") && !first { break }
                first = false
                index += 1
                if byte == UInt8(ascii: "\\"), index < bytes.count {
                    let escaped = bytes[index]
                    index += 1
                    if let classSet = Self.classSet(escaped) {
                        set.formUnion(classSet)
                        continue
                    }
                    byte = escaped == UInt8(ascii: "n") ? 10 : escaped == UInt8(ascii: "t") ? 9 : escaped
                }
                if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && bytes[index + 1] != UInt8(ascii: "]") {
                    let high = bytes[index + 1]
                    index += 2
                    if high >= byte { for b in byte...high { set.formUnion(Self.literal(b)) } }
                } else {
                    set.formUnion(Self.literal(byte))
                }
            }
            guard index < bytes.count else { return nil }
            index += 1  // ']'
            return negated ? set.inverted : set
        }

        /// The byte and its other case (patterns match ignoring case); non-ASCII as one class.
        static func literal(_ byte: UInt8) -> ByteSet {
            var set = ByteSet()
            if byte >= 0x80 {
                for b in 0x80...0xFF { set.insert(UInt8(b)) }
                return set
            }
            set.insert(byte)
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { set.insert(byte - 32) }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { set.insert(byte + 32) }
            return set
        }

        static func classSet(_ letter: UInt8) -> ByteSet? {
            var set = ByteSet()
            switch letter | 0x20 {
            case UInt8(ascii: "s"): for b in [9, 10, 11, 12, 13, 32] { set.insert(UInt8(b)) }
            case UInt8(ascii: "d"): for b in UInt8(ascii: "0")...UInt8(ascii: "9") { set.insert(b) }
            case UInt8(ascii: "w"):
                for b in UInt8(ascii: "0")...UInt8(ascii: "9") { set.insert(b) }
                for b in UInt8(ascii: "a")...UInt8(ascii: "z") {
                    set.insert(b)
                    set.insert(b - 32)
                }
                set.insert(UInt8(ascii: "_"))
                for b in 0x80...0xFF { set.insert(UInt8(b)) }
            default: return nil
            }
            // Upper case (\S, \D, \W) is the complement; non-ASCII text can be either.
            if letter < UInt8(ascii: "a") {
                var complement = set.inverted
                for b in 0x80...0xFF { complement.insert(UInt8(b)) }
                return complement
            }
            return set
        }
    }
}
