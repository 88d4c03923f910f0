import CShims
import Foundation
import LineEditing
import PGCoachCore

/// `pgcoach lesson check [LESSON...]`: the author's self-test. For every lesson, each from a
/// fresh sandbox: the golden path scores 100, doing nothing fails every fix check, and each
/// trap path triggers its trap and costs points.
public enum LessonCheckRunner {
    public static func run(lessons names: [String], settings: SandboxSettings, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        pgcoach_signals_install()
        let catalog: LessonCatalog
        var ids: [String]
        do {
            catalog = try LessonCatalog.locate()
            ids = try names.map { try catalog.resolve($0) }
            if ids.isEmpty { ids = catalog.lessonIDs() }
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 2
        }
        if ids.isEmpty {
            output.errorLine("pgcoach: no lessons found in \(catalog.lessonsRoot)")
            return 2
        }
        var failures = 0
        var passes = 0
        for id in ids {
            output.line("\(id)")
            let lesson: Lesson
            let source: String
            do {
                lesson = try catalog.load(id)
                source = try LessonLoader.readText(catalog.folder(of: id) + "/lesson.yaml")
            } catch {
                output.line("  FAIL  loads: \(error)")
                failures += 1
                continue
            }
            var paths: [(String, String, (Scorecard) -> String?)] = []
            if let golden = lesson.paths.golden {
                paths.append(("golden path scores 100", golden, { card in
                    card.total == 100 ? nil : "scored \(card.total): \(card.detect.reason) \(card.fix.reason) \(card.trap.reason)"
                }))
            } else {
                output.line("  FAIL  golden path: none declared (paths.golden)")
                failures += 1
            }
            if let noop = lesson.paths.noop {
                paths.append(("doing nothing fails every fix check", noop, { card in
                    let passing = card.checks.filter(\.value).map(\.key).sorted()
                    return passing.isEmpty ? nil : "these checks pass without a fix: \(passing.joined(separator: ", "))"
                }))
            } else {
                output.line("  FAIL  no-op path: none declared (paths.noop)")
                failures += 1
            }
            for trap in lesson.traps {
                guard let script = lesson.paths.traps[trap.id] else {
                    output.line("  FAIL  trap \(trap.id): no trap path declared (paths.traps.\(trap.id))")
                    failures += 1
                    continue
                }
                paths.append(("trap path \(trap.id) triggers it and costs points", script, { card in
                    if !card.traps.contains(trap.id) { return "trap not triggered (triggered: \(card.traps.joined(separator: ", ")))" }
                    if card.total >= 100 { return "triggered but the score is still \(card.total)" }
                    return nil
                }))
            }
            for (title, script, judge) in paths {
                let path = catalog.folder(of: id) + "/" + script
                let started = ContinuousClock.now
                switch runScript(lesson: lesson, source: source, path: path, settings: settings) {
                case .success(let card):
                    let seconds = TimingFormat.formatFixed(ReplSession.milliseconds(ContinuousClock.now - started) / 1000, decimals: 2)
                    if let problem = judge(card) {
                        output.line("  FAIL  \(title): \(problem) [\(script)]")
                        failures += 1
                    } else {
                        output.line("  ok    \(title) (\(seconds) s)")
                        passes += 1
                    }
                case .failure(let message):
                    output.line("  FAIL  \(title): \(message) [\(script)]")
                    failures += 1
                }
                output.flush()
            }
        }
        output.line("\(passes) passed, \(failures) failed")
        return failures == 0 ? 0 : 1
    }

    enum ScriptResult {
        case success(Scorecard)
        case failure(String)
    }

    /// Runs one script through a whole lesson session (fresh sandbox), its output discarded.
    static func runScript(lesson: Lesson, source: String, path: String, settings: SandboxSettings) -> ScriptResult {
        let descriptor = LessonFilePolicy.openScript(path)
        guard descriptor >= 0 else { return .failure("cannot read \(path) (a regular file inside the lesson folder)") }
        defer { close(descriptor) }
        let devnull = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(devnull) }
        let quiet = ConsoleOutput(outputDescriptor: devnull, errorDescriptor: devnull)
        let outcome = LessonSessionRun.run(
            lesson: lesson, source: source, reader: PlainLineReader(descriptor: descriptor, interactive: false), output: quiet,
            settings: settings, statementTimeout: 10, wantScorecard: true)
        switch outcome {
        case .finished(_, let card?, _, _): return .success(card)
        case .finished(_, nil, _, _): return .failure("no scorecard")
        case .failed(let message, _): return .failure(message)
        }
    }
}
