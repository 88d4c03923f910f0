/// Opening or resetting a connection failed; `message` is libpq's reason, trimmed of the
/// trailing newline libpq always adds.
public struct ConnectionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
