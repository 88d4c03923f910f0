/// The way through the catalog: which lesson to take next, and why.
///
/// The path is the stage order (stage-01 before stage-02, lesson 01 before 02). A learner who
/// keeps taking the same kind of shortcut is sent instead to an unfinished lesson about it:
/// a trap taken in two or more attempts whose words (`app_user_superpowers`, "Gave app_user
/// superuser powers") match a lesson's topic or title.
public enum LessonPath {
    /// A lesson counts as finished at this score or more.
    public static let passingScore = 70
    /// A trap taken this many times is a habit worth a lesson of its own.
    public static let habitThreshold = 2

    public enum Reason: Sendable, Equatable {
        /// The first unfinished lesson of the lowest stage that has one.
        case path(stage: String)
        /// A lesson about a trap the learner keeps taking (id, attempts that took it).
        case habit(trap: String, times: Int)
    }

    public struct Recommendation: Sendable, Equatable {
        public var lesson: String
        public var reason: Reason
    }

    /// How often the learner took a trap, over all their attempts.
    public struct TrapTally: Sendable, Equatable {
        public var trap: String
        public var title: String
        public var count: Int
        public init(trap: String, title: String, count: Int) {
            self.trap = trap
            self.title = title
            self.count = count
        }
    }

    /// Nil when every lesson is finished.
    public static func next(_ catalog: [CatalogEntry], traps: [TrapTally] = []) -> Recommendation? {
        let open = catalog.filter { !$0.isFinished }.sorted { $0.id < $1.id }
        guard let first = open.first else { return nil }
        let habits = traps.filter { $0.count >= habitThreshold }.sorted { ($1.count, $0.trap) < ($0.count, $1.trap) }
        for habit in habits {
            let wanted = words(habit.trap + " " + habit.title)
            var best: (entry: CatalogEntry, overlap: Int)?
            for entry in open {
                let overlap = wanted.intersection(words(entry.topic + " " + entry.title)).count
                if overlap > 0, overlap > (best?.overlap ?? 0) { best = (entry, overlap) }
            }
            if let best { return Recommendation(lesson: best.entry.id, reason: .habit(trap: habit.trap, times: habit.count)) }
        }
        return Recommendation(lesson: first.id, reason: .path(stage: first.stage))
    }

    /// Content words, lower-cased and crudely stemmed (`privileges` and `privilege` meet).
    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = [
            "with", "from", "that", "this", "into", "only", "every", "than", "when", "after", "before", "their", "there",
            "what", "which", "while", "without", "table", "tables", "database", "databases", "data", "role", "roles", "session", "sessions",
        ]
        var out: Set<String> = []
        for raw in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            var word = String(raw)
            guard word.count >= 4, !stop.contains(word), !word.allSatisfy(\.isNumber) else { continue }
            for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
                word.removeLast(suffix.count)
                break
            }
            out.insert(word)
        }
        return out
    }
}
