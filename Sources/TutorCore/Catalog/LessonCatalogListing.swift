import PsqlCore

/// `pgcoach list`: the catalog grouped by stage, one psql-aligned table per stage, with a mark
/// on finished lessons (`✓`) and on the next one to take (`▶`), and each stage's progress in
/// its title, so seventy lessons still read at a glance.
public enum LessonCatalogListing {
    public static func text(_ catalog: [CatalogEntry], next: LessonPath.Recommendation?, startName: (String) -> String = { $0 }) -> String {
        var stages: [String: [CatalogEntry]] = [:]
        for entry in catalog { stages[entry.stage, default: []].append(entry) }
        var buffer = OutputBuffer()
        for stage in stages.keys.sorted() {
            let entries = (stages[stage] ?? []).sorted { $0.id < $1.id }
            let done = entries.filter(\.isFinished).count
            var options = PrintOptions()
            options.title = "\(stage) · \(topics(entries)) · \(done) of \(entries.count) done"
            options.showRowCount = false
            let rows: [[String?]] = entries.map { e in
                let mark = e.id == next?.lesson ? "▶" : (e.isFinished ? "✓" : "")
                return [mark, e.name, e.title, "L\(e.level)", e.duration, e.best.map(String.init) ?? "—"]
            }
            TablePrinter(options: options).render(
                headers: ["", "Lesson", "Title", "Level", "Duration", "Best"],
                alignments: [.left, .left, .left, .left, .left, .right], rows: rows, into: &buffer)
        }
        var out = buffer.text
        let done = catalog.filter(\.isFinished).count
        out += "\(done) of \(catalog.count) lesson\(catalog.count == 1 ? "" : "s") done (best score \(LessonPath.passingScore) or more).\n"
        if let next {
            out += "▶ Next: \(next.lesson) — pgcoach start \(startName(next.lesson))\n"
        } else if !catalog.isEmpty {
            out += "Every lesson is done. Start any again with: pgcoach start <lesson>\n"
        }
        return out
    }

    /// Why `next` chose a lesson, in a sentence.
    public static func explain(_ recommendation: LessonPath.Recommendation) -> String {
        switch recommendation.reason {
        case .path(let stage):
            return "the first lesson not yet done (best score under \(LessonPath.passingScore)) in \(stage), the lowest stage with one left"
        case .habit(let trap, let times):
            return "you took the trap \(trap) in \(times) attempts; this lesson is about that"
        }
    }

    /// The stage's topics, most common first.
    static func topics(_ entries: [CatalogEntry]) -> String {
        var counts: [String: Int] = [:]
        for e in entries where !e.topic.isEmpty { counts[e.topic, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key).joined(separator: " / ")
    }
}
