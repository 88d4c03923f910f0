// swift-format-ignore-file: AlwaysUseLowerCamelCase
// (The JSON documents name their properties as their keys are spelled: snake_case.)

/// `pgcoach report --format json`: the report with snake_case keys, times in seconds, every
/// key present and `null` where there is nothing (an unscored attempt has `"total": null`).
public struct ClassReportDocument: Sendable, Equatable, Encodable {
    public struct AttemptRow: Sendable, Equatable, Encodable {
        var source: String
        var attempt: Int
        var learner: String
        var lesson: String
        var started: String
        var duration_s: Double
        @NullWhenAbsent var total: Int?
        @NullWhenAbsent var detect: Int?
        @NullWhenAbsent var fix: Int?
        @NullWhenAbsent var trap: Int?
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

    public struct LessonRow: Sendable, Equatable, Encodable {
        struct Count: Sendable, Equatable, Encodable {
            var id: String
            var attempts: Int
        }
        var lesson: String
        var attempts: Int
        var learners: Int
        var scored: Int
        @NullWhenAbsent var median_score: Double?
        var gave_up: Int
        var common_traps: [Count]
        var most_missed_milestones: [Count]
        var notes: Int
    }

    public struct SkippedRow: Sendable, Equatable, Encodable {
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
