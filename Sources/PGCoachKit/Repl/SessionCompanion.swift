import PsqlCore

/// Something riding along a REPL session — the tutor in a lesson, the journal — that sees what
/// the learner ran and may take meta-commands the psql subset does not know.
public protocol SessionCompanion: AnyObject {
    /// The commands this companion answers, for `\?` and tab completion.
    var metaCommands: [MetaCommandSpec] { get }
    /// Handles `\name args` if it is one of the companion's commands; returns false otherwise.
    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool
    /// Called before an input runs (a statement is sent, a meta-command is carried out).
    func inputStarting(_ input: String, kind: ExecutionRecord.Kind, in session: ReplSession)
    /// Called after every statement and every psql meta-command that showed data.
    func recordFinished(_ record: ExecutionRecord, in session: ReplSession)
    /// Called once when the session is about to end (any exit path but a crash).
    func sessionEnding(_ session: ReplSession)
    /// Called before the session waits for input that is not there yet (a person typing, a
    /// slow pipe): the moment to write out anything held back.
    func waitingForInput(in session: ReplSession)
}

extension SessionCompanion {
    public var metaCommands: [MetaCommandSpec] { [] }
    public func handle(_ command: MetaCommand, in session: ReplSession) -> Bool { false }
    public func inputStarting(_ input: String, kind: ExecutionRecord.Kind, in session: ReplSession) {}
    public func recordFinished(_ record: ExecutionRecord, in session: ReplSession) {}
    public func sessionEnding(_ session: ReplSession) {}
    public func waitingForInput(in session: ReplSession) {}
}
