/// `\pset numericlocale on`: psql groups the integer digits of numeric values by thousands.
/// pgcoach uses what psql uses in the C and C.UTF-8 locales (no separator of their own): `,`
/// every three digits, `.` as the decimal point.
enum NumericLocale {
    /// `value` with its integer digits grouped; unchanged unless it looks like a number (so
    /// `money`, already formatted by the server, is left alone).
    static func grouped(_ value: [UInt8]) -> [UInt8] {
        let numeric = Set("0123456789+-.eE".utf8)
        guard value.allSatisfy({ numeric.contains($0) }) else { return value }
        var result: [UInt8] = []
        var index = 0
        if let first = value.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            result.append(first)
            index = 1
        }
        var digitsEnd = index
        while digitsEnd < value.count, value[digitsEnd] >= UInt8(ascii: "0"), value[digitsEnd] <= UInt8(ascii: "9") {
            digitsEnd += 1
        }
        let digitCount = digitsEnd - index
        for (offset, digit) in value[index..<digitsEnd].enumerated() {
            if offset > 0 && (digitCount - offset) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        result.append(contentsOf: value[digitsEnd...])
        return result
    }
}
