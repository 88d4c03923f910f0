/// A shell-style pattern over one file name: `*` (any run of characters), `?` (one character),
/// `[abc]`, `[a-z]`, `[!abc]`. No `/`: patterns name files inside one lesson directory. A name
/// starting with `.` is matched only by a pattern starting with `.`, as in the shell, so a
/// pattern `*` never reaches the temporary files tools hide that way.
public struct FileGlob: Sendable, Equatable {
    public let pattern: String
    private let elements: [Element]

    fileprivate enum Element: Sendable, Equatable {
        case literal(Character)
        case any
        case one
        case set(negated: Bool, items: [SetItem])
    }

    fileprivate enum SetItem: Sendable, Equatable {
        case single(Character)
        case range(Character, Character)
    }

    /// Nil, with the reason, when the pattern is not one (an unclosed `[`, a `/`, empty).
    public static func parse(_ pattern: String) -> Result<FileGlob, GlobProblem> {
        if pattern.isEmpty { return .failure(GlobProblem(message: "an empty pattern matches nothing")) }
        if pattern.contains("/") { return .failure(GlobProblem(message: "a pattern names files inside one directory (no '/')")) }
        var elements: [Element] = []
        var characters = Array(pattern)[...]
        while let c = characters.popFirst() {
            switch c {
            case "*":
                if elements.last != .any { elements.append(.any) }
            case "?":
                elements.append(.one)
            case "[":
                guard let close = closingBracket(characters) else {
                    return .failure(GlobProblem(message: "'[' without its ']'"))
                }
                var body = Array(characters[characters.startIndex..<close])
                characters = characters[(close + 1)...]
                let negated = body.first == "!" || body.first == "^"
                if negated { body.removeFirst() }
                var items: [SetItem] = []
                var i = 0
                while i < body.count {
                    if i + 2 < body.count, body[i + 1] == "-" {
                        if body[i] > body[i + 2] { return .failure(GlobProblem(message: "range \(body[i])-\(body[i + 2]) runs backwards")) }
                        items.append(.range(body[i], body[i + 2]))
                        i += 3
                    } else {
                        items.append(.single(body[i]))
                        i += 1
                    }
                }
                elements.append(.set(negated: negated, items: items))
            default:
                elements.append(.literal(c))
            }
        }
        return .success(FileGlob(validated: pattern, elements: elements))
    }

    /// Private on purpose: a glob is made only by `parse`, which checks the pattern.
    private init(validated pattern: String, elements: [Element]) {
        self.pattern = pattern
        self.elements = elements
    }

    /// The `]` closing a set that starts right after `[` (a `]` first in the set is a member).
    private static func closingBracket(_ rest: ArraySlice<Character>) -> Int? {
        var index = rest.startIndex
        if index < rest.endIndex, rest[index] == "!" || rest[index] == "^" { index += 1 }
        if index < rest.endIndex, rest[index] == "]" { index += 1 }
        while index < rest.endIndex {
            if rest[index] == "]" { return index }
            index += 1
        }
        return nil
    }

    public func matches(_ name: String) -> Bool {
        if name.hasPrefix("."), !pattern.hasPrefix(".") { return false }
        return Self.match(elements[...], Array(name)[...])
    }

    private static func match(_ pattern: ArraySlice<Element>, _ name: ArraySlice<Character>) -> Bool {
        var p = pattern
        var n = name
        // Backtracking only to the last `*`: linear in practice, never exponential.
        var star: (pattern: ArraySlice<Element>, name: ArraySlice<Character>)?
        while true {
            if let element = p.first {
                switch element {
                case .any:
                    star = (p.dropFirst(), n)
                    p = p.dropFirst()
                    continue
                case .one:
                    if !n.isEmpty {
                        p = p.dropFirst()
                        n = n.dropFirst()
                        continue
                    }
                case .literal(let c):
                    if n.first == c {
                        p = p.dropFirst()
                        n = n.dropFirst()
                        continue
                    }
                case .set(let negated, let items):
                    if let c = n.first, items.contains(where: { $0.contains(c) }) != negated {
                        p = p.dropFirst()
                        n = n.dropFirst()
                        continue
                    }
                }
            } else if n.isEmpty {
                return true
            }
            guard let resume = star, !resume.name.isEmpty else { return false }
            star = (resume.pattern, resume.name.dropFirst())
            p = resume.pattern
            n = resume.name.dropFirst()
        }
    }
}

extension FileGlob.SetItem {
    func contains(_ c: Character) -> Bool {
        switch self {
        case .single(let s): return s == c
        case .range(let low, let high): return low <= c && c <= high
        }
    }
}

/// Why a text is not a file pattern.
public struct GlobProblem: Error, Sendable, Equatable {
    public var message: String
}
