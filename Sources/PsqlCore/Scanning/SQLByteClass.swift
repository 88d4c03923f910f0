/// The byte classes psql's flex lexers are written in (`psqlscan.l`, `psqlscanslash.l`).
///
/// psql lexes raw bytes, not characters: every byte ≥ 0x80 counts as a letter, which is what
/// makes any non-ASCII UTF-8 text usable in identifiers and dollar-quote tags.
enum SQLByteClass {
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let backslash: UInt8 = 0x5C
    static let singleQuote: UInt8 = 0x27
    static let doubleQuote: UInt8 = 0x22
    static let dollar: UInt8 = 0x24
    static let semicolon: UInt8 = 0x3B
    static let colon: UInt8 = 0x3A

    /// flex `{space}`: `[ \t\n\r\f]` (no vertical tab).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// flex `{newline}`: `[\n\r]`, where `--` comments stop.
    @inline(__always)
    static func isNewline(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    @inline(__always)
    static func isOctalDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x37
    }

    @inline(__always)
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }

    /// flex `{ident_start}` (also `{dolq_start}`): `[A-Za-z\200-\377_]`.
    @inline(__always)
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte >= 0x80
    }

    /// flex `{ident_cont}`: identifier bytes plus digits and `$`, so `a$$b` is one identifier.
    @inline(__always)
    static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == dollar
    }

    /// flex `{dolq_cont}` and `{variable_char}`: identifier bytes and digits, but no `$`.
    @inline(__always)
    static func isTagOrVariableCharacter(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }

    /// ASCII-only lowercasing, as `pg_tolower` does for the bytes that matter here.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The byte at `index`, or 0 past the end. Lines never contain NUL (the scanner cuts them
    /// there, as psql's `strlen` does), so 0 is a safe "nothing here" that matches no class.
    @inline(__always)
    static func byte(_ bytes: [UInt8], _ index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }
}
