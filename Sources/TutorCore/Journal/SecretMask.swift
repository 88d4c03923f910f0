import PsqlCore

/// Keeps passwords out of journals and transcripts, by the SQL's tokens rather than by a
/// pattern over its text: in `CREATE`/`ALTER` `ROLE`/`USER`/`GROUP` (and `USER MAPPING`
/// options), the string literal after `PASSWORD` is masked in whatever form it was written —
/// `'…'`, `E'…'`, `U&'…'`, `$$…$$`, `$tag$…$tag$` — with any comments between them.
public enum SecretMask {
    /// What a masked literal becomes.
    public static let masked = "'***'"

    /// `text` with its password literals masked, and the literals' texts as written (to mask
    /// them where the server or libpq echoes them, e.g. an error's `LINE 1:`). With `anywhere`,
    /// a literal after `PASSWORD` is masked whatever the statement, for fragments whose start
    /// is cut off.
    public static func mask(
        _ text: String, anywhere: Bool = false, standardConformingStrings: Bool = true
    ) -> (text: String, secrets: [String]) {
        guard mentionsPassword(text) else { return (text, []) }
        let bytes = Array(text.utf8)
        let tokens = SQLToken.tokens(of: bytes, standardConformingStrings: standardConformingStrings)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var secrets: [String] = []
        var leading: [String] = []  // the statement's first two words, lowercased
        var afterPassword = false
        for token in tokens {
            let slice = bytes[token.range]
            switch token.kind {
            case .space, .comment:
                output += slice
                continue
            case .semicolon:
                leading = []
                afterPassword = false
                output += slice
                continue
            case .string where afterPassword && (anywhere || isRoleStatement(leading)):
                secrets.append(String(decoding: slice, as: UTF8.self))
                output += masked.utf8
            default:
                output += slice
            }
            let word = token.kind == .word ? String(decoding: slice, as: UTF8.self).lowercased() : nil
            if leading.count < 2 { leading.append(word ?? "") }
            afterPassword = word == "password"
        }
        return (String(decoding: output, as: UTF8.self), secrets)
    }

    /// `text` (a message, an error's rendering) with every occurrence of `secrets` masked, and
    /// every `LINE n:` context line masked by its tokens too (libpq may cut a long line, so
    /// the literal there may not be whole).
    public static func maskEchoes(of secrets: [String], in text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacing(secret, with: masked)
        }
        guard mentionsPassword(result) else { return result }
        let lines = result.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard line.hasPrefix("LINE "), let colon = line.firstIndex(of: ":") else { return line }
            let body = line[line.index(after: colon)...]
            return line[...colon] + Substring(mask(String(body), anywhere: true).text)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the statement's first words are those of a role (or user mapping) command.
    private static func isRoleStatement(_ leading: [String]) -> Bool {
        guard leading.count == 2, leading[0] == "create" || leading[0] == "alter" else { return false }
        return leading[1] == "role" || leading[1] == "user" || leading[1] == "group"
    }

    /// Whether `text` holds `://` (a URI that may carry a password). A plain loop: the generic
    /// and Foundation searches cost more than the rest of journaling a statement.
    public static func mentionsURI(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "/") && previous == (UInt8(ascii: ":"), UInt8(ascii: "/")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// A quick test that keeps masking off the path of the statements that cannot hold a
    /// password (nearly all of them): the word appears, in any case.
    public static func mentionsPassword(_ text: String) -> Bool {
        let word = Array("password".utf8)
        var matched = 0
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower == word[matched] {
                matched += 1
                if matched == word.count { return true }
            } else {
                matched = lower == word[0] ? 1 : 0
            }
        }
        return false
    }
}
