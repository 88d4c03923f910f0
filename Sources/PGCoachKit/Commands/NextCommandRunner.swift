import Foundation
import TutorCore

/// `pgcoach next`: the next lesson to take, why, and the command that starts it.
public enum NextCommandRunner {
    public static func run(output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        guard let catalog = CatalogProgress.locate(output) else { return 2 }
        let (entries, _) = CatalogProgress.entries(catalog, output: output)
        guard !entries.isEmpty else {
            output.errorLine("pgcoach next: the catalog has no lessons (\(catalog.lessonsRoot))")
            return 1
        }
        guard let next = LessonPath.next(entries, traps: CatalogProgress.trapTallies(entries)),
            let entry = entries.first(where: { $0.id == next.lesson })
        else {
            output.line("Every lesson is done (best score \(LessonPath.passingScore) or more). `pgcoach list` shows your scores.")
            return 0
        }
        output.line("Next: \(entry.id) — \(entry.title) (\(entry.topic), L\(entry.level), \(entry.duration))")
        output.line("Why: \(LessonCatalogListing.explain(next)).")
        if let best = entry.best { output.line("Your best so far: \(best) in \(entry.attempts) attempt\(entry.attempts == 1 ? "" : "s").") }
        output.line("Start it with: pgcoach start \(CatalogProgress.startName(entry.id, in: catalog))")
        return 0
    }
}
