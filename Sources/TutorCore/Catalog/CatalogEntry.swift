/// One lesson as the catalog lists it, with the learner's progress on it.
public struct CatalogEntry: Sendable, Equatable {
    public var id: String
    public var title: String
    public var topic: String
    public var level: Int
    public var duration: String
    /// Best score so far; nil when never scored.
    public var best: Int?
    public var attempts: Int
    /// The lesson's traps: id → title (what `next` matches the learner's habits against).
    public var traps: [String: String]

    public init(
        id: String, title: String, topic: String, level: Int, duration: String, best: Int? = nil, attempts: Int = 0,
        traps: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.level = level
        self.duration = duration
        self.best = best
        self.attempts = attempts
        self.traps = traps
    }

    /// `stage-12` of `stage-12/05-final-production-incident`.
    public var stage: String { id.split(separator: "/").first.map(String.init) ?? id }
    /// `05-final-production-incident`.
    public var name: String { id.split(separator: "/").dropFirst().joined(separator: "/") }

    /// Finished: scored at least `LessonPath.passingScore`.
    public var isFinished: Bool { (best ?? -1) >= LessonPath.passingScore }
}
