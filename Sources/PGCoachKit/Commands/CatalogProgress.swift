import Foundation
import TutorCore

/// The catalog joined with the learner's progress (`progress.tsv`) and their own journals.
enum CatalogProgress {
    /// The catalog, or nil after saying why it cannot be found.
    static func locate(_ output: ConsoleOutput) -> LessonCatalog? {
        do {
            return try LessonCatalog.locate()
        } catch {
            output.errorLine("pgcoach: \(error)")
            return nil
        }
    }

    /// Every lesson that loads, and how many did not (each reported on stderr).
    static func entries(_ catalog: LessonCatalog, output: ConsoleOutput) -> ([CatalogEntry], broken: Int) {
        var entries: [CatalogEntry] = []
        var broken = 0
        let progress = ProgressStore().load()
        for id in catalog.lessonIDs() {
            do {
                let lesson = try catalog.load(id)
                var traps: [String: String] = [:]
                for trap in lesson.traps { traps[trap.id] = trap.title }
                entries.append(
                    CatalogEntry(
                        id: lesson.id, title: lesson.title, topic: lesson.topic, level: lesson.level, duration: lesson.duration,
                        best: progress[lesson.id]?.best, attempts: progress[lesson.id]?.attempts ?? 0, traps: traps))
            } catch {
                broken += 1
                output.errorLine("pgcoach: skipping \(id): \(error)")
            }
        }
        return (entries, broken)
    }

    /// The traps the learner took in their own journals, counted per attempt, with titles from
    /// the catalog. Unreadable journals are simply not counted here.
    static func trapTallies(_ entries: [CatalogEntry]) -> [LessonPath.TrapTally] {
        let fm = FileManager.default
        guard fm.fileExists(atPath: JournalFile.directory) else { return [] }
        let (report, _) = ReportCommandRunner.collect([JournalFile.directory])
        var titles: [String: String] = [:]
        for entry in entries { for (id, title) in entry.traps { titles[id] = title } }
        var counts: [String: Int] = [:]
        for attempt in report.attempts { for trap in Set(attempt.traps) { counts[trap, default: 0] += 1 } }
        return counts.map { LessonPath.TrapTally(trap: $0.key, title: titles[$0.key] ?? "", count: $0.value) }
    }

    /// The shortest name `pgcoach start` accepts for a lesson: its slug when that is unique.
    static func startName(_ id: String, in catalog: LessonCatalog) -> String {
        let last = id.split(separator: "/").last.map(String.init) ?? id
        let slug = last.drop { $0.isNumber }.drop { $0 == "-" }
        if !slug.isEmpty, (try? catalog.resolve(String(slug))) == id { return String(slug) }
        return id
    }
}
