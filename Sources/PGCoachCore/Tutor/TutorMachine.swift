/// The tutor as a pure state machine (SPEC §6): briefing → triage → remediation → resolved →
/// debrief. It decides; the app measures. Every event in every phase yields something sensible,
/// because a learner can type anything at any time.
public struct TutorMachine: Sendable {
    public enum Phase: String, Sendable, Equatable, Codable {
        case briefing, triage, remediation, resolved, debrief
    }

    /// The tutor's meta-commands.
    public enum Command: String, Sendable, Equatable, CaseIterable {
        case hint, check, score, status, postmortem, giveup, reset, briefing
    }

    public enum Event: Sendable, Equatable {
        /// The sandbox is ready and the learner is about to get the prompt.
        case started
        /// The learner ran something and saw this.
        case observed(ExecutionRecord)
        case command(Command)
        /// The app ran the fix checks (after the workload) for `\check`.
        case checksFinished([String: Bool])
        /// The app gathered scoring inputs for `\score` or `\giveup`.
        case scoringFinished(ScoringInputs)
        /// `\reset` restored the broken state.
        case resetFinished
        case resetFailed(String)
    }

    public enum Effect: Sendable, Equatable {
        /// Text for the learner.
        case say(String)
        case milestoneMet(id: String, title: String)
        case hintRevealed(HintReveal)
        case phaseChanged(Phase)
        /// Run the workload and the fix checks, then send `.checksFinished`.
        case runChecks
        /// Run workload, checks and traps, then send `.scoringFinished`.
        case runScoring
        /// Show the on-call view (blocked sessions, failing app actions), gathered by the app.
        case showStatus(summary: String)
        /// Restore the broken state, then send `.resetFinished`.
        case resetSandbox
        case scored(Scorecard)
        case postmortemShown
    }

    public let lesson: Lesson
    public private(set) var phase: Phase = .briefing
    /// Milestone ids in the order they were met.
    public private(set) var milestonesMet: [String] = []
    public private(set) var hintsRevealed: [HintReveal] = []
    public private(set) var lastChecks: [String: Bool] = [:]
    public private(set) var scorecard: Scorecard?
    public private(set) var postmortemShown = false
    /// For milestones that need evidence in several databases: milestone id → databases seen.
    private var evidenceDatabases: [String: Set<String>] = [:]
    private var pendingScoreIsGiveUp = false
    private let matcher: EvidenceMatcher

    public init(lesson: Lesson) {
        self.lesson = lesson
        self.matcher = EvidenceMatcher(lesson: lesson)
    }

    public var allMilestonesMet: Bool { milestonesMet.count == lesson.milestones.count }

    public mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .started:
            var effects: [Effect] = [.say(TutorText.briefing(lesson))]
            effects += move(to: .triage)
            return effects
        case .observed(let record):
            return observe(record)
        case .command(let command):
            return run(command)
        case .checksFinished(let results):
            return checksFinished(results)
        case .scoringFinished(let inputs):
            return scoringFinished(inputs)
        case .resetFinished:
            lastChecks = [:]
            var effects: [Effect] = [.say(TutorText.resetDone)]
            if phase != .debrief {
                effects += move(to: allMilestonesMet ? .remediation : .triage)
            }
            return effects
        case .resetFailed(let reason):
            return [.say(TutorText.resetFailed(reason))]
        }
    }

    // MARK: - Evidence

    private mutating func observe(_ record: ExecutionRecord) -> [Effect] {
        var effects: [Effect] = []
        for milestone in lesson.milestones where !milestonesMet.contains(milestone.id) {
            guard let rule = milestone.evidence.first(where: { matcher.matches($0, record) }) else { continue }
            _ = rule
            if !milestone.acrossDatabases.isEmpty {
                guard milestone.acrossDatabases.contains(record.database) else { continue }
                evidenceDatabases[milestone.id, default: []].insert(record.database)
                let seen = evidenceDatabases[milestone.id] ?? []
                if !Set(milestone.acrossDatabases).isSubset(of: seen) {
                    let left = milestone.acrossDatabases.filter { !seen.contains($0) }
                    effects.append(.say(TutorText.partialEvidence(milestone, seen: seen.count, left: left)))
                    continue
                }
            }
            milestonesMet.append(milestone.id)
            effects.append(.milestoneMet(id: milestone.id, title: milestone.title))
            effects.append(.say(TutorText.milestoneMet(milestone, found: milestonesMet.count, of: lesson.milestones.count)))
        }
        if allMilestonesMet && (phase == .triage || phase == .briefing) {
            effects += move(to: .remediation)
            effects.append(.say(TutorText.triageComplete))
        }
        return effects
    }

    // MARK: - Commands

    private mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .briefing:
            return [.say(TutorText.briefing(lesson))]
        case .hint:
            return nextHint()
        case .check:
            if phase == .debrief { return [.say(TutorText.alreadyDebriefed)] }
            return [.runChecks]
        case .score:
            pendingScoreIsGiveUp = false
            return [.runScoring]
        case .giveup:
            if phase == .debrief { return [.say(TutorText.alreadyDebriefed)] }
            pendingScoreIsGiveUp = true
            return [.runScoring]
        case .status:
            return [.showStatus(summary: TutorText.statusSummary(self))]
        case .postmortem:
            if phase == .resolved || phase == .debrief {
                postmortemShown = true
                return [.say(TutorText.postmortem(lesson)), .postmortemShown]
            }
            return [.say(TutorText.postmortemLocked(self))]
        case .reset:
            return [.resetSandbox]
        }
    }

    /// Where to look → what signal → mechanism, for the first front not yet found; remediation
    /// hints only once every front is found.
    private mutating func nextHint() -> [Effect] {
        if phase == .debrief || phase == .resolved {
            return [.say(TutorText.noHintsNeeded)]
        }
        for milestone in lesson.milestones where !milestonesMet.contains(milestone.id) {
            let levels = lesson.text.milestoneHints[milestone.id] ?? []
            let shown = hintsRevealed.filter { $0.milestone == milestone.id }.count
            if shown < levels.count {
                let reveal = HintReveal(milestone: milestone.id, level: shown + 1, text: levels[shown])
                hintsRevealed.append(reveal)
                return [.hintRevealed(reveal), .say(TutorText.hint(reveal, milestone: milestone, levels: levels.count))]
            }
        }
        if !allMilestonesMet {
            return [.say(TutorText.hintsExhaustedForTriage(self))]
        }
        let shown = hintsRevealed.filter { $0.milestone == HintReveal.remediation }.count
        if shown < lesson.text.remediationHints.count {
            let reveal = HintReveal(milestone: HintReveal.remediation, level: shown + 1, text: lesson.text.remediationHints[shown])
            hintsRevealed.append(reveal)
            return [.hintRevealed(reveal), .say(TutorText.remediationHint(reveal, of: lesson.text.remediationHints.count))]
        }
        return [.say(TutorText.hintsExhausted)]
    }

    // MARK: - Results from the app

    private mutating func checksFinished(_ results: [String: Bool]) -> [Effect] {
        lastChecks = results
        var effects: [Effect] = [.say(TutorText.checkReport(self, results))]
        if lesson.checks.allSatisfy({ results[$0.id] == true }) && phase != .debrief && phase != .resolved {
            effects += move(to: .resolved)
            effects.append(.say(TutorText.resolved))
        }
        return effects
    }

    private mutating func scoringFinished(_ inputs: ScoringInputs) -> [Effect] {
        lastChecks = inputs.checks
        let card = Scoring.score(lesson, inputs)
        scorecard = card
        var effects: [Effect] = [.scored(card), .say(TutorText.scorecard(card))]
        let resolvedNow = lesson.checks.allSatisfy { inputs.checks[$0.id] == true }
        if pendingScoreIsGiveUp || resolvedNow {
            if phase != .debrief {
                effects += move(to: .debrief)
            }
            if !postmortemShown {
                postmortemShown = true
                effects.append(.say(TutorText.postmortem(lesson)))
                effects.append(.postmortemShown)
            }
        } else {
            effects.append(.say(TutorText.notResolvedYet(self, inputs)))
        }
        pendingScoreIsGiveUp = false
        return effects
    }

    private mutating func move(to next: Phase) -> [Effect] {
        guard next != phase else { return [] }
        phase = next
        return [.phaseChanged(next)]
    }

    /// Hints used so far (each level counts once).
    public var hintsUsed: Int { hintsRevealed.count }
}

/// One hint shown to the learner: which front (or remediation), which level, what it said.
public struct HintReveal: Sendable, Equatable, Codable {
    public static let remediation = "remediation"
    public var milestone: String
    public var level: Int
    public var text: String

    public init(milestone: String, level: Int, text: String) {
        self.milestone = milestone
        self.level = level
        self.text = text
    }
}
