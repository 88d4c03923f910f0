import PsqlCore

/// The tutor as a pure state machine: briefing → triage → remediation → resolved →
/// debrief. It decides; the app measures. Every event in every phase yields something sensible,
/// because a learner can type anything at any time.
///
/// An attempt ends at the debrief (`\giveup`, or a `\score` that finds the incident resolved):
/// its scorecard is final, a later `\score` is practice, and `\reset` starts the next attempt.
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
        /// The app probed the fronts named by `.checkFrontsBroken`: milestone id → still broken.
        case frontsChecked([String: Bool])
        /// The app ran the workload and the probes for `\check`.
        case checksFinished(Observations)
        /// The app gathered everything for `\score` or `\giveup`.
        case scoringFinished(Observations)
        /// `\reset` restored the broken state.
        case resetFinished
        case resetFailed(String)
    }

    public enum Effect: Sendable, Equatable {
        /// Text for the learner.
        case say(String)
        case milestoneMet(id: String, title: String)
        /// Evidence for a front was shown after the front was repaired: it earns nothing.
        case evidenceIgnored(id: String, title: String)
        case hintRevealed(HintReveal)
        case phaseChanged(Phase)
        /// Probe whether these fronts are still broken (fix checks, no workload), then send
        /// `.frontsChecked`.
        case checkFrontsBroken([String])
        /// Run the workload and the fix checks, then send `.checksFinished`.
        case runChecks
        /// Run workload, checks, traps and audits, then send `.scoringFinished`.
        case runScoring
        /// Show the on-call view (failing application actions), gathered by the app.
        case showStatus(summary: String)
        /// Restore the broken state, then send `.resetFinished`.
        case resetSandbox
        case scored(Scorecard)
        case postmortemShown
        /// `\reset` after a debrief: a new attempt begins.
        case attemptStarted(Int)
    }

    public let lesson: Lesson
    /// Columns the scorecard box may use (the terminal's width; 80 when unknown).
    public var displayWidth = 80
    public private(set) var phase: Phase = .briefing
    public private(set) var attempt = 1
    /// Milestone ids in the order they were met (this attempt).
    public private(set) var milestonesMet: [String] = []
    public private(set) var hintsRevealed: [HintReveal] = []
    public private(set) var lastChecks: [String: Bool] = [:]
    /// The attempt's scorecard: the latest `\score`, final once the attempt is debriefed.
    public private(set) var scorecard: Scorecard?
    /// The best final (or latest) scorecard over all attempts.
    public private(set) var bestScorecard: Scorecard?
    public private(set) var postmortemShown = false
    /// For milestones that need evidence in several databases: milestone id → databases seen.
    private var evidenceDatabases: [String: Set<String>] = [:]
    /// Evidence waiting for the app to confirm its front is still broken: (milestone, database).
    private var pendingEvidence: [(milestone: String, database: String)] = []
    /// Fronts already told that late evidence does not count (said once each).
    private var toldTooLate: Set<String> = []
    private var pendingScoreIsGiveUp = false
    private let matcher: EvidenceMatcher

    public init(lesson: Lesson) {
        self.lesson = lesson
        self.matcher = EvidenceMatcher(lesson: lesson)
    }

    public var allMilestonesMet: Bool { milestonesMet.count == lesson.milestones.count }

    /// The attempt ended (given up, or scored resolved).
    public var attemptEnded: Bool { phase == .debrief }

    public mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .started:
            var effects: [Effect] = [.say(TutorText.briefing(lesson))]
            effects += move(to: .triage)
            return effects
        case .observed(let record):
            return observe(record)
        case .frontsChecked(let broken):
            return confirmEvidence(broken)
        case .command(let command):
            return run(command)
        case .checksFinished(let observed):
            return checksFinished(observed)
        case .scoringFinished(let observed):
            return scoringFinished(observed)
        case .resetFinished:
            return resetFinished()
        case .resetFailed(let reason):
            return [.say(TutorText.resetFailed(reason))]
        }
    }

    // MARK: - Evidence

    /// Matches the record against the open fronts; a match only counts once the app confirms
    /// the front is still broken (evidence seen after the repair proves nothing).
    private mutating func observe(_ record: ExecutionRecord) -> [Effect] {
        guard phase != .debrief else { return [] }
        var candidates: [String] = []
        for milestone in lesson.milestones where !milestonesMet.contains(milestone.id) {
            guard milestone.evidence.contains(where: { matcher.matches($0, record) }) else { continue }
            if !milestone.acrossDatabases.isEmpty {
                guard milestone.acrossDatabases.contains(record.database),
                    !(evidenceDatabases[milestone.id] ?? []).contains(record.database)
                else { continue }
            }
            candidates.append(milestone.id)
            pendingEvidence.append((milestone.id, record.database))
        }
        return candidates.isEmpty ? [] : [.checkFrontsBroken(candidates)]
    }

    private mutating func confirmEvidence(_ broken: [String: Bool]) -> [Effect] {
        var effects: [Effect] = []
        let pending = pendingEvidence
        pendingEvidence = []
        for (id, database) in pending {
            guard let milestone = lesson.milestones.first(where: { $0.id == id }), !milestonesMet.contains(id) else { continue }
            guard broken[id] ?? true else {
                if !toldTooLate.contains(id) {
                    toldTooLate.insert(id)
                    effects.append(.evidenceIgnored(id: id, title: milestone.title))
                    effects.append(.say(TutorText.evidenceAfterRepair(milestone)))
                }
                continue
            }
            if !milestone.acrossDatabases.isEmpty {
                evidenceDatabases[id, default: []].insert(database)
                let seen = evidenceDatabases[id] ?? []
                if !Set(milestone.acrossDatabases).isSubset(of: seen) {
                    let left = milestone.acrossDatabases.filter { !seen.contains($0) }
                    effects.append(.say(TutorText.partialEvidence(milestone, seen: seen.count, left: left)))
                    continue
                }
            }
            milestonesMet.append(id)
            effects.append(.milestoneMet(id: id, title: milestone.title))
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
            return [.say(TutorText.noHintsNeeded(attemptEnded: phase == .debrief))]
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

    private mutating func checksFinished(_ observed: Observations) -> [Effect] {
        let verdict = LessonJudge.verdict(lesson, observed, milestonesMet: Set(milestonesMet))
        lastChecks = verdict.checks
        var effects: [Effect] = [.say(TutorText.checkReport(self, verdict))]
        if lesson.checks.allSatisfy({ verdict.checks[$0.id] == true }) && phase != .debrief && phase != .resolved {
            effects += move(to: .resolved)
            effects.append(.say(TutorText.resolved))
        }
        return effects
    }

    private mutating func scoringFinished(_ observed: Observations) -> [Effect] {
        let giveUp = pendingScoreIsGiveUp
        pendingScoreIsGiveUp = false
        if phase == .debrief {
            // The attempt is over: grade for practice, never replacing its score.
            let card = LessonJudge.scorecard(
                lesson, observed, milestonesMet: Set(milestonesMet), hintsUsed: hintsUsed, attempt: attempt, standing: .practice)
            return [.say(TutorText.scorecard(card, width: displayWidth)), .say(TutorText.practiceScore(official: scorecard))]
        }
        let provisional = LessonJudge.scorecard(lesson, observed, milestonesMet: Set(milestonesMet), hintsUsed: hintsUsed, attempt: attempt)
        let resolvedNow = lesson.checks.allSatisfy { provisional.checks[$0.id] == true }
        var card = provisional
        card.standing = giveUp ? .gaveUp : (resolvedNow ? .resolved : .scored)
        lastChecks = card.checks
        scorecard = card
        // The best attempt: the highest final card; before any attempt ended, the latest card.
        if card.isFinal {
            if bestScorecard?.isFinal != true || card.total > bestScorecard!.total { bestScorecard = card }
        } else if bestScorecard?.isFinal != true {
            bestScorecard = card
        }
        var effects: [Effect] = [.scored(card), .say(TutorText.scorecard(card, width: displayWidth))]
        if card.isFinal {
            effects += move(to: .debrief)
            if !postmortemShown {
                postmortemShown = true
                effects.append(.say(TutorText.postmortem(lesson)))
                effects.append(.postmortemShown)
            }
            effects.append(.say(TutorText.attemptOver(card)))
        } else {
            effects.append(.say(TutorText.notResolvedYet(card)))
        }
        return effects
    }

    private mutating func resetFinished() -> [Effect] {
        lastChecks = [:]
        pendingEvidence = []
        var effects: [Effect] = [.say(TutorText.resetDone)]
        if phase == .debrief {
            attempt += 1
            milestonesMet = []
            hintsRevealed = []
            evidenceDatabases = [:]
            toldTooLate = []
            scorecard = nil
            postmortemShown = false
            effects.append(.attemptStarted(attempt))
            effects.append(.say(TutorText.newAttempt(attempt)))
            effects += move(to: .triage)
        } else {
            effects += move(to: allMilestonesMet ? .remediation : .triage)
        }
        return effects
    }

    private mutating func move(to next: Phase) -> [Effect] {
        guard next != phase else { return [] }
        phase = next
        return [.phaseChanged(next)]
    }

    /// Hints used in this attempt (each level counts once).
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
