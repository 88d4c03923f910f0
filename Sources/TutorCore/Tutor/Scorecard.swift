/// The graded result of an attempt: Detect / Fix / Trap, each with its reason, and every
/// shortcut found with its severity and price.
public struct Scorecard: Sendable, Equatable, Codable {
    public struct Dimension: Sendable, Equatable, Codable {
        public var score: Int
        public var max: Int
        public var reason: String
    }

    /// One shortcut taken, as the judge weighed it.
    public struct Finding: Sendable, Equatable, Codable {
        /// The trap id (a declared trap, or one of the engine's audits: `data_loss`, …).
        public var trap: String
        public var reason: String
        public var severity: String
        /// Trap points it cost.
        public var cost: Int
    }

    /// Whether this card counts for the attempt.
    public enum Standing: String, Sendable, Equatable, Codable {
        /// A `\score` during the attempt (the latest one counts until the attempt ends).
        case scored
        /// The `\score` that found the incident resolved: final for the attempt.
        case resolved
        /// `\giveup`: final for the attempt.
        case gaveUp = "gave_up"
        /// A `\score` after the attempt ended: shown, never recorded as the attempt's score.
        case practice
    }

    public var lesson: String
    public var total: Int
    public var detect: Dimension
    public var fix: Dimension
    public var trap: Dimension
    public var hintsUsed: Int
    public var milestones: [String: Bool]
    public var checks: [String: Bool]
    /// Ids of the traps triggered, in lesson order (engine audits last).
    public var traps: [String]
    public var findings: [Finding]
    /// The cap a critical trap put on the total, when it lowered it.
    public var cappedAt: Int?
    public var attempt: Int
    public var standing: Standing

    public init(
        lesson: String, total: Int, detect: Dimension, fix: Dimension, trap: Dimension, hintsUsed: Int,
        milestones: [String: Bool], checks: [String: Bool], traps: [String], findings: [Finding] = [],
        cappedAt: Int? = nil, attempt: Int = 1, standing: Standing = .scored
    ) {
        self.lesson = lesson
        self.total = total
        self.detect = detect
        self.fix = fix
        self.trap = trap
        self.hintsUsed = hintsUsed
        self.milestones = milestones
        self.checks = checks
        self.traps = traps
        self.findings = findings
        self.cappedAt = cappedAt
        self.attempt = attempt
        self.standing = standing
    }

    enum CodingKeys: String, CodingKey {
        case lesson, total, detect, fix, trap, milestones, checks, traps, findings, attempt, standing
        case hintsUsed = "hints_used"
        case cappedAt = "capped_at"
    }

    /// Journals written before findings and attempts existed still decode.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lesson = try c.decode(String.self, forKey: .lesson)
        total = try c.decode(Int.self, forKey: .total)
        detect = try c.decode(Dimension.self, forKey: .detect)
        fix = try c.decode(Dimension.self, forKey: .fix)
        trap = try c.decode(Dimension.self, forKey: .trap)
        hintsUsed = try c.decode(Int.self, forKey: .hintsUsed)
        milestones = try c.decode([String: Bool].self, forKey: .milestones)
        checks = try c.decode([String: Bool].self, forKey: .checks)
        traps = try c.decode([String].self, forKey: .traps)
        findings = try c.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        cappedAt = try c.decodeIfPresent(Int.self, forKey: .cappedAt)
        attempt = try c.decodeIfPresent(Int.self, forKey: .attempt) ?? 1
        standing = try c.decodeIfPresent(Standing.self, forKey: .standing) ?? .scored
    }

    /// Whether this card ends its attempt.
    public var isFinal: Bool { standing == .resolved || standing == .gaveUp }
}
