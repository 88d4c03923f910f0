/// psql's backslash-command lexer (`psqlscanslash.l`): the command name, its arguments, and the
/// optional `\\` separator after them.
enum MetaCommandLexer {
    /// Commands whose argument is the rest of the line, backslashes included (psql's
    /// `OT_WHOLE_LINE`): `\! ls \\ x` runs `ls \\ x`.
    static let wholeLineCommandNames: Set<String> = [
        "!", "copy", "ef", "ev", "sf", "sf+", "sv", "sv+", "h", "help",
    ]

    /// Commands whose first argument, when it starts with `|`, is a pipe taking the rest of the
    /// line (psql's `OT_FILEPIPE`).
    static let filePipeCommandNames: Set<String> = ["g", "gx", "o", "out", "w", "write"]

    /// Whether psql strips unquoted trailing semicolons from this command's arguments (its
    /// `psql_scan_slash_option(..., semicolon = true)`): file names, patterns and toggles do,
    /// free text (`\echo`, `\set`, `\if`, `\g` options, …) does not.
    static func stripsSemicolons(_ name: String) -> Bool {
        if name.hasPrefix("d") && name != "dconfig" || name.hasPrefix("l") || name.hasPrefix("lo_") { return true }
        return semicolonStrippingNames.contains(name)
    }

    static let semicolonStrippingNames: Set<String> = [
        "a", "C", "c", "connect", "cd", "crosstabview", "e", "edit", "i", "include", "ir", "include_relative",
        "o", "out", "password", "s", "t", "watch", "w", "write", "x", "z", "sf", "sf+", "sv", "sv+", "dconfig",
    ]

    /// Lexes the command whose backslash ends just before `position`, and leaves `position`
    /// where SQL lexing resumes. With a `host`, `:name` references and backticks in arguments
    /// are substituted as psql does (pass nil in a skipped `\if` branch).
    static func lex(_ line: [UInt8], from position: inout Int, steps: inout Int, host: (any ScanHost)? = nil) -> MetaCommand {
        let nameStart = position
        while position < line.count,
            !SQLByteClass.isSpace(line[position]), line[position] != SQLByteClass.backslash
        {
            position += 1
            steps &+= 1
        }
        let name = String(decoding: line[nameStart..<position], as: UTF8.self)
        let argumentsStart = position
        let host = host.flatMap { $0.substitutesArguments(of: name) ? $0 : nil }

        var arguments: [String] = []
        var hasUnterminatedQuote = false
        if wholeLineCommandNames.contains(name) {
            skipSpaces(line, &position, &steps)
            if position < line.count {
                arguments.append(String(decoding: line[position...], as: UTF8.self))
                position = line.count
            }
        } else {
            let allowsPipe = filePipeCommandNames.contains(name)
            let strips = stripsSemicolons(name)
            while true {
                // psql reads the arguments a command takes with substitution, and the extra
                // ones it only warns about without (no variables, no backticks run).
                let evaluates =
                    host.map { host in
                        host.evaluatedArgumentCount(of: name).map { arguments.count < $0 } ?? true
                    } ?? false
                switch nextArgument(
                    line, &position, &steps, allowsPipe: allowsPipe && arguments.isEmpty, stripsSemicolons: strips,
                    host: evaluates ? host : nil)
                {
                case .argument(let bytes):
                    // psql's arguments are C strings: a `\0` written in quotes ends one.
                    let text = bytes.firstIndex(of: 0).map { bytes[..<$0] } ?? bytes[...]
                    arguments.append(String(decoding: text, as: UTF8.self))
                    continue
                case .strippedToNothing:
                    continue
                case .unterminatedQuote:
                    hasUnterminatedQuote = true
                case .none:
                    break
                }
                break
            }
        }

        let rawArguments = String(decoding: trimmed(line[argumentsStart..<position]), as: UTF8.self)

        // psql_scan_slash_command_end: a `\\` right after the arguments only separates.
        if SQLByteClass.byte(line, position) == SQLByteClass.backslash,
            SQLByteClass.byte(line, position + 1) == SQLByteClass.backslash
        {
            position += 2
        }
        return MetaCommand(
            name: name, arguments: arguments, rawArguments: rawArguments,
            hasUnterminatedQuote: hasUnterminatedQuote)
    }

    private enum ArgumentResult {
        case argument([UInt8])
        /// No more arguments: end of line, or an unquoted `\`.
        case none
        /// An argument of only semicolons. psql drops it but keeps reading arguments, as it
        /// always reads to the end of the command.
        case strippedToNothing
        /// The line ended inside quotes; psql drops the argument and the rest of the line.
        case unterminatedQuote
    }

    /// One `psql_scan_slash_option` call in `OT_NORMAL` mode: `'…'` decoded, `"…"` kept with
    /// its quotes (commands that take identifiers dequote them), variables and backticks
    /// substituted when there is a host, and unquoted trailing semicolons stripped if asked.
    private static func nextArgument(
        _ line: [UInt8], _ position: inout Int, _ steps: inout Int, allowsPipe: Bool, stripsSemicolons: Bool,
        host: (any ScanHost)?
    ) -> ArgumentResult {
        skipSpaces(line, &position, &steps)
        guard position < line.count, line[position] != SQLByteClass.backslash else { return .none }
        if allowsPipe, line[position] == UInt8(ascii: "|") {
            let pipe = Array(line[position...])
            position = line.count
            return .argument(pipe)
        }

        var argument: [UInt8] = []
        var wasQuoted = false
        // Bytes at the end of the argument that no quoting touched: only those may be
        // stripped as trailing semicolons.
        var unquotedTail = 0
        while position < line.count {
            steps &+= 1
            let byte = line[position]
            if SQLByteClass.isSpace(byte) || byte == SQLByteClass.backslash { break }
            switch byte {
            case SQLByteClass.singleQuote:
                wasQuoted = true
                unquotedTail = 0
                guard readSingleQuoted(line, &position, &steps, into: &argument) else {
                    return .unterminatedQuote
                }
            case SQLByteClass.doubleQuote:
                wasQuoted = true
                unquotedTail = 0
                guard readDoubleQuoted(line, &position, &steps, into: &argument) else {
                    return .unterminatedQuote
                }
            case UInt8(ascii: "`"):
                wasQuoted = true
                unquotedTail = 0
                var command: [UInt8] = []
                guard readBackquoted(line, &position, &steps, into: &command, host: host) else {
                    return .unterminatedQuote
                }
                if let host {
                    if let output = host.backtickOutput(String(decoding: command, as: UTF8.self)) {
                        argument.append(contentsOf: output.utf8)
                    }
                } else {
                    // psql's OT_NO_EVAL: the command's text, not run.
                    argument.append(contentsOf: command)
                }
            case SQLByteClass.colon:
                readColon(line, &position, &steps, into: &argument, unquotedTail: &unquotedTail, host: host)
                if host != nil { wasQuoted = wasQuoted || unquotedTail == 0 }
            default:
                argument.append(byte)
                unquotedTail += 1
                position += 1
            }
        }

        while stripsSemicolons, unquotedTail > 0, argument.last == SQLByteClass.semicolon {
            argument.removeLast()
            unquotedTail -= 1
        }
        if argument.isEmpty && !wasQuoted { return .strippedToNothing }
        return .argument(argument)
    }

    /// `'…'` with psql's escapes: `''`, `\n \t \b \r \f`, octal `\ooo`, hex `\xhh`, and `\`
    /// before anything else meaning that byte. Returns false if the line ends first.
    private static func readSingleQuoted(
        _ line: [UInt8], _ position: inout Int, _ steps: inout Int, into argument: inout [UInt8]
    ) -> Bool {
        position += 1
        while position < line.count {
            steps &+= 1
            let byte = line[position]
            if byte == SQLByteClass.singleQuote {
                if SQLByteClass.byte(line, position + 1) == SQLByteClass.singleQuote {
                    argument.append(SQLByteClass.singleQuote)
                    position += 2
                    continue
                }
                position += 1
                return true
            }
            let next = SQLByteClass.byte(line, position + 1)
            guard byte == SQLByteClass.backslash, next != 0, next != SQLByteClass.newline else {
                argument.append(byte)
                position += 1
                continue
            }
            switch next {
            case UInt8(ascii: "n"):
                argument.append(0x0A)
                position += 2
            case UInt8(ascii: "t"):
                argument.append(0x09)
                position += 2
            case UInt8(ascii: "b"):
                argument.append(0x08)
                position += 2
            case UInt8(ascii: "r"):
                argument.append(0x0D)
                position += 2
            case UInt8(ascii: "f"):
                argument.append(0x0C)
                position += 2
            case _ where SQLByteClass.isOctalDigit(next):
                var value = 0
                var end = position + 1
                while end < line.count, end < position + 4, SQLByteClass.isOctalDigit(line[end]) {
                    value = value * 8 + Int(line[end] - UInt8(ascii: "0"))
                    end += 1
                }
                argument.append(UInt8(truncatingIfNeeded: value))
                position = end
            case UInt8(ascii: "x") where SQLByteClass.isHexDigit(SQLByteClass.byte(line, position + 2)):
                var value = 0
                var end = position + 2
                while end < line.count, end < position + 4, SQLByteClass.isHexDigit(line[end]) {
                    value = value * 16 + hexValue(line[end])
                    end += 1
                }
                argument.append(UInt8(truncatingIfNeeded: value))
                position = end
            default:
                argument.append(next)
                position += 2
            }
        }
        return false
    }

    /// `"…"`, kept with its quotes as psql's `OT_NORMAL` keeps it (`""` inside is then simply
    /// the end of one quoted part and the start of the next).
    private static func readDoubleQuoted(
        _ line: [UInt8], _ position: inout Int, _ steps: inout Int, into argument: inout [UInt8]
    ) -> Bool {
        argument.append(SQLByteClass.doubleQuote)
        position += 1
        while position < line.count {
            steps &+= 1
            let byte = line[position]
            argument.append(byte)
            position += 1
            if byte == SQLByteClass.doubleQuote { return true }
        }
        return false
    }

    /// The command between backquotes; with a host, `:name` and `:'name'` (as a shell
    /// argument) are substituted inside, as psql does.
    private static func readBackquoted(
        _ line: [UInt8], _ position: inout Int, _ steps: inout Int, into command: inout [UInt8], host: (any ScanHost)?
    ) -> Bool {
        position += 1
        while position < line.count {
            steps &+= 1
            let byte = line[position]
            if byte == UInt8(ascii: "`") {
                position += 1
                return true
            }
            if byte == SQLByteClass.colon, let host {
                let nameStart = SQLByteClass.byte(line, position + 1) == SQLByteClass.singleQuote ? position + 2 : position + 1
                var nameEnd = nameStart
                while nameEnd < line.count, SQLByteClass.isTagOrVariableCharacter(line[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: line[nameStart..<nameEnd], as: UTF8.self)
                if nameEnd > nameStart {
                    if nameStart == position + 1, let value = host.variableValue(name) {
                        command.append(contentsOf: value.utf8)
                        position = nameEnd
                        continue
                    }
                    if nameStart == position + 2, SQLByteClass.byte(line, nameEnd) == SQLByteClass.singleQuote {
                        if let value = host.variableValue(name) {
                            command.append(contentsOf: VariableQuoting.shellArgument(value).utf8)
                        } else {
                            command.append(contentsOf: line[position...nameEnd])
                        }
                        position = nameEnd + 1
                        continue
                    }
                }
            }
            command.append(byte)
            position += 1
        }
        return false
    }

    /// psql variable references in arguments: with a host `:name` becomes the value,
    /// `:'name'` a quoted literal and `:"name"` a quoted identifier, `:{?name}` TRUE or FALSE;
    /// unset ones (and all of them without a host) are copied as typed, and in particular
    /// `:'name'` is then not a quoted string.
    private static func readColon(
        _ line: [UInt8], _ position: inout Int, _ steps: inout Int,
        into argument: inout [UInt8], unquotedTail: inout Int, host: (any ScanHost)? = nil
    ) {
        let start = position
        let next = SQLByteClass.byte(line, start + 1)
        var nameEnd = start + 1
        func scanName(from index: Int) -> Int {
            var end = index
            while end < line.count, SQLByteClass.isTagOrVariableCharacter(line[end]) { end += 1 }
            return end
        }
        if let host, next == UInt8(ascii: "{"), SQLByteClass.byte(line, start + 2) == UInt8(ascii: "?") {
            nameEnd = scanName(from: start + 3)
            if nameEnd > start + 3, SQLByteClass.byte(line, nameEnd) == UInt8(ascii: "}") {
                let name = String(decoding: line[(start + 3)..<nameEnd], as: UTF8.self)
                argument.append(contentsOf: (host.variableValue(name) == nil ? "FALSE" : "TRUE").utf8)
                position = nameEnd + 1
                unquotedTail = 0
                steps &+= nameEnd - start
                return
            }
        }
        if SQLByteClass.isTagOrVariableCharacter(next) {
            nameEnd = scanName(from: start + 1)
            let name = String(decoding: line[(start + 1)..<nameEnd], as: UTF8.self)
            if let value = host?.variableValue(name) {
                argument.append(contentsOf: value.utf8)
            } else {
                argument.append(contentsOf: line[start..<nameEnd])
            }
            position = nameEnd
            unquotedTail = 0
            steps &+= nameEnd - start
            return
        }
        if next == SQLByteClass.singleQuote || next == SQLByteClass.doubleQuote {
            nameEnd = scanName(from: start + 2)
            steps &+= nameEnd - start
            if nameEnd > start + 2, SQLByteClass.byte(line, nameEnd) == next {
                let name = String(decoding: line[(start + 2)..<nameEnd], as: UTF8.self)
                if let value = host?.variableValue(name) {
                    let quoted = next == SQLByteClass.singleQuote ? VariableQuoting.literal(value) : VariableQuoting.identifier(value)
                    argument.append(contentsOf: quoted.utf8)
                } else {
                    argument.append(contentsOf: line[start...nameEnd])
                }
                position = nameEnd + 1
                unquotedTail = 0
                return
            }
        }
        argument.append(SQLByteClass.colon)
        position = start + 1
        unquotedTail += 1
    }

    private static func skipSpaces(_ line: [UInt8], _ position: inout Int, _ steps: inout Int) {
        while position < line.count, SQLByteClass.isSpace(line[position]) {
            position += 1
            steps &+= 1
        }
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, SQLByteClass.isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, SQLByteClass.isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    private static func hexValue(_ byte: UInt8) -> Int {
        SQLByteClass.isDigit(byte) ? Int(byte - UInt8(ascii: "0")) : Int(byte | 0x20) - Int(UInt8(ascii: "a")) + 10
    }
}
