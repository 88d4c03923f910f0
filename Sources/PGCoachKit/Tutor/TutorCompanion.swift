import Foundation
import PostgresClient
import PsqlCore
import TutorCore

/// The tutor riding along a lesson's REPL session: reacts to what the learner was shown (the
/// session's `finished` events) by feeding it to the pure `TutorMachine`, takes the tutor's
/// meta-commands, and carries out the machine's effects (checks, scoring, reset) against the
/// lesson environment. Its effects, evaluations and action runs go back on the session's event
/// stream, where the journal records them.
final class TutorCompanion: MetaCommandProvider {
    private(set) var machine: TutorMachine
    let environment: any LessonRuntime
    /// The attempt's scorecard (for `--score-json`): final once the attempt ended.
    var scorecard: Scorecard? { machine.scorecard }
    /// The last scorecard any attempt produced (practice scores excepted), as the journal has it.
    private(set) var lastScored: Scorecard?
    /// The best scorecard over the session's attempts (for progress).
    var bestScorecard: Scorecard? { machine.bestScorecard }

    init(lesson: Lesson, environment: any LessonRuntime) {
        self.machine = TutorMachine(lesson: lesson)
        self.environment = environment
    }

    /// The tutor's commands, for `\?` and tab completion.
    var metaCommands: [MetaCommandSpec] {
        [
            MetaCommandSpec(["briefing"], "\\briefing", "the page you received, again", group: .tutor),
            MetaCommandSpec(["hint"], "\\hint", "the next hint for what you have not found yet", group: .tutor),
            MetaCommandSpec(["check"], "\\check", "test your fixes (fronts you have found are named)", group: .tutor),
            MetaCommandSpec(["score"], "\\score", "replay production traffic and grade Detect / Fix / Trap", group: .tutor),
            MetaCommandSpec(["status"], "\\status", "on-call view: which application actions fail, and how", group: .tutor),
            MetaCommandSpec(["postmortem"], "\\postmortem", "the story of the incident (once it is resolved)", group: .tutor),
            MetaCommandSpec(["giveup"], "\\giveup", "end this attempt: its score is final, the postmortem opens", group: .tutor),
            MetaCommandSpec(["reset"], "\\reset", "put the broken state back (after an attempt ends: a new attempt)", group: .tutor),
        ].filter { spec in TutorMachine.Command(rawValue: spec.names[0]) != nil } + [
            ServerLogCommand.spec, FilesCommand.spec, ActionCommand.spec,
        ]
    }

    /// Rides along `session`: answers the tutor's commands and reacts to what the learner was
    /// shown, after the journal has recorded it (the react phase).
    func attach(to session: ReplSession) {
        session.commandProviders.append(self)
        session.events.subscribe(.react) { [weak self, weak session] event in
            guard let self, let session, case .finished(let record) = event else { return }
            self.observe(record, in: session)
        }
    }

    /// Starts the lesson: the briefing and the move to triage.
    func begin(in session: ReplSession) {
        // The scorecard box never outgrows the terminal (80 columns when there is none).
        let columns = session.settings.terminalColumns ?? 0
        machine.displayWidth = columns > 0 ? min(columns, 100) : 80
        apply(machine.handle(.started), in: session)
    }

    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool {
        if command.name == "log" {
            environment.showServerLog(command, in: session)
            return true
        }
        if command.name == "files" {
            environment.showFiles(command, in: session)
            return true
        }
        if command.name == "action" {
            environment.runAction(command, in: session) { [weak session] in session?.events.publish(.actionRan($0)) }
            return true
        }
        guard let tutorCommand = TutorMachine.Command(rawValue: command.name) else { return false }
        environment.pollSessions()
        session.publish(ExecutionRecord(kind: .metaCommand, input: ReplSession.display(command), database: session.location))
        apply(machine.handle(.command(tutorCommand)), in: session)
        return true
    }

    private func observe(_ record: ExecutionRecord, in session: ReplSession) {
        // Tutor commands publish records too; only the learner's SQL and psql commands are evidence.
        if record.kind == .metaCommand, let name = EvidenceMatcher.metaCommandName(record.input),
            TutorMachine.Command(rawValue: name) != nil
        {
            return
        }
        environment.pollSessions()
        apply(machine.handle(.observed(record)), in: session)
    }

    /// The attempt's scorecard, scoring now if this attempt has none (for `--score-json` at
    /// the end of a script).
    func ensureScored(in session: ReplSession) -> Scorecard {
        if let card = machine.scorecard { return card }
        let observed = evaluate(in: session)
        apply(machine.handle(.scoringFinished(observed)), in: session)
        return machine.scorecard
            ?? LessonJudge.scorecard(machine.lesson, observed, milestonesMet: Set(machine.milestonesMet), hintsUsed: machine.hintsUsed)
    }

    private func apply(_ effects: [TutorMachine.Effect], in session: ReplSession) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            session.events.publish(.tutorEffect(effect))
            switch effect {
            case .say(let text):
                session.output.line(text)
            case .milestoneMet, .evidenceIgnored, .hintRevealed, .phaseChanged, .postmortemShown, .attemptStarted:
                break
            case .scored(let card):
                lastScored = card
            case .checkFrontsBroken(let milestones):
                queue += machine.handle(.frontsChecked(environment.frontsBroken(milestones)))
            case .runChecks:
                queue += machine.handle(.checksFinished(evaluate(in: session)))
            case .runScoring:
                queue += machine.handle(.scoringFinished(evaluate(in: session)))
            case .showStatus(let summary):
                showStatus(summary, in: session)
            case .resetSandbox:
                queue += reset(session)
            }
        }
    }

    private func evaluate(in session: ReplSession) -> Observations {
        let observed = environment.evaluate()
        let fates = environment.sessionFateSummary
        let verdict = LessonJudge.verdict(machine.lesson, observed, milestonesMet: Set(machine.milestonesMet))
        session.events.publish(.evaluated(checks: verdict.checks, sessions: fates))
        return observed
    }

    /// The on-call view the application side gives: which actions fail and how. It never names
    /// the database sessions behind it; finding those is the learner's job.
    private func showStatus(_ summary: String, in session: ReplSession) {
        var lines = [summary, "Application actions (probed now, rolled back):"]
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
            try session.reconnect(
                toDatabase: database.isEmpty ? DatabaseLocation(key: environment.lesson.learner.database).database : database)
        } catch {
            return machine.handle(.resetFailed("\(error)"))
        }
        let elapsed = ReplSession.milliseconds(ContinuousClock.now - started)
        var effects = machine.handle(.resetFinished)
        effects.append(.say("(reset took \(TimingFormat.formatFixed(elapsed / 1000, decimals: 2)) s)"))
        return effects
    }
}
