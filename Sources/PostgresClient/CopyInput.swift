/// What a consumer hands over when the server asks for `COPY … FROM STDIN` data.
public enum CopyInput: Sendable, Equatable {
    /// Bytes to send (a line of text data, with its newline).
    case data([UInt8])
    /// The data is complete (`\.` or end of input).
    case end
    /// Abandon the copy; the server fails the statement with "COPY from stdin failed: reason".
    case fail(String)
}
