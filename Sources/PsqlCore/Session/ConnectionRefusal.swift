/// A refused connection (`\c` that failed) as a server message, so a lesson can take
/// "too many connections for role" or "not accepting connections" as evidence like any error.
///
/// libpq gives a failed connection's text only (`connection to server on socket "…" failed:
/// FATAL:  too many connections for role "app"`); the server's SQLSTATE is not exposed, so the
/// codes of the refusals a DBA meets are restored from their messages.
public enum ConnectionRefusal {
    static let knownStates: [(fragment: String, state: String)] = [
        ("too many connections for role", "53300"),
        ("too many connections for database", "53300"),
        ("sorry, too many clients already", "53300"),
        ("remaining connection slots are reserved", "53300"),
        ("is not currently accepting connections", "55000"),
        ("permission denied for database", "42501"),
        ("is not permitted to log in", "28000"),
        ("password authentication failed", "28P01"),
        ("no pg_hba.conf entry", "28000"),
        ("pg_hba.conf rejects connection", "28000"),
        ("does not exist", "3D000"),
        ("the database system is starting up", "57P03"),
        ("the database system is shutting down", "57P03"),
    ]

    /// The refusal as a message: severity and text from the server's part of libpq's text.
    public static func message(_ libpqText: String) -> ServerMessage {
        var text = libpqText.split(whereSeparator: { $0 == "\n" }).map(String.init).joined(separator: "\n")
        if let failed = text.firstRange(of: "failed: ") { text = String(text[failed.upperBound...]) }
        var severity = "FATAL"
        for level in ["FATAL", "ERROR", "PANIC"] where text.hasPrefix(level + ":") {
            severity = level
            text = String(text.dropFirst(level.count + 1)).drop(while: { $0 == " " }).description
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let message = lines.first ?? text
        var detail: String?
        for line in lines.dropFirst() where line.hasPrefix("DETAIL:") {
            detail = String(line.dropFirst("DETAIL:".count)).drop(while: { $0 == " " }).description
        }
        var state = ""
        if message.contains("role") && message.contains("does not exist") {
            state = "28000"
        } else if let known = knownStates.first(where: { message.contains($0.fragment) }) {
            state = known.state
        }
        return ServerMessage(
            severity: severity, severityCode: severity, sqlState: state, message: message, detail: detail,
            formatted: libpqText)
    }
}
