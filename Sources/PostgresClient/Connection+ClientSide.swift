import CLibPQ

/// What psql's `\encoding` and `\password` ask of libpq: the client encoding, and a password
/// hashed on the client so the plain text never reaches the server or its logs.
extension Connection {
    /// The client encoding's name as the server reports it (`UTF8`, `LATIN1`, …).
    public var clientEncodingName: String { parameterStatus("client_encoding") ?? "UTF8" }

    /// `PQsetClientEncoding`: false when the name is unknown or the server refuses it.
    public func setClientEncoding(_ name: String) -> Bool {
        PQsetClientEncoding(handle, name) == 0
    }

    /// `PQencryptPasswordConn` with the server's `password_encryption` (SCRAM-SHA-256 by
    /// default): the hash for `ALTER ROLE … PASSWORD`, or libpq's error message.
    public func encryptPassword(_ password: String, user: String) -> Result<String, PasswordEncryptionError> {
        guard let encrypted = PQencryptPasswordConn(handle, password, user, nil) else {
            return .failure(PasswordEncryptionError(message: String(cString: PQerrorMessage(handle))))
        }
        defer { PQfreemem(encrypted) }
        return .success(String(cString: encrypted))
    }
}

/// libpq could not hash a password (its message, with its newline).
public struct PasswordEncryptionError: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}
