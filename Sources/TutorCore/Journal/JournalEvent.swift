import PsqlCore

/// One line of a session journal (JSON Lines): what happened, when, in order. The app stamps
/// the time; the core never reads a clock.
public struct JournalEvent: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case sessionStart = "session_start"
        /// An input, written before it runs, so a kill mid-query still shows what was running.
        case input
        /// What the input produced.
        case result
        case milestone
        case hint
        case phase
        case checks
        case sessions
        case reset
        case scorecard
        case postmortem
        case note
        /// `\\reset` after an attempt ended: a new attempt (its number in `level`).
        case attemptStart = "attempt_start"
        /// Evidence for a front shown only after the front was repaired (earns nothing).
        case evidenceIgnored = "evidence_ignored"
        /// Text a meta-command printed (tutor messages, psql's "Expanded display is on.").
        case output
        case end
    }

    public var kind: Kind
    /// Wall-clock time, ISO 8601 UTC.
    public var time: String
    /// Milliseconds since the session started.
    public var elapsedMilliseconds: Double
    public var lesson: String?
    public var learner: String?
    public var pgcoachVersion: String?
    public var serverVersion: String?
    public var database: String?
    /// The input as typed or sent.
    public var input: String?
    /// `sql` or `metaCommand`, for inputs.
    public var inputKind: ExecutionRecord.Kind?
    public var record: ExecutionRecord?
    public var milestone: String?
    public var level: Int?
    public var text: String?
    public var checks: [String: Bool]?
    public var scorecard: Scorecard?

    enum CodingKeys: String, CodingKey {
        case kind, time, lesson, learner, database, input, record, milestone, level, text, checks, scorecard
        case elapsedMilliseconds = "elapsed_ms"
        case pgcoachVersion = "pgcoach_version"
        case inputKind = "input_kind"
        case serverVersion = "server_version"
    }

    public init(
        kind: Kind, time: String, elapsedMilliseconds: Double, lesson: String? = nil, learner: String? = nil,
        pgcoachVersion: String? = nil, serverVersion: String? = nil, database: String? = nil, input: String? = nil,
        inputKind: ExecutionRecord.Kind? = nil, record: ExecutionRecord? = nil, milestone: String? = nil, level: Int? = nil,
        text: String? = nil,
        checks: [String: Bool]? = nil, scorecard: Scorecard? = nil
    ) {
        self.kind = kind
        self.time = time
        self.elapsedMilliseconds = elapsedMilliseconds
        self.lesson = lesson
        self.learner = learner
        self.pgcoachVersion = pgcoachVersion
        self.serverVersion = serverVersion
        self.database = database
        self.input = input
        self.inputKind = inputKind
        self.record = record
        self.milestone = milestone
        self.level = level
        self.text = text
        self.checks = checks
        self.scorecard = scorecard
    }
}
