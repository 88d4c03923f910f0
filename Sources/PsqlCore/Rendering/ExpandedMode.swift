/// psql's `\x` setting.
public enum ExpandedMode: Sendable, Equatable {
    /// One line per row (`\x off`, the default).
    case off
    /// One block per row, one line per column (`\x on`).
    case on
    /// Expanded only when the aligned table would not fit the terminal (`\x auto`).
    case auto
}
