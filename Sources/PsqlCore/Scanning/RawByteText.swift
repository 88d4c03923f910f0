/// Input bytes that are not valid UTF-8, carried through Swift strings unchanged.
///
/// psql sends what it reads as it is and lets the server judge the encoding (`invalid byte
/// sequence for encoding "UTF8": 0xff`, or acceptance in a SQL_ASCII database). Swift strings
/// hold only valid Unicode, so each byte of an invalid sequence is carried as one scalar of the
/// last private-use block, U+10FF80–U+10FFFF (U+10FF00 + the byte), and turned back into that
/// byte where text is sent to the server. (A learner who types those private-use characters
/// themselves gets bytes instead; nobody does.)
public enum RawByteText {
    private static let base: UInt32 = 0x10FF00

    /// `bytes` as text: valid UTF-8 decoded, every byte of an invalid sequence carried.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                output += bytes[index..<(index + length)]
                index += length
            } else {
                output += Unicode.Scalar(base + UInt32(bytes[index]))!.utf8
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` carries raw bytes (a quick test: their scalars start with byte 0xF4).
    public static func containsRawBytes(_ text: String) -> Bool {
        guard text.utf8.contains(0xF4) else { return false }
        return text.unicodeScalars.contains { $0.value >= base + 0x80 && $0.value <= base + 0xFF }
    }

    /// The bytes `text` stands for: its UTF-8, with carried bytes restored.
    public static func bytes(of text: String) -> [UInt8] {
        guard containsRawBytes(text) else { return Array(text.utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value >= base + 0x80 && scalar.value <= base + 0xFF {
                output.append(UInt8(scalar.value - base))
            } else {
                output += scalar.utf8
            }
        }
        return output
    }

    /// The length of the valid UTF-8 sequence starting at `index` (RFC 3629: no overlongs, no
    /// surrogates, nothing past U+10FFFF), or 0 when the bytes there are not one.
    private static func validSequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= min && byte <= max else { return 0 }
        }
        return length
    }
}
