import Foundation
import LineEditing
import TutorCore

/// `pgcoach grade JOURNAL [--json]`: replays the learner's inputs from a journal in a fresh
/// sandbox of the same lesson, scores them again, and flags any difference from the recorded
/// scorecard (a tampered or non-deterministic session).
public enum GradeCommandRunner {
    struct Report: Encodable {
        var lesson: String
        var recorded: Scorecard?
        var regraded: Scorecard
        var matches: Bool
    }

    public static func run(journal: String, json: Bool, settings: SandboxSettings, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        let contents: JournalFile.Contents
        do {
            contents = try JournalFile.read(journal)
        } catch {
            output.errorLine("pgcoach grade: \(error)")
            return 2
        }
        guard let lessonID = contents.events.first(where: { $0.kind == .sessionStart })?.lesson else {
            output.errorLine("pgcoach grade: \(journal) is a `pgcoach connect` session: there is no lesson to grade")
            return 2
        }
        let lesson: Lesson
        let source: String
        do {
            let catalog = try LessonCatalog.locate()
            let id = try catalog.resolve(lessonID)
            lesson = try catalog.load(id)
            source = try LessonLoader.readText(catalog.folder(of: id) + "/lesson.yaml")
        } catch {
            output.errorLine("pgcoach grade: \(error)")
            return 2
        }
        let script = replayScript(contents.events)
        let recorded = contents.events.last { $0.kind == .scorecard }?.scorecard
        let devnull = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(devnull) }
        let quiet = ConsoleOutput(outputDescriptor: devnull, errorDescriptor: devnull)
        let outcome = LessonSessionRun.run(
            lesson: lesson, source: source, reader: PlainLineReader(text: script), output: quiet, settings: settings,
            // A scored journal is compared with the replay's last scorecard (of whichever
            // attempt); an unscored one is scored at the end of the replay.
            statementTimeout: 10, wantScorecard: recorded == nil)
        guard case .finished(_, let regraded?, _, _, _) = outcome else {
            if case .failed(let message, _) = outcome { output.errorLine("pgcoach grade: \(message)") }
            return 1
        }
        let matches =
            recorded.map {
                $0.total == regraded.total && $0.traps == regraded.traps && $0.checks == regraded.checks
                    && $0.milestones == regraded.milestones
            } ?? false
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(Report(lesson: lesson.id, recorded: recorded, regraded: regraded, matches: matches)) {
                output.line(String(decoding: data, as: UTF8.self))
            }
        } else {
            output.line("Lesson:    \(lesson.id)")
            output.line("Recorded:  \(recorded.map { summary($0) } ?? "no scorecard in the journal")")
            output.line("Regraded:  \(summary(regraded))")
            output.line(
                matches
                    ? "The regraded score matches the recorded one."
                    : recorded == nil
                        ? "The session was never scored; the regraded score stands alone."
                        : "DIFFERENT: the replay does not reproduce the recorded score (edited journal, or a session that depended on timing)."
            )
            for note in contents.notes { output.line("Note: \(note)") }
        }
        return matches || recorded == nil ? 0 : 1
    }

    static func summary(_ card: Scorecard) -> String {
        "\(card.total)/100 (detect \(card.detect.score)/\(card.detect.max), fix \(card.fix.score)/\(card.fix.max), trap \(card.trap.score)/\(card.trap.max); traps: \(card.traps.isEmpty ? "none" : card.traps.joined(separator: ", ")))"
    }

    /// The learner's inputs as a script: statements as sent (a statement sent with `\g` gets
    /// its `\g` back), meta-commands as typed; `\export`, `\note` (never scored) and quitting are left out.
    static func replayScript(_ events: [JournalEvent]) -> String {
        var lines: [String] = []
        for event in events where event.kind == .input {
            guard let input = event.input else { continue }
            if event.inputKind == .metaCommand {
                let name = input.dropFirst().split(separator: " ").first.map(String.init) ?? ""
                if ["export", "note", "q", "quit"].contains(name) { continue }
                lines.append(input)
            } else {
                lines.append(input)
                if !input.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(";") { lines.append("\\g") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
