/// How a connection names itself in `pg_stat_activity.application_name`.
///
/// pgcoach's own connections must always carry a name, so lessons and learners can tell the
/// tutor's backends apart from their own, and so a drill that terminates "the other sessions"
/// can leave the tutor alone.
public enum ApplicationName: Sendable, Equatable {
    /// Always use this name, even if the conninfo or `PGAPPNAME` says otherwise. For the
    /// tutor's internal connections (checker, lesson setup), whose names lessons rely on.
    case fixed(String)
    /// Use this name only if neither the conninfo nor `PGAPPNAME` sets one: libpq's
    /// `fallback_application_name`, the way psql names itself. For the learner's connection,
    /// where a user-chosen name should win.
    case fallback(String)

    /// The name given, whichever policy applies to it.
    public var name: String {
        switch self {
        case .fixed(let name), .fallback(let name): return name
        }
    }

    /// The libpq keyword that carries the name.
    var keyword: String {
        switch self {
        case .fixed: return "application_name"
        case .fallback: return "fallback_application_name"
        }
    }
}
