import PsqlCore
import TutorCore

@testable import PGCoachKit

/// A lesson that runs nowhere: the fronts, probes and resets the test decides.
final class ScriptedLessonRuntime: LessonRuntime {
    let lesson: Lesson
    /// Whether the blocker's front still fails its checks (evidence counts only then).
    var frontBroken = true
    /// Whether the fix check's probe passes.
    var fixed = false
    private(set) var resets = 0
    private(set) var evaluations = 0

    init(lesson: Lesson) { self.lesson = lesson }

    func pollSessions() {}
    func evaluate() -> Observations {
        evaluations += 1
        var observed = Observations()
        observed.checkProbes["writes"] = ["shop": .value(fixed ? "t" : "f")]
        return observed
    }
    func frontsBroken(_ milestones: [String]) -> [String: Bool] {
        Dictionary(uniqueKeysWithValues: milestones.map { ($0, frontBroken) })
    }
    func runWorkload(_ steps: [WorkloadStep]?) -> [String: WorkloadOutcome] { [:] }
    var sessionFateSummary: String { "migration: waiting" }
    func reset() throws { resets += 1 }
    func showServerLog(_ command: MetaCommand, in session: ReplSession) {}
}
