/// The declaration of one backslash command: its names, what `\?` shows for it, and which
/// suffixes it takes. Dispatch, `\?`, tab completion and the "not run here" message all derive
/// from these (the REPL pairs each with its handler; companions such as the tutor declare their own).
public struct MetaCommandSpec: Sendable, Equatable {
    /// The `\?` sections, in psql's order, the companions' commands first.
    public enum Group: String, Sendable, CaseIterable, Comparable {
        case tutor = "Tutor"
        case journal = "Transcript"
        case general = "General"
        case queryBuffer = "Query Buffer"
        case inputOutput = "Input/Output"
        case conditional = "Conditional"
        case informational = "Informational"
        case largeObjects = "Large Objects"
        case formatting = "Formatting"
        case connection = "Connection"
        case operatingSystem = "Operating System"
        case variables = "Variables"

        public static func < (a: Group, b: Group) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// The primary name first (what `\?` and completion show), then aliases: `["c", "connect"]`.
    public var names: [String]
    /// The left column of `\?`: the command as typed, with its arguments.
    public var synopsis: String
    /// The right column of `\?`.
    public var summary: String
    public var group: Group
    /// Characters that may follow a name, in any order: `"S+"` for `\dt`, so `\dtS+` is `\dt`.
    public var modifiers: String

    public init(_ names: [String], _ synopsis: String, _ summary: String, group: Group, modifiers: String = "") {
        self.names = names
        self.synopsis = synopsis
        self.summary = summary
        self.group = group
        self.modifiers = modifiers
    }

    /// Whether `typed` (a command name without its backslash) is this command.
    public func matches(_ typed: String) -> Bool {
        for name in names where typed.hasPrefix(name) {
            let suffix = typed.dropFirst(name.count)
            if suffix.allSatisfy({ modifiers.contains($0) }) { return true }
        }
        return false
    }
}
