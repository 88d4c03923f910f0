/// psql's `\copy`: the arguments read the way psql's `parse_slash_copy` reads them, turned into
/// the `COPY … FROM STDIN` / `TO STDOUT` statement psql sends and where its data comes from or
/// goes to.
///
/// `\copy TABLE [(COLUMNS)] from|to FILE|stdin|stdout|pstdin|pstdout|program 'COMMAND' [OPTIONS]`
/// and `\copy (QUERY) to …`; everything after the file is passed on as typed.
public struct SlashCopyCommand: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        /// The input the command came from (`stdin`) or the query output (`stdout`).
        case session
        /// psql's own standard input or output (`pstdin`, `pstdout`).
        case processStandardStream
        case file(String)
        case program(String)
    }

    /// True for `from` (data into the server), false for `to`.
    public var isFrom: Bool
    public var endpoint: Endpoint
    /// The statement to send, byte for byte what psql sends (so server errors quote the same text).
    public var statement: String

    /// Parses the text after `\copy`; the error is psql's message.
    /// - Parameter home: replaces a leading `~` of a file name, as psql's `expand_tilde` does.
    public static func parse(_ arguments: String, home: String?) -> Result<SlashCopyCommand, SlashCopyError> {
        guard !arguments.isEmpty else { return .failure(SlashCopyError("\\copy: arguments required")) }
        var tokens = CopyTokenizer(arguments)
        let whitespace: Set<Character> = [" ", "\t", "\n", "\r"]
        func fail(_ token: String?) -> Result<SlashCopyCommand, SlashCopyError> {
            .failure(SlashCopyError(token.map { "\\copy: parse error at \"\($0)\"" } ?? "\\copy: parse error at end of line"))
        }
        var before = ""
        guard var token = tokens.next(whitespace, delimiters: ".,()", quotes: "\"") else { return fail(nil) }
        if token.lowercased() == "binary" {
            before += token
            guard let next = tokens.next(whitespace, delimiters: ".,()", quotes: "\"") else { return fail(nil) }
            token = next
        }
        if token.first == "(" {
            var depth = 1
            while depth > 0 {
                before += " " + token
                guard let next = tokens.next(whitespace, delimiters: "()", quotes: "\"'") else { return fail(nil) }
                token = next
                if token.first == "(" { depth += 1 } else if token.first == ")" { depth -= 1 }
            }
        }
        before += " " + token
        guard let afterName = tokens.next(whitespace, delimiters: ".,()", quotes: "\"") else { return fail(nil) }
        token = afterName
        if token.first == "." {
            before += token
            guard let name = tokens.next(whitespace, delimiters: ".,()", quotes: "\"") else { return fail(nil) }
            before += name
            guard let next = tokens.next(whitespace, delimiters: ".,()", quotes: "\"") else { return fail(nil) }
            token = next
        }
        if token.first == "(" {
            while true {
                before += " " + token
                guard let next = tokens.next(whitespace, delimiters: "()", quotes: "\"") else { return fail(nil) }
                token = next
                if token.first == ")" { break }
            }
            before += " " + token
            guard let next = tokens.next(whitespace, delimiters: ".,()", quotes: "\"") else { return fail(nil) }
            token = next
        }
        let isFrom: Bool
        switch token.lowercased() {
        case "from": isFrom = true
        case "to": isFrom = false
        default: return fail(token)
        }
        guard let target = tokens.next(whitespace, delimiters: ";", quotes: "'") else { return fail(nil) }
        let endpoint: Endpoint
        switch target.lowercased() {
        case "program":
            guard let command = tokens.next(whitespace, delimiters: ";", quotes: "'") else { return fail(nil) }
            guard command.count >= 2, command.first == "'", command.last == "'" else { return fail(command) }
            endpoint = .program(stripQuotes(command))
        case "stdin", "stdout": endpoint = .session
        case "pstdin", "pstdout": endpoint = .processStandardStream
        default:
            var file = stripQuotes(target)
            if let home, file == "~" || file.hasPrefix("~/") { file = home + file.dropFirst() }
            endpoint = .file(file)
        }
        let after = tokens.rest() ?? ""
        let statement = "COPY " + before + (isFrom ? " FROM STDIN " : " TO STDOUT ") + after
        return .success(SlashCopyCommand(isFrom: isFrom, endpoint: endpoint, statement: statement))
    }

    /// Removes `'` quoting the way psql's `strip_quotes` does: quotes dropped, `''` kept as one.
    static func stripQuotes(_ text: String) -> String {
        var result = ""
        var inQuotes = false
        var iterator = Array(text)
        var index = 0
        while index < iterator.count {
            let ch = iterator[index]
            if ch == "'" {
                if inQuotes && index + 1 < iterator.count && iterator[index + 1] == "'" {
                    result.append("'")
                    index += 2
                    continue
                }
                inQuotes.toggle()
            } else {
                result.append(ch)
            }
            index += 1
        }
        iterator.removeAll()
        return result
    }
}

/// A `\copy` line psql would refuse, with psql's message.
public struct SlashCopyError: Error, Sendable, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}

/// psql's `strtokx`, enough for `\copy`: tokens end at whitespace (which is consumed), a
/// delimiter (returned on its own next time) or a quote; a quoted token keeps its quotes.
struct CopyTokenizer {
    private let characters: [Character]
    private var position = 0

    init(_ text: String) { characters = Array(text) }

    mutating func next(_ whitespace: Set<Character>, delimiters: String, quotes: String) -> String? {
        while position < characters.count, whitespace.contains(characters[position]) { position += 1 }
        guard position < characters.count else { return nil }
        let start = position
        let first = characters[position]
        if delimiters.contains(first) {
            position += 1
            return String(first)
        }
        if quotes.contains(first) {
            position += 1
            while position < characters.count {
                if characters[position] == first {
                    // A doubled quote stays inside the token.
                    if position + 1 < characters.count, characters[position + 1] == first {
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
                position += 1
            }
            let token = String(characters[start..<position])
            consumeOneWhitespace(whitespace)
            return token
        }
        while position < characters.count {
            let ch = characters[position]
            if whitespace.contains(ch) || delimiters.contains(ch) || quotes.contains(ch) { break }
            position += 1
        }
        let token = String(characters[start..<position])
        consumeOneWhitespace(whitespace)
        return token
    }

    /// Everything not read yet, as typed; `nil` when nothing is left.
    mutating func rest() -> String? {
        guard position < characters.count else { return nil }
        defer { position = characters.count }
        return String(characters[position...])
    }

    private mutating func consumeOneWhitespace(_ whitespace: Set<Character>) {
        if position < characters.count, whitespace.contains(characters[position]) { position += 1 }
    }
}
