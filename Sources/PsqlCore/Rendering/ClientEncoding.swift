/// How psql would measure the bytes it prints, which follows the connection's client_encoding.
public enum ClientEncoding: Sendable, Equatable {
    /// `UTF8`: widths per Unicode character; wide and combining characters count as psql counts them.
    case utf8
    /// Any single-byte encoding, notably `SQL_ASCII` (what a SQL_ASCII database hands out):
    /// every byte is one column, whatever it is.
    case singleByte

    /// The encoding psql would use for a server-reported `client_encoding` name.
    public init(clientEncodingName name: String) {
        switch name.uppercased() {
        case "UTF8", "UTF-8", "UNICODE": self = .utf8
        default: self = .singleByte
        }
    }
}
