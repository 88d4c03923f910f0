import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct LessonPathTests {
    static let topics = [
        "Query Performance", "Locks & Transactions", "Connections & Pooling", "Replication & WAL", "Backup & Recovery",
        "Multi-Database", "Vacuum & Bloat", "HA & Failover", "Migrations & Releases", "Security & Access",
        "Observability", "Incident Control",
    ]
    static let perStage = [7, 6, 6, 6, 5, 5, 6, 6, 7, 6, 5, 5]

    /// A catalog shaped like CURRICULUM.md: 70 lessons over 12 stages.
    static func catalog(best: [String: Int] = [:]) -> [CatalogEntry] {
        var entries: [CatalogEntry] = []
        for (stageIndex, count) in perStage.enumerated() {
            let stage = "stage-" + (stageIndex < 9 ? "0" : "") + "\(stageIndex + 1)"
            for n in 1...count {
                let id = "\(stage)/0\(n)-lesson-\(stageIndex + 1)-\(n)"
                entries.append(
                    CatalogEntry(
                        id: id, title: "Lesson \(n) of \(topics[stageIndex])", topic: topics[stageIndex], level: 1 + (n % 5),
                        duration: "\(10 + n) min", best: best[id]))
            }
        }
        return entries
    }

    @Test func theCatalogHasSeventyLessons() {
        #expect(Self.catalog().count == 70)
    }

    @Test(
        arguments: [
            ([:], "stage-01/01-lesson-1-1"),
            (["stage-01/01-lesson-1-1": 100], "stage-01/02-lesson-1-2"),
            (["stage-01/01-lesson-1-1": 69], "stage-01/01-lesson-1-1"),
            (Dictionary(uniqueKeysWithValues: (1...7).map { ("stage-01/0\($0)-lesson-1-\($0)", 70) }), "stage-02/01-lesson-2-1"),
            (["stage-01/02-lesson-1-2": 90], "stage-01/01-lesson-1-1"),
        ] as [([String: Int], String)])
    func followsThePath(_ best: [String: Int], _ expected: String) {
        let next = LessonPath.next(Self.catalog(best: best))
        #expect(next?.lesson == expected)
        #expect(next?.reason == .path(stage: String(expected.prefix(8))))
    }

    @Test func everythingDoneMeansNoNextLesson() {
        let all = Dictionary(uniqueKeysWithValues: Self.catalog().map { ($0.id, 100) })
        #expect(LessonPath.next(Self.catalog(best: all)) == nil)
    }

    @Test func aHabitOfTheSameTrapPointsAtALessonAboutIt() {
        var catalog = Self.catalog()
        catalog.append(
            CatalogEntry(
                id: "stage-10/07-superuser-for-the-app", title: "Superuser powers for the application", topic: "Security & Access",
                level: 3, duration: "15 min"))
        let habit = LessonPath.TrapTally(trap: "app_user_superpowers", title: "Gave app_user superuser powers", count: 2)
        #expect(
            LessonPath.next(catalog, traps: [habit])
                == .init(lesson: "stage-10/07-superuser-for-the-app", reason: .habit(trap: "app_user_superpowers", times: 2)))
        // Once is not a habit.
        var once = habit
        once.count = 1
        #expect(LessonPath.next(catalog, traps: [once])?.reason == .path(stage: "stage-01"))
        // A habit no lesson is about leaves the path as it is.
        let unmatched = LessonPath.TrapTally(trap: "zzz_qqq", title: "Xyzzy frobnicated", count: 5)
        #expect(LessonPath.next(catalog, traps: [unmatched])?.reason == .path(stage: "stage-01"))
    }

    @Test(
        arguments: [
            ("app_user_superpowers", ["superpower", "user"]), ("Terminated the writers", ["terminat", "writer"]),
            ("the of and 2026", []), ("Privileges", ["privileg"]),
        ] as [(String, Set<String>)])
    func words(_ text: String, _ expected: Set<String>) {
        #expect(LessonPath.words(text) == expected)
    }

    @Test func listingAtSeventyLessonsGroupsByStage() {
        let best = ["stage-01/01-lesson-1-1": 100, "stage-01/02-lesson-1-2": 40]
        let catalog = Self.catalog(best: best)
        let text = LessonCatalogListing.text(catalog, next: LessonPath.next(catalog)) { "lesson-" + $0.suffix(3) }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(" · ") && $0.contains(" done") }.count == 12, "one table per stage")
        #expect(lines.contains { $0.contains("stage-01 · Query Performance · 1 of 7 done") })
        #expect(lines.filter { $0.hasPrefix(" ▶ |") }.count == 1, "exactly one next marker")
        #expect(lines.contains { $0.hasPrefix(" ▶ | 02-lesson-1-2 ") && $0.hasSuffix("|   40") })
        #expect(lines.contains { $0.hasPrefix(" ✓ | 01-lesson-1-1 ") && $0.hasSuffix("|  100") })
        #expect(text.contains("1 of 70 lessons done"))
        #expect(text.contains("▶ Next: stage-01/02-lesson-1-2 — pgcoach start lesson-1-2"))
        #expect(lines.allSatisfy { $0.count < 110 }, "fits a terminal")
    }
}
