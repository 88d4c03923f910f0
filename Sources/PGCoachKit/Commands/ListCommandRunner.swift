import Foundation
import TutorCore

/// `pgcoach list [--json]`: the lesson catalog, grouped by stage, with the learner's progress
/// and the next lesson marked.
public enum ListCommandRunner {
    struct Entry: Encodable {
        var id: String
        var stage: String
        var title: String
        var topic: String
        var level: Int
        var duration: String
        /// Always present: `null` when the lesson was never scored.
        // swift-format-ignore: AlwaysUseLowerCamelCase
        @NullWhenAbsent var best_score: Int?
        var attempts: Int
        var next: Bool
    }

    public static func run(json: Bool, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        guard let catalog = CatalogProgress.locate(output) else { return 2 }
        let (entries, broken) = CatalogProgress.entries(catalog, output: output)
        let next = LessonPath.next(entries, traps: CatalogProgress.trapTallies(entries))
        if json {
            let rows = entries.map {
                Entry(
                    id: $0.id, stage: $0.stage, title: $0.title, topic: $0.topic, level: $0.level, duration: $0.duration,
                    best_score: $0.best, attempts: $0.attempts, next: $0.id == next?.lesson)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(rows) {
                output.line(String(decoding: data, as: UTF8.self))
            }
        } else {
            output.write(LessonCatalogListing.text(entries, next: next) { CatalogProgress.startName($0, in: catalog) })
        }
        return broken == 0 ? 0 : 1
    }
}
