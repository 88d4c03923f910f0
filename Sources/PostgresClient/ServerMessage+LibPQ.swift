import CLibPQ
import PsqlCore

extension ServerMessage {
    /// Reads every diagnostic field of an error or notice result.
    ///
    /// Errors libpq raises itself (a lost connection, a protocol problem) carry no fields, only
    /// text; they become severity `ERROR` with an empty SQLSTATE, and `formatted` stays
    /// libpq's text, which is what psql prints for them.
    init(result: OpaquePointer) {
        func field(_ code: Int) -> String? {
            optionalText(PQresultErrorField(result, Int32(code)))
        }
        let formatted = optionalText(PQresultErrorMessage(result)) ?? ""
        var verbose: String?
        if let text = PQresultVerboseErrorMessage(result, PQERRORS_VERBOSE, PQSHOW_CONTEXT_ERRORS) {
            verbose = String(cString: text)
            PQfreemem(text)
        }
        let severity = field(PGCOACH_DIAG_SEVERITY) ?? "ERROR"
        self.init(
            severity: severity,
            severityCode: field(PGCOACH_DIAG_SEVERITY_NONLOCALIZED) ?? severity,
            sqlState: field(PGCOACH_DIAG_SQLSTATE) ?? "",
            message: field(PGCOACH_DIAG_MESSAGE_PRIMARY) ?? libpqText(PQresultErrorMessage(result)),
            detail: field(PGCOACH_DIAG_MESSAGE_DETAIL),
            hint: field(PGCOACH_DIAG_MESSAGE_HINT),
            position: field(PGCOACH_DIAG_STATEMENT_POSITION).flatMap { Int($0) },
            context: field(PGCOACH_DIAG_CONTEXT),
            formatted: formatted,
            verbose: verbose)
    }

    /// The error libpq reports through `PQerrorMessage` when there is no result to read
    /// fields from; `formatted` keeps libpq's wording, which is what psql prints.
    static func libpqError(on connection: OpaquePointer) -> ServerMessage {
        var formatted = optionalText(PQerrorMessage(connection)) ?? ""
        if !formatted.hasSuffix("\n") { formatted += "\n" }
        return ServerMessage(
            severity: "ERROR", severityCode: "ERROR", sqlState: "",
            message: libpqText(PQerrorMessage(connection)), formatted: formatted, verbose: formatted)
    }

    /// An error pgcoach raises for something it will not do, formatted the way libpq
    /// formats a server error so it prints like one.
    static func pgcoachError(_ message: String, sqlState: String, hint: String? = nil) -> ServerMessage {
        var formatted = "ERROR:  \(message)\n"
        if let hint { formatted += "HINT:  \(hint)\n" }
        return ServerMessage(
            severity: "ERROR", severityCode: "ERROR", sqlState: sqlState, message: message,
            hint: hint, formatted: formatted, verbose: formatted)
    }
}
