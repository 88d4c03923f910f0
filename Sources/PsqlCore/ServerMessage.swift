/// An error, warning or notice reported by the server (or by libpq), with every field kept:
/// a tutor shows SQLSTATE, detail, hint and position instead of hiding them.
public struct ServerMessage: Sendable, Equatable, Codable {
    /// Localized severity as printed (`ERROR`, `NOTICE`, …).
    public var severity: String
    /// Non-localized severity (`PG_DIAG_SEVERITY_NONLOCALIZED`), for logic.
    public var severityCode: String
    public var sqlState: String
    public var message: String
    public var detail: String?
    public var hint: String?
    /// 1-based character position in the statement text, when the server gave one.
    public var position: Int?
    public var context: String?
    /// libpq's rendering at default verbosity, including `LINE n:` and the caret line;
    /// psql prints exactly this text, so printing it keeps output byte-identical.
    public var formatted: String
    /// libpq's rendering at verbose verbosity (`\errverbose`).
    public var verbose: String?

    public init(
        severity: String, severityCode: String, sqlState: String, message: String,
        detail: String? = nil, hint: String? = nil, position: Int? = nil, context: String? = nil,
        formatted: String, verbose: String? = nil
    ) {
        self.severity = severity
        self.severityCode = severityCode
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
        self.context = context
        self.formatted = formatted
        self.verbose = verbose
    }
}
