/// One attempt at a lesson, as a reviewer counts it: who, which lesson, when, how long, the
/// score that stands, hints, traps, notes, and when each front was found.
public struct Attempt: Sendable, Equatable {
    /// When a milestone was met, counted from the start of the attempt.
    public struct MilestoneTime: Sendable, Equatable {
        public var id: String
        public var elapsedMilliseconds: Double
    }

    /// The journal the attempt came from (set by the reader; the core does no I/O).
    public var source: String
    /// 1 for the first attempt in a journal, 2 after the first `\reset` that follows a debrief, …
    public var number: Int
    public var learner: String
    public var lesson: String
    /// Wall-clock start, ISO 8601 UTC.
    public var started: String
    public var durationMilliseconds: Double
    /// The score that stands: the one `\giveup` produced, else the one that closed the incident,
    /// else the last `\score` of the attempt.
    public var scorecard: Scorecard?
    public var hintsUsed: Int
    public var notes: [String]
    public var statements: Int
    public var errors: Int
    /// Milestones in the order they were met.
    public var milestones: [MilestoneTime]
    public var gaveUp: Bool
    /// The journal ended normally (false: killed, or still running).
    public var ended: Bool

    public init(
        source: String, number: Int, learner: String, lesson: String, started: String, durationMilliseconds: Double = 0,
        scorecard: Scorecard? = nil, hintsUsed: Int = 0, notes: [String] = [], statements: Int = 0, errors: Int = 0,
        milestones: [MilestoneTime] = [], gaveUp: Bool = false, ended: Bool = true
    ) {
        self.source = source
        self.number = number
        self.learner = learner
        self.lesson = lesson
        self.started = started
        self.durationMilliseconds = durationMilliseconds
        self.scorecard = scorecard
        self.hintsUsed = hintsUsed
        self.notes = notes
        self.statements = statements
        self.errors = errors
        self.milestones = milestones
        self.gaveUp = gaveUp
        self.ended = ended
    }

    /// Traps of the standing score.
    public var traps: [String] { scorecard?.traps ?? [] }

    /// Milestone ids this attempt's lesson is known to have: from its scorecard, else the ones met.
    public var knownMilestones: [String] {
        if let card = scorecard { return card.milestones.keys.sorted() }
        return milestones.map(\.id)
    }

    public func timeToMilestone(_ id: String) -> Double? {
        milestones.first { $0.id == id }?.elapsedMilliseconds
    }
}

/// Splits one journal into attempts (lessons/README.md, "How the judge scores": `\reset` after a debrief starts a new attempt).
public enum AttemptSplitter {
    /// Why a journal holds no attempt a report can count.
    public enum NoAttempt: Error, Equatable, CustomStringConvertible {
        case noSessionStart
        case notALesson

        public var description: String {
            switch self {
            case .noSessionStart: return "no session_start event: not the beginning of a pgcoach journal"
            case .notALesson: return "a `pgcoach connect` session (no lesson, nothing to grade)"
            }
        }
    }

    /// Whether `event` opens a new attempt. Journals mark it with `attempt_start`; in older ones
    /// (`explicit` false) a `\reset` after the debrief did the same.
    static func startsNewAttempt(_ event: JournalEvent, explicit: Bool, currentIsDebriefed: Bool) -> Bool {
        explicit ? event.kind == .attemptStart : event.kind == .reset && currentIsDebriefed
    }

    public static func attempts(in events: [JournalEvent], source: String) throws -> [Attempt] {
        guard let start = events.first(where: { $0.kind == .sessionStart }) else { throw NoAttempt.noSessionStart }
        guard let lesson = start.lesson, !lesson.isEmpty else { throw NoAttempt.notALesson }
        let learner = start.learner ?? "?"
        let ended = events.contains { $0.kind == .end }
        let explicit = events.contains { $0.kind == .attemptStart }

        var attempts: [Attempt] = []
        var current = Attempt(source: source, number: 1, learner: learner, lesson: lesson, started: start.time, ended: ended)
        var origin = start.elapsedMilliseconds
        var debriefed = false
        var standing: Scorecard?
        var standingIsFinal = false
        var giveUpPending = false
        var lastElapsed = origin

        func close(at elapsed: Double) {
            current.durationMilliseconds = max(0, elapsed - origin)
            current.scorecard = standing
            attempts.append(current)
        }

        for event in events {
            lastElapsed = max(lastElapsed, event.elapsedMilliseconds)
            if startsNewAttempt(event, explicit: explicit, currentIsDebriefed: debriefed) {
                close(at: event.elapsedMilliseconds)
                current = Attempt(
                    source: source, number: current.number + 1, learner: learner, lesson: lesson, started: event.time,
                    ended: ended)
                origin = event.elapsedMilliseconds
                debriefed = false
                standing = nil
                standingIsFinal = false
                giveUpPending = false
                continue
            }
            switch event.kind {
            case .input:
                let input = (event.input ?? "").trimmingLeadingSpaces
                giveUpPending = event.inputKind != .sql && Self.isCommand(input, "giveup")
                if event.inputKind == .sql || (event.inputKind == nil && !input.hasPrefix("\\")) { current.statements += 1 }
            case .result:
                if event.record?.error != nil { current.errors += 1 }
            case .milestone:
                if let id = event.milestone, current.timeToMilestone(id) == nil {
                    current.milestones.append(.init(id: id, elapsedMilliseconds: max(0, event.elapsedMilliseconds - origin)))
                }
            case .hint:
                current.hintsUsed += 1
            case .note:
                current.notes.append(event.text ?? "")
            case .scorecard:
                // The card says how it stands; journals from before it did (all `scored`) are
                // judged by what led to it: `\giveup`, or a move to the debrief.
                guard let card = event.scorecard, !standingIsFinal, card.standing != .practice else { continue }
                standing = card
                if card.standing == .gaveUp || giveUpPending {
                    current.gaveUp = true
                    standingIsFinal = true
                } else if card.standing == .resolved {
                    standingIsFinal = true
                }
            case .phase:
                if event.text == TutorMachine.Phase.debrief.rawValue {
                    debriefed = true
                    // The score that closed the incident stands; a later \score is practice.
                    if standing != nil { standingIsFinal = true }
                }
            default:
                break
            }
        }
        close(at: lastElapsed)
        return attempts
    }

    /// `\giveup`, `\giveup   `, not `\giveupx`.
    static func isCommand(_ input: String, _ name: String) -> Bool {
        guard input.hasPrefix("\\" + name) else { return false }
        let rest = input.dropFirst(name.count + 1)
        return rest.first.map { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\\" } ?? true
    }
}

extension String {
    var trimmingLeadingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\n" })
    }
}
