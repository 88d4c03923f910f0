extension MetaCommand {
    /// psql's `OT_SQLID` reading of an argument (`dequote_downcase_identifier`), for the
    /// commands that take a column or role name: double quotes removed (`""` inside meaning
    /// `"`), unquoted ASCII letters lower-cased.
    public static func identifier(_ text: String) -> String {
        var bytes: [UInt8] = []
        var inQuotes = false
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "\"") {
                if inQuotes && index + 1 < source.count && source[index + 1] == UInt8(ascii: "\"") {
                    bytes.append(byte)
                    index += 2
                    continue
                }
                inQuotes.toggle()
            } else if !inQuotes && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                bytes.append(byte + 32)
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
