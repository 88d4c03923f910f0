/// A value as psql displays it: measured and escaped by the rules of psql's printing code.
///
/// psql never prints a value's bytes blindly. Before measuring it drops bytes that are not valid
/// UTF-8 (its `mbvalidate`), then shows a newline as a line break, a tab as spaces up to the next
/// multiple of 8, a carriage return as `\r`, other ASCII controls as `\xHH`, C1 controls as
/// `\uHHHH`, and stops at a NUL byte. Widths of everything else come from `CodePointWidth`.
/// Following the same rules byte for byte is what keeps pgcoach's columns where psql puts them.
enum DisplayText {
    /// The size of a value on screen.
    struct Metrics: Sendable, Equatable {
        /// Width of the widest line, in terminal columns.
        var width: Int
        /// Number of lines; a value with no newline has one.
        var lineCount: Int
        /// True when the value prints as its own bytes on one line, so no formatting pass is needed.
        var isVerbatim: Bool
    }

    /// One displayed line of a formatted value: a byte range of the format buffer and its width.
    struct Line: Sendable, Equatable {
        var start: Int
        var end: Int
        var width: Int
    }

    /// What one step through the bytes of a value produces.
    enum Unit {
        /// A NUL byte: psql handles values as C strings, so nothing after it shows.
        case end
        case newline
        /// Shown as the two characters `\r`.
        case carriageReturn
        /// Shown as spaces up to the next tab stop.
        case tab
        /// Any other ASCII control or DEL, shown as `\xHH`.
        case controlByte(UInt8)
        /// A byte psql's UTF-8 validation deletes.
        case dropped
        /// A control character outside ASCII (U+0080 to U+009F), shown as `\uHHHH`.
        case controlScalar(UInt32)
        /// Printed as is, taking `width` columns (0 for combining marks, 2 for wide characters).
        case text(width: Int)
    }

    /// Measures `bytes` as psql would before laying out a column.
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, _ encoding: ClientEncoding) -> Metrics {
        let count = bytes.count
        var index = 0
        // Fast path: plain printable ASCII, by far the most common cell, is one column a byte.
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x7F { break }
            index += 1
        }
        if index == count { return Metrics(width: count, lineCount: 1, isVerbatim: true) }

        var lineWidth = index
        var widest = 0
        var lineCount = 1
        var isVerbatim = true
        scan: while index < count {
            let (unit, length) = step(bytes, at: index, encoding)
            index += length
            switch unit {
            case .end:
                isVerbatim = false
                break scan
            case .newline:
                widest = max(widest, lineWidth)
                lineWidth = 0
                lineCount += 1
                isVerbatim = false
            case .carriageReturn:
                lineWidth += 2
                isVerbatim = false
            case .tab:
                lineWidth = (lineWidth / 8 + 1) * 8
                isVerbatim = false
            case .controlByte:
                lineWidth += 4
                isVerbatim = false
            case .dropped:
                isVerbatim = false
            case .controlScalar:
                lineWidth += 6
                isVerbatim = false
            case .text(let width):
                lineWidth += width
            }
        }
        return Metrics(width: max(widest, lineWidth), lineCount: lineCount, isVerbatim: isVerbatim)
    }

    /// Measures a string (headers, titles).
    static func measure(_ string: String, _ encoding: ClientEncoding) -> Metrics {
        var copy = string
        return copy.withUTF8 { measure($0, encoding) }
    }

    /// Appends the displayed form of `bytes` to `output` and one `Line` per displayed line to
    /// `lines`, with offsets into `output`.
    static func format(
        _ bytes: UnsafeBufferPointer<UInt8>, _ encoding: ClientEncoding,
        into output: inout [UInt8], lines: inout [Line]
    ) {
        let count = bytes.count
        var index = 0
        var lineStart = output.count
        var lineWidth = 0
        scan: while index < count {
            // Copy runs of printable ASCII in one go; only the rest needs a step at a time.
            var runEnd = index
            while runEnd < count, bytes[runEnd] >= 0x20, bytes[runEnd] < 0x7F { runEnd += 1 }
            if runEnd > index {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                lineWidth += runEnd - index
                index = runEnd
                continue
            }
            let (unit, length) = step(bytes, at: index, encoding)
            switch unit {
            case .end:
                break scan
            case .newline:
                lines.append(Line(start: lineStart, end: output.count, width: lineWidth))
                lineStart = output.count
                lineWidth = 0
            case .carriageReturn:
                output.append(UInt8(ascii: "\\"))
                output.append(UInt8(ascii: "r"))
                lineWidth += 2
            case .tab:
                let stop = (lineWidth / 8 + 1) * 8
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: stop - lineWidth))
                lineWidth = stop
            case .controlByte(let byte):
                output.append(UInt8(ascii: "\\"))
                output.append(UInt8(ascii: "x"))
                appendHex(UInt32(byte), digits: 2, to: &output)
                lineWidth += 4
            case .dropped:
                break
            case .controlScalar(let scalar):
                output.append(UInt8(ascii: "\\"))
                output.append(UInt8(ascii: "u"))
                appendHex(scalar, digits: 4, to: &output)
                lineWidth += 6
            case .text(let width):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                lineWidth += width
            }
            index += length
        }
        lines.append(Line(start: lineStart, end: output.count, width: lineWidth))
    }

    /// Upper-case hexadecimal, at least `digits` long, as psql's `%02X` / `%04X`.
    private static func appendHex(_ value: UInt32, digits: Int, to output: inout [UInt8]) {
        let hexDigits: StaticString = "0123456789ABCDEF"
        var needed = digits
        while needed < 8 && value >> (4 * UInt32(needed)) != 0 { needed += 1 }
        hexDigits.withUTF8Buffer { table in
            for position in stride(from: needed - 1, through: 0, by: -1) {
                output.append(table[Int((value >> (4 * UInt32(position))) & 0xF)])
            }
        }
    }

    /// Reads the unit starting at `index` and the number of bytes it covers.
    @inline(__always)
    static func step(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ encoding: ClientEncoding
    ) -> (Unit, Int) {
        let lead = bytes[index]
        if lead < 0x80 || encoding == .singleByte {
            switch lead {
            case 0: return (.end, 1)
            case 0x0A: return (.newline, 1)
            case 0x0D: return (.carriageReturn, 1)
            case 0x09: return (.tab, 1)
            case 0x01..<0x20, 0x7F: return (.controlByte(lead), 1)
            default: return (.text(width: 1), 1)
            }
        }
        // Bytes past the end read as NUL, which fails every continuation test, just as the
        // terminator does in psql's C strings.
        @inline(__always) func byte(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset]) : 0
        }
        @inline(__always) func isContinuation(_ value: UInt32) -> Bool { value & 0xC0 == 0x80 }
        let first = UInt32(lead)
        let scalar: UInt32
        let length: Int
        if first & 0xE0 == 0xC0 {
            let second = byte(1)
            // Rejects overlong two-byte forms (C0, C1).
            guard isContinuation(second), first & 0x1F > 0x01 else { return (.dropped, 1) }
            scalar = (first & 0x1F) << 6 | (second & 0x3F)
            length = 2
        } else if first & 0xF0 == 0xE0 {
            let second = byte(1)
            let third = byte(2)
            guard isContinuation(second), first & 0x0F != 0 || second & 0x20 != 0,
                isContinuation(third)
            else { return (.dropped, 1) }
            if psqlRejectsThreeByteSequence(lead: first, second: second) { return (.dropped, 1) }
            scalar = (first & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F)
            length = 3
        } else if first & 0xF8 == 0xF0 {
            let second = byte(1)
            let third = byte(2)
            let fourth = byte(3)
            let plane = (first & 0x07) << 2 | (second & 0x30) >> 4
            guard isContinuation(second), plane > 0, plane <= 0x10, isContinuation(third),
                isContinuation(fourth)
            else { return (.dropped, 1) }
            // U+nFFFE and U+nFFFF of the supplementary planes are noncharacters psql deletes.
            if second & 0x0F == 0x0F, third & 0x3F == 0x3F, fourth & 0x3E == 0x3E {
                return (.dropped, 1)
            }
            scalar = (first & 0x07) << 18 | (second & 0x3F) << 12 | (third & 0x3F) << 6 | (fourth & 0x3F)
            length = 4
        } else {
            return (.dropped, 1)
        }
        let width = CodePointWidth.of(scalar)
        return width < 0 ? (.controlScalar(scalar), length) : (.text(width: width), length)
    }

    /// psql's extra test on three-byte sequences, reproduced bit for bit rather than as meant.
    ///
    /// It intends to reject surrogates and the noncharacters U+FFFE, U+FFFF and U+FDD0..U+FDEF,
    /// but combines the second byte with the lead byte instead of the third, so it drops only
    /// half of the surrogates and none of the noncharacters. Matching it keeps pgcoach's
    /// output identical to psql's even for such text.
    private static func psqlRejectsThreeByteSequence(lead: UInt32, second: UInt32) -> Bool {
        let leadNibble = lead & 0x0F
        let mixed = (second & 0x3F) << 6 | (lead & 0x3F)
        let low = mixed & 0x7F
        if leadNibble == 0x0F {
            return mixed & 0xFFE == 0xFFE || (mixed & 0xF80 == 0xD80 && low >= 0x30 && low <= 0x4F)
        }
        return leadNibble == 0x0D && mixed & 0xB00 == 0x800
    }
}
