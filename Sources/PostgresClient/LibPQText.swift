/// Text from a libpq `char *`, without the trailing newline libpq puts on every message.
/// `nil` and unreadable pointers become an empty string: messages are for people, never for
/// control flow.
func libpqText(_ text: UnsafePointer<CChar>?) -> String {
    guard let text else { return "" }
    var string = String(cString: text)
    while let last = string.last, last.isWhitespace {
        string.removeLast()
    }
    return string
}

/// A libpq `char *` that may be absent, kept exactly as given.
func optionalText(_ text: UnsafePointer<CChar>?) -> String? {
    text.map { String(cString: $0) }
}
