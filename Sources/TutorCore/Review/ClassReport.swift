/// A class's (or a team drill's) attempts, with what an instructor looks at per lesson: the
/// median score, the traps most often taken, the front most often missed. Pure aggregation.
public struct ClassReport: Sendable, Equatable {
    /// A file the report could not use, and why.
    public struct Skipped: Sendable, Equatable {
        public var source: String
        public var reason: String
        public init(source: String, reason: String) {
            self.source = source
            self.reason = reason
        }
    }

    public struct Count: Sendable, Equatable {
        public var id: String
        public var count: Int
    }

    public struct LessonSummary: Sendable, Equatable {
        public var lesson: String
        public var attempts: Int
        public var learners: Int
        public var scored: Int
        /// Median of the standing scores (the mean of the middle two for an even count).
        public var medianScore: Double?
        public var gaveUp: Int
        /// Traps by how many attempts took them, most first (ties by id).
        public var commonTraps: [Count]
        /// The fronts missed by the most attempts (several when tied), with how many missed each;
        /// empty when every attempt found every front.
        public var mostMissedMilestones: [Count]
        /// The lesson's milestones in the order learners usually find them.
        public var milestoneOrder: [String]
        public var notes: Int
    }

    public var attempts: [Attempt]
    public var lessons: [LessonSummary]
    public var skipped: [Skipped]
    /// Journals of `pgcoach connect` sessions found among the files: no lesson, so no attempt.
    public var connectSessions = 0

    /// Attempts ordered by lesson, then start time, then journal and attempt number.
    public init(attempts: [Attempt], skipped: [Skipped] = []) {
        self.attempts = attempts.sorted {
            ($0.lesson, $0.started, $0.source, $0.number) < ($1.lesson, $1.started, $1.source, $1.number)
        }
        self.skipped = skipped
        var byLesson: [String: [Attempt]] = [:]
        for attempt in self.attempts { byLesson[attempt.lesson, default: []].append(attempt) }
        lessons = byLesson.keys.sorted().map { Self.summarize($0, byLesson[$0] ?? []) }
    }

    public func summary(of lesson: String) -> LessonSummary? {
        lessons.first { $0.lesson == lesson }
    }

    static func summarize(_ lesson: String, _ attempts: [Attempt]) -> LessonSummary {
        let order = milestoneOrder(attempts)
        var trapCounts: [String: Int] = [:]
        for attempt in attempts {
            for trap in Set(attempt.traps) { trapCounts[trap, default: 0] += 1 }
        }
        var missed: [String: Int] = [:]
        for attempt in attempts {
            for id in order where attempt.timeToMilestone(id) == nil && attempt.scorecard?.milestones[id] != true {
                missed[id, default: 0] += 1
            }
        }
        let most = missed.values.max() ?? 0
        let worst = order.filter { missed[$0] == most && most > 0 }.map { Count(id: $0, count: most) }
        let scores = attempts.compactMap { $0.scorecard?.total }
        return LessonSummary(
            lesson: lesson,
            attempts: attempts.count,
            learners: Set(attempts.map(\.learner)).count,
            scored: scores.count,
            medianScore: median(scores),
            gaveUp: attempts.filter(\.gaveUp).count,
            commonTraps: trapCounts.map { Count(id: $0.key, count: $0.value) }
                .sorted { $0.count > $1.count || ($0.count == $1.count && $0.id < $1.id) },
            mostMissedMilestones: worst,
            milestoneOrder: order,
            notes: attempts.reduce(0) { $0 + $1.notes.count })
    }

    /// Every milestone any attempt knows of, ordered by the average position learners met it
    /// in (never-met ones last, by id), so columns read in the order the incident unfolds.
    static func milestoneOrder(_ attempts: [Attempt]) -> [String] {
        var known: Set<String> = []
        var positions: [String: [Int]] = [:]
        for attempt in attempts {
            known.formUnion(attempt.knownMilestones)
            for (index, met) in attempt.milestones.enumerated() { positions[met.id, default: []].append(index) }
        }
        func rank(_ id: String) -> Double {
            guard let p = positions[id], !p.isEmpty else { return .infinity }
            return Double(p.reduce(0, +)) / Double(p.count)
        }
        return known.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
