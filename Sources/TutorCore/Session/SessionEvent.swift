import PsqlCore

/// One thing that happened in a REPL session, as every observer of it sees it: the journal
/// writes it down, the tutor reacts to it, tab completion forgets what it cached. The session
/// and the tutor publish these on the session's `SessionEventStream`; nobody observes a
/// session any other way.
public enum SessionEvent: Sendable, Equatable {
    /// Which of the session's output streams printed text.
    public enum Stream: Sendable, Equatable { case output, error }

    /// An input is about to run (a statement is sent, a meta-command is carried out), on the
    /// database the learner is at (`app_db`, `app_db@replica1`).
    case inputStarting(String, kind: ExecutionRecord.Kind, location: String)
    /// An input finished: what the learner was shown — rows, the error, notices — bounded.
    /// Every statement and every meta-command that showed data (or a refused `\c`) ends so.
    case finished(ExecutionRecord)
    /// Text the session printed on stdout or stderr (result rows are not echoed here: they are
    /// in the `finished` record).
    case printed(String, Stream)
    /// The learner's connection was replaced (`\c`, a reconnect, a reset): where they are now.
    case connectionChanged(location: String)
    /// The tutor's machine produced an effect (a milestone, a hint, a phase, a scorecard).
    case tutorEffect(TutorMachine.Effect)
    /// The tutor measured the lesson: each check's result and the background sessions' fates.
    case evaluated(checks: [String: Bool], sessions: String)
    /// A lesson action ran (`\action ID`): what ran and how it went.
    case actionRan(String)
    /// The session is about to wait for input that is not there yet (a person typing, a slow
    /// pipe): the moment to write out anything held back.
    case waitingForInput
    /// The session is ending (any exit path but a crash).
    case ending
}
