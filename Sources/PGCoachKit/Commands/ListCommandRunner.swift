import Foundation
import PGCoachCore

/// `pgcoach list [--json]`: the lesson catalog.
public enum ListCommandRunner {
    struct Entry: Codable {
        var id: String
        var title: String
        var topic: String
        var level: Int
        var duration: String
        var best_score: Int?
        var attempts: Int
    }

    public static func run(json: Bool, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        let catalog: LessonCatalog
        do {
            catalog = try LessonCatalog.locate()
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 2
        }
        var entries: [Entry] = []
        var broken = 0
        let progress = ProgressStore().load()
        for id in catalog.lessonIDs() {
            do {
                let lesson = try catalog.load(id)
                entries.append(Entry(
                    id: lesson.id, title: lesson.title, topic: lesson.topic, level: lesson.level, duration: lesson.duration,
                    best_score: progress[lesson.id]?.best, attempts: progress[lesson.id]?.attempts ?? 0))
            } catch {
                broken += 1
                output.errorLine("pgcoach: skipping \(id): \(error)")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(entries) {
                output.line(String(decoding: data, as: UTF8.self))
            }
        } else {
            let rows = entries.map { e -> [String?] in
                [e.id, e.title, e.topic, "L\(e.level)", e.duration, e.best_score.map(String.init) ?? "—"]
            }
            var options = PrintOptions()
            options.title = "pgcoach lessons"
            options.showRowCount = false
            var buffer = OutputBuffer()
            TablePrinter(options: options).render(
                headers: ["Lesson", "Title", "Topic", "Level", "Duration", "Best"],
                alignments: [.left, .left, .left, .left, .left, .right], rows: rows, into: &buffer)
            output.write(buffer.text)
            output.line("Start one with: pgcoach start <lesson or a unique end of its id>")
        }
        return broken == 0 ? 0 : 1
    }
}
