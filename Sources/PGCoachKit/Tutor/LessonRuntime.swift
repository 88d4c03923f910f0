import PsqlCore
import TutorCore

/// What the tutor's companion needs of a running lesson: measuring it (probes, fronts still
/// broken, the workload, the background sessions), resetting it, and its server log. The seam
/// between `TutorCompanion` and the servers: `LessonEnvironment` is the real one, tests drive
/// the companion with a scripted one.
protocol LessonRuntime: AnyObject {
    var lesson: Lesson { get }
    /// Lets the background sessions notice what happened to them since the last look.
    func pollSessions()
    /// Everything the judge needs, measured now.
    func evaluate() -> Observations
    /// For each milestone, whether its front's checks still fail (evidence counts only then).
    func frontsBroken(_ milestones: [String]) -> [String: Bool]
    /// Runs the lesson's workload steps (all when nil) and says how each went.
    func runWorkload(_ steps: [WorkloadStep]?) -> [String: WorkloadOutcome]
    /// `name: fate` of each background session, for the journal's evaluation events.
    var sessionFateSummary: String { get }
    /// Back to the broken state the lesson starts from.
    func reset() throws
    /// `\log`: the end of the server log, recorded like a result.
    func showServerLog(_ command: MetaCommand, in session: ReplSession)
}

extension LessonRuntime {
    func runWorkload() -> [String: WorkloadOutcome] { runWorkload(nil) }
}

extension LessonEnvironment: LessonRuntime {
    var sessionFateSummary: String {
        sessions.map { "\($0.spec.name): \($0.fate.rawValue)" }.joined(separator: ", ")
    }

    func showServerLog(_ command: MetaCommand, in session: ReplSession) {
        ServerLogCommand.run(command, environment: self, in: session)
    }
}
