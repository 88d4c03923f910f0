/// The graded result of a session: Detect / Fix / Trap, each with its reason.
public struct Scorecard: Sendable, Equatable, Codable {
    public struct Dimension: Sendable, Equatable, Codable {
        public var score: Int
        public var max: Int
        public var reason: String
    }

    public var lesson: String
    public var total: Int
    public var detect: Dimension
    public var fix: Dimension
    public var trap: Dimension
    public var hintsUsed: Int
    public var milestones: [String: Bool]
    public var checks: [String: Bool]
    /// Ids of the traps triggered, in lesson order.
    public var traps: [String]

    enum CodingKeys: String, CodingKey {
        case lesson, total, detect, fix, trap, milestones, checks, traps
        case hintsUsed = "hints_used"
    }
}

/// Everything scoring needs, gathered by the app: no clock, network or randomness enters the score.
public struct ScoringInputs: Sendable, Equatable {
    public var milestonesMet: Set<String>
    /// Check id → passed, after the workload replay.
    public var checks: [String: Bool]
    /// Trap ids triggered.
    public var trapsTriggered: Set<String>
    public var hintsUsed: Int

    public init(milestonesMet: Set<String>, checks: [String: Bool], trapsTriggered: Set<String>, hintsUsed: Int) {
        self.milestonesMet = milestonesMet
        self.checks = checks
        self.trapsTriggered = trapsTriggered
        self.hintsUsed = hintsUsed
    }
}

/// Turns scoring inputs into a scorecard. Pure and deterministic.
public enum Scoring {
    public static func score(_ lesson: Lesson, _ inputs: ScoringInputs) -> Scorecard {
        let w = lesson.weights
        let met = lesson.milestones.filter { inputs.milestonesMet.contains($0.id) }
        let detectScore = share(w.detect, met.count, lesson.milestones.count)
        let missing = lesson.milestones.filter { !inputs.milestonesMet.contains($0.id) }.map(\.title)
        let detectReason = missing.isEmpty
            ? "Found all \(lesson.milestones.count) fronts of the incident."
            : "Found \(met.count) of \(lesson.milestones.count) fronts; not found: \(missing.joined(separator: "; "))."

        let passed = lesson.checks.filter { inputs.checks[$0.id] == true }
        let fixScore = share(w.fix, passed.count, lesson.checks.count)
        let failing = lesson.checks.filter { inputs.checks[$0.id] != true }.map(\.title)
        let fixReason = failing.isEmpty
            ? "Every fix check passes after the production workload."
            : "\(passed.count) of \(lesson.checks.count) fix checks pass; failing: \(failing.joined(separator: "; "))."

        let triggered = lesson.traps.filter { inputs.trapsTriggered.contains($0.id) }
        let trapScore = w.trap - share(w.trap, triggered.count, lesson.traps.count)
        let trapReason = triggered.isEmpty
            ? "No shortcuts taken."
            : "Shortcuts taken: \(triggered.map(\.title).joined(separator: "; "))."

        var milestones: [String: Bool] = [:]
        for m in lesson.milestones { milestones[m.id] = inputs.milestonesMet.contains(m.id) }
        var checks: [String: Bool] = [:]
        for c in lesson.checks { checks[c.id] = inputs.checks[c.id] == true }

        return Scorecard(
            lesson: lesson.id,
            total: detectScore + fixScore + trapScore,
            detect: .init(score: detectScore, max: w.detect, reason: detectReason),
            fix: .init(score: fixScore, max: w.fix, reason: fixReason),
            trap: .init(score: trapScore, max: w.trap, reason: trapReason),
            hintsUsed: inputs.hintsUsed,
            milestones: milestones,
            checks: checks,
            traps: triggered.map(\.id))
    }

    /// `points × part / whole`, rounded down; a whole of zero earns full points.
    static func share(_ points: Int, _ part: Int, _ whole: Int) -> Int {
        whole == 0 ? points : points * part / whole
    }
}
