/// `pgcoach report --format json`: the report with snake_case keys, times in seconds, nulls
/// where there is nothing (an unscored attempt has `"total": null`).
public struct ClassReportDocument: Sendable, Equatable, Codable {
    public struct AttemptRow: Sendable, Equatable, Codable {
        var source: String
        var attempt: Int
        var learner: String
        var lesson: String
        var started: String
        var duration_s: Double
        var total: Int?
        var detect: Int?
        var fix: Int?
        var trap: Int?
        var hints_used: Int
        var notes: [String]
        var traps: [String]
        /// Milestone id → seconds from the start of the attempt; null when not met.
        var time_to_milestone: [String: Double?]
        var gave_up: Bool
        var ended: Bool
        var statements: Int
        var errors: Int
    }

    public struct LessonRow: Sendable, Equatable, Codable {
        struct Count: Sendable, Equatable, Codable {
            var id: String
            var attempts: Int
        }
        var lesson: String
        var attempts: Int
        var learners: Int
        var scored: Int
        var median_score: Double?
        var gave_up: Int
        var common_traps: [Count]
        var most_missed_milestones: [Count]
        var notes: Int
    }

    public struct SkippedRow: Sendable, Equatable, Codable {
        var source: String
        var reason: String
    }

    var attempts: [AttemptRow]
    var lessons: [LessonRow]
    var skipped: [SkippedRow]
    var connect_sessions: Int

    public init(_ report: ClassReport) {
        connect_sessions = report.connectSessions
        attempts = report.attempts.map { a in
            let order = report.summary(of: a.lesson)?.milestoneOrder ?? a.knownMilestones
            var times: [String: Double?] = [:]
            // updateValue keeps a nil (not met) as a key; subscript assignment would drop it.
            for id in order { times.updateValue(a.timeToMilestone(id).map { ($0 / 100).rounded() / 10 }, forKey: id) }
            return AttemptRow(
                source: a.source, attempt: a.number, learner: a.learner, lesson: a.lesson, started: a.started,
                duration_s: (a.durationMilliseconds / 100).rounded() / 10, total: a.scorecard?.total,
                detect: a.scorecard?.detect.score, fix: a.scorecard?.fix.score, trap: a.scorecard?.trap.score,
                hints_used: a.hintsUsed, notes: a.notes, traps: a.traps, time_to_milestone: times, gave_up: a.gaveUp,
                ended: a.ended, statements: a.statements, errors: a.errors)
        }
        lessons = report.lessons.map { l in
            LessonRow(
                lesson: l.lesson, attempts: l.attempts, learners: l.learners, scored: l.scored, median_score: l.medianScore,
                gave_up: l.gaveUp, common_traps: l.commonTraps.map { .init(id: $0.id, attempts: $0.count) },
                most_missed_milestones: l.mostMissedMilestones.map { .init(id: $0.id, attempts: $0.count) }, notes: l.notes)
        }
        skipped = report.skipped.map { SkippedRow(source: $0.source, reason: $0.reason) }
    }
}

// Synthesized `Codable` leaves nil optionals out; a report's readers want every key present.
extension ClassReportDocument.AttemptRow {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(attempt, forKey: .attempt)
        try c.encode(learner, forKey: .learner)
        try c.encode(lesson, forKey: .lesson)
        try c.encode(started, forKey: .started)
        try c.encode(duration_s, forKey: .duration_s)
        try c.encode(total, forKey: .total)
        try c.encode(detect, forKey: .detect)
        try c.encode(fix, forKey: .fix)
        try c.encode(trap, forKey: .trap)
        try c.encode(hints_used, forKey: .hints_used)
        try c.encode(notes, forKey: .notes)
        try c.encode(traps, forKey: .traps)
        try c.encode(time_to_milestone, forKey: .time_to_milestone)
        try c.encode(gave_up, forKey: .gave_up)
        try c.encode(ended, forKey: .ended)
        try c.encode(statements, forKey: .statements)
        try c.encode(errors, forKey: .errors)
    }
}

extension ClassReportDocument.LessonRow {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lesson, forKey: .lesson)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(learners, forKey: .learners)
        try c.encode(scored, forKey: .scored)
        try c.encode(median_score, forKey: .median_score)
        try c.encode(gave_up, forKey: .gave_up)
        try c.encode(common_traps, forKey: .common_traps)
        try c.encode(most_missed_milestones, forKey: .most_missed_milestones)
        try c.encode(notes, forKey: .notes)
    }
}
