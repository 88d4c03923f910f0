import PsqlCore

/// Something riding along a REPL session that answers meta-commands the psql table does not:
/// the tutor's (`\hint`, `\check`, …), the journal's (`\note`, `\export`), the pooler's `\c`.
/// What it sees of the session comes from the session's event stream (`ReplSession.events`),
/// not from here.
public protocol MetaCommandProvider: AnyObject {
    /// The commands this provider answers, for `\?` and tab completion.
    var metaCommands: [MetaCommandSpec] { get }
    /// Handles `\name args` if it is one of the provider's commands; returns false otherwise.
    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool
}

extension MetaCommandProvider {
    public var metaCommands: [MetaCommandSpec] { [] }
}
