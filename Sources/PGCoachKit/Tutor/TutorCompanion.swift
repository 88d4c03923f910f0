import Foundation
import PGCoachCore
import PostgresClient

/// The tutor riding along a lesson's REPL session: feeds what the learner saw to the pure
/// `TutorMachine`, takes the tutor's meta-commands, and carries out the machine's effects
/// (checks, scoring, reset) against the lesson environment.
final class TutorCompanion: SessionCompanion {
    private(set) var machine: TutorMachine
    let environment: LessonEnvironment
    /// The latest scorecard (for `--score-json`).
    private(set) var scorecard: Scorecard?
    /// Observers of tutor events (the journal).
    var onEffect: ((TutorMachine.Effect) -> Void)?
    /// Observers of each evaluation: check results and the background sessions' fates.
    var onEvaluation: (([String: Bool], String) -> Void)?

    init(lesson: Lesson, environment: LessonEnvironment) {
        self.machine = TutorMachine(lesson: lesson)
        self.environment = environment
    }

    static let helpText = """
        Tutor
          \\briefing              the page you received, again
          \\hint                  the next hint for what you have not found yet
          \\check                 test your fixes (fronts you have found are named)
          \\score                 replay production traffic and grade Detect / Fix / Trap
          \\status                on-call view: background sessions and failing app actions
          \\postmortem            the story of the incident (once it is resolved)
          \\giveup                end the exercise: score and postmortem
          \\reset                 put the broken state back (your transcript is kept)
          \\note TEXT             write a status update into your transcript (never scored)
        """

    /// Starts the lesson: the briefing and the move to triage.
    func begin(in session: ReplSession) {
        apply(machine.handle(.started), in: session)
    }

    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool {
        guard let tutorCommand = TutorMachine.Command(rawValue: command.name) else { return false }
        environment.pollSessions()
        session.publish(ExecutionRecord(kind: .metaCommand, input: ReplSession.display(command), database: session.database))
        apply(machine.handle(.command(tutorCommand)), in: session)
        return true
    }

    func recordFinished(_ record: ExecutionRecord, in session: ReplSession) {
        // Tutor commands publish records too; only the learner's SQL and psql commands are evidence.
        if record.kind == .metaCommand, let name = EvidenceMatcher.metaCommandName(record.input), TutorMachine.Command(rawValue: name) != nil {
            return
        }
        environment.pollSessions()
        apply(machine.handle(.observed(record)), in: session)
    }

    /// Scores now if nothing has (for `--score-json` at the end of a script).
    func ensureScored(in session: ReplSession) -> Scorecard {
        if let scorecard { return scorecard }
        let inputs = scoringInputs(evaluate())
        apply(machine.handle(.scoringFinished(inputs)), in: session)
        return scorecard ?? Scoring.score(machine.lesson, inputs)
    }

    private func apply(_ effects: [TutorMachine.Effect], in session: ReplSession) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            onEffect?(effect)
            switch effect {
            case .say(let text):
                session.output.line(text)
            case .milestoneMet, .hintRevealed, .phaseChanged, .postmortemShown:
                break
            case .scored(let card):
                scorecard = card
            case .runChecks:
                let evaluation = evaluate()
                queue += machine.handle(.checksFinished(evaluation.checks))
            case .runScoring:
                queue += machine.handle(.scoringFinished(scoringInputs(evaluate())))
            case .showStatus(let summary):
                showStatus(summary, in: session)
            case .resetSandbox:
                queue += reset(session)
            }
        }
    }

    private func scoringInputs(_ evaluation: Evaluation) -> ScoringInputs {
        ScoringInputs(
            milestonesMet: Set(machine.milestonesMet), checks: evaluation.checks, trapsTriggered: evaluation.traps,
            hintsUsed: machine.hintsUsed)
    }

    private func evaluate() -> Evaluation {
        let evaluation = environment.evaluate(milestonesMet: Set(machine.milestonesMet))
        let fates = environment.sessions.map { "\($0.spec.name): \($0.fate.rawValue)" }.joined(separator: ", ")
        onEvaluation?(evaluation.checks, fates)
        return evaluation
    }

    /// The on-call view: what the pager would show, not the diagnosis.
    private func showStatus(_ summary: String, in session: ReplSession) {
        environment.pollSessions()
        var lines = [summary, "Application sessions:"]
        for background in environment.sessions {
            lines.append("  " + background.statusLine())
        }
        lines.append("Application actions (probed now, rolled back):")
        let outcomes = environment.runWorkload()
        for step in environment.lesson.workload {
            guard let outcome = outcomes[step.id] else { continue }
            lines.append("  \(step.id): " + (outcome.passed ? "ok" : "FAILING: \(outcome.detail)"))
        }
        session.output.line(lines.joined(separator: "\n"))
    }

    private func reset(_ session: ReplSession) -> [TutorMachine.Effect] {
        let database = session.database
        let started = ContinuousClock.now
        do {
            try environment.reset()
            try session.reconnect(toDatabase: database.isEmpty ? environment.lesson.learner.database : database)
        } catch {
            return machine.handle(.resetFailed("\(error)"))
        }
        let elapsed = ReplSession.milliseconds(ContinuousClock.now - started)
        var effects = machine.handle(.resetFinished)
        effects.append(.say("(reset took \(TimingFormat.formatFixed(elapsed / 1000, decimals: 2)) s)"))
        return effects
    }
}
