/// The psql display settings the REPL supports (`\x`, `\timing`).
public struct DisplaySettings: Sendable, Equatable {
    public enum Expanded: Sendable, Equatable { case off, on, auto }

    public var expanded: Expanded = .off
    public var timing = false
    /// Terminal width for `\x auto`; `nil` when output is not a terminal (psql never expands then).
    public var terminalColumns: Int?

    public init() {}
}
