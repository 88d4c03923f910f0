/// The connection broke while a command ran (the backend was terminated, the server restarted
/// or crashed). Distinct from an ordinary SQL error so the REPL can say so and call
/// `Connection.reset()`, as psql does ("The connection to the server was lost.").
///
/// Results completed before the loss have been delivered; the failure that ended the
/// connection is reported here only, not also through `QueryConsumer.failed(_:)`.
public struct ConnectionLost: Error, Sendable, Equatable, CustomStringConvertible {
    /// libpq's whole account, exactly as psql prints it, e.g. the server's
    /// `FATAL:  terminating connection due to administrator command` followed by
    /// `server closed the connection unexpectedly` and libpq's explanation; ends with a newline.
    public var formatted: String

    public init(formatted: String) {
        self.formatted = formatted
    }

    /// `formatted` without its trailing newline.
    public var description: String {
        var text = formatted
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
