import PsqlCore

/// The psql display settings of a session: `\pset` (with `\x`, `\a`, `\t`, …) and `\timing`.
public struct DisplaySettings: Sendable, Equatable {
    public enum Expanded: Sendable, Equatable { case off, on, auto }

    /// Everything `\pset` sets, expanded mode included.
    public var print = PrintSettings()
    public var timing = false
    /// Terminal width for `\x auto`; `nil` when output is not a terminal (psql never expands then).
    public var terminalColumns: Int?

    /// `\x`, kept in the `\pset` state as psql keeps it.
    public var expanded: Expanded {
        get {
            switch print.expanded {
            case .off: .off
            case .on: .on
            case .auto: .auto
            }
        }
        set {
            switch newValue {
            case .off: print.expanded = .off
            case .on: print.expanded = .on
            case .auto: print.expanded = .auto
            }
        }
    }

    public init() {}
}
