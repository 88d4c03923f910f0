import CSignals
import Foundation
import PsqlCore
import Sandbox
import TutorCore

/// `pgcoach lesson check [LESSON...] [--jobs N]`: the author's self-test. For every lesson,
/// each path from a fresh sandbox: the golden path scores 100, doing nothing fails every fix
/// check and earns nothing, each trap path triggers its trap and costs points, each alternative
/// earns full Fix with no trap, and each graded path lands in its declared range.
///
/// Every path runs as its own `pgcoach start --script` process (journals kept out of the
/// user's own), `--jobs` at a time; a lesson's golden path runs first, alone, so the lesson
/// cluster is cached once before its other paths start from it (`PathQueue`).
public enum LessonCheckRunner {
    /// One path to run and how to judge its scorecard.
    struct PathRun: Sendable {
        var lesson: String
        /// `golden`, `noop`, `trap:ID`, `alternative:NAME`, `graded:NAME`.
        var key: String
        var title: String
        var parts: [String]
        var script: String
        var judge: @Sendable (Scorecard) -> String?
    }

    enum PathResult: Sendable {
        case passed(seconds: Double)
        case failed(String)
    }

    public static func run(
        lessons names: [String], jobs: Int = 2, settings: SandboxSettings, output: ConsoleOutput = ConsoleOutput()
    ) -> Int32 {
        pgcoach_signals_install()
        guard let selection = LessonSelection.resolve(names, output: output) else { return 2 }
        let (catalog, ids) = selection
        if ids.isEmpty {
            output.errorLine("pgcoach: no lessons found in \(catalog.lessonsRoot)")
            return 2
        }
        let work: String
        do {
            work = try TemporaryFolder.make(prefix: "pgcoach-check")
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 1
        }
        defer { try? FileManager.default.removeItem(atPath: work) }

        let started = ContinuousClock.now
        var failures = 0
        var firsts: [PathRun] = []
        var rests: [PathRun] = []
        var loadProblems: [String: [String]] = [:]
        for id in ids {
            let lesson: Lesson
            do {
                lesson = try catalog.load(id)
            } catch {
                loadProblems[id, default: []].append("FAIL  loads: \(error)")
                failures += 1
                continue
            }
            let files = LessonFiles(folder: catalog.folder(of: id), root: catalog.lessonsRoot)
            let (runs, problems) = paths(of: lesson, files: files)
            loadProblems[id, default: []] += problems.map { "FAIL  \($0)" }
            failures += problems.count
            if let first = runs.first { firsts.append(first) }
            rests += runs.dropFirst()
        }
        let runner = PathRunner(catalog: catalog, settings: settings, work: work, jobs: max(1, jobs))
        let results = runner.run(firsts: firsts, rests: rests)

        var passes = 0
        for id in ids {
            output.line(id)
            for problem in loadProblems[id] ?? [] { output.line("  " + problem) }
            var lessonSeconds = 0.0
            for run in (firsts + rests).filter({ $0.lesson == id }) {
                switch results[run.title + "\u{0}" + id] {
                case .passed(let seconds)?:
                    lessonSeconds += seconds
                    output.line("  ok    \(run.title) (\(TimingFormat.formatFixed(seconds, decimals: 2)) s)")
                    passes += 1
                case .failed(let message)?:
                    output.line("  FAIL  \(run.title): \(message) [\(run.parts.joined(separator: " + "))]")
                    failures += 1
                case nil:
                    output.line("  FAIL  \(run.title): did not run")
                    failures += 1
                }
            }
            output.line("  (\(TimingFormat.formatFixed(lessonSeconds, decimals: 2)) s of sessions)")
            output.flush()
        }
        let wall = ReplSession.milliseconds(ContinuousClock.now - started) / 1000
        output.line(
            "lesson check: \(ids.count) lesson\(ids.count == 1 ? "" : "s") in \(TimingFormat.formatFixed(wall, decimals: 1)) s with \(max(1, jobs)) job\(jobs == 1 ? "" : "s")"
        )
        output.line("\(passes) passed, \(failures) failed")
        return failures == 0 ? 0 : 1
    }

    /// The paths a lesson declares, as runs with their judges, and the problems of the
    /// declaration itself (a missing golden path, a trap without a path).
    static func paths(of lesson: Lesson, files: LessonFiles) -> ([PathRun], [String]) {
        var runs: [PathRun] = []
        var problems: [String] = []
        func add(_ key: String, _ title: String, _ parts: [String], _ judge: @escaping @Sendable (Scorecard) -> String?) {
            var script = ""
            for file in lesson.paths.files(of: parts) {
                do {
                    script += try files.read(file)
                    if !script.hasSuffix("\n") { script += "\n" }
                } catch {
                    problems.append("\(title): \(error)")
                    return
                }
            }
            runs.append(PathRun(lesson: lesson.id, key: key, title: title, parts: parts, script: script, judge: judge))
        }
        if lesson.paths.golden.isEmpty {
            problems.append("golden path: none declared (paths.golden)")
        } else {
            add("golden", "golden path scores 100", lesson.paths.golden) { card in
                card.total == 100 ? nil : "scored \(card.total): \(card.detect.reason) \(card.fix.reason) \(card.trap.reason)"
            }
        }
        if lesson.paths.noop.isEmpty {
            problems.append("no-op path: none declared (paths.noop)")
        } else {
            add("noop", "doing nothing fails every fix check and earns nothing", lesson.paths.noop) { card in
                let passing = card.checks.filter(\.value).map(\.key).sorted()
                if !passing.isEmpty { return "these checks pass without a fix: \(passing.joined(separator: ", "))" }
                if card.trap.score != 0 { return "earned \(card.trap.score) Trap points without repairing anything" }
                return nil
            }
        }
        for trap in LessonLoader.triggerableTrapIDs(lesson) {
            guard let parts = lesson.paths.traps[trap] else {
                problems.append("trap \(trap): no trap path declared (paths.traps.\(trap))")
                continue
            }
            add("trap:\(trap)", "trap path \(trap) triggers it and costs points", parts) { card in
                if !card.traps.contains(trap) { return "trap not triggered (triggered: \(card.traps.joined(separator: ", ")))" }
                if card.total >= 100 { return "triggered but the score is still \(card.total)" }
                return nil
            }
        }
        for (name, parts) in lesson.paths.alternatives.sorted(by: { $0.key < $1.key }) {
            add("alternative:\(name)", "alternative \(name) earns full Fix with no trap", parts) { card in
                if card.fix.score != card.fix.max { return "Fix \(card.fix.score)/\(card.fix.max): \(card.fix.reason)" }
                if !card.traps.isEmpty { return "shortcuts: \(card.trap.reason)" }
                return nil
            }
        }
        for graded in lesson.paths.graded {
            add(
                "graded:\(graded.name)", "graded \(graded.name) scores \(graded.total.lowerBound)..\(graded.total.upperBound)", graded.parts
            ) { card in
                if !graded.total.contains(card.total) {
                    return "scored \(card.total): \(card.detect.reason) \(card.fix.reason) \(card.trap.reason)"
                }
                let missing = graded.traps.filter { !card.traps.contains($0) }
                if !missing.isEmpty { return "expected traps not triggered: \(missing.joined(separator: ", "))" }
                return nil
            }
        }
        return (runs, problems)
    }
}

/// Runs paths as child `pgcoach start` processes, `jobs` at a time.
struct PathRunner: Sendable {
    let catalog: LessonCatalog
    let settings: SandboxSettings
    let work: String
    let jobs: Int

    /// Runs every path, `jobs` at a time: a lesson's `rests` once its path in `firsts` has ended.
    func run(firsts: [LessonCheckRunner.PathRun], rests: [LessonCheckRunner.PathRun]) -> [String: LessonCheckRunner.PathResult] {
        let results = ResultBox()
        let queue = PathQueue(firsts: firsts, rests: rests) { $0.lesson }
        let group = DispatchGroup()
        for _ in 0..<jobs {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                while let (run, index, opens) = queue.take() {
                    if pgcoach_terminate_signal() != 0 {
                        queue.close()
                        return
                    }
                    results.set(run.title + "\u{0}" + run.lesson, self.runOne(run, index: index))
                    queue.finished(opening: opens)
                }
            }
        }
        group.wait()
        return results.all
    }

    private func runOne(_ run: LessonCheckRunner.PathRun, index: Int) -> LessonCheckRunner.PathResult {
        let tag = "\(index)-\(UUID().uuidString.prefix(8))"
        let script = work + "/path-\(tag).sql"
        let scoreFile = work + "/score-\(tag).json"
        let errors = work + "/stderr-\(tag).txt"
        let state = work + "/state-\(tag)"
        do {
            try run.script.write(toFile: script, atomically: true, encoding: .utf8)
        } catch {
            return .failed("cannot write the path script: \(error)")
        }
        let output = work + "/output-\(tag).txt"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments =
            ["start", run.lesson, "--script", script, "--score-json", scoreFile, "--statement-timeout", "10"]
            + settings.childArguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGCOACH_HOME"] = catalog.home
        // The self-test's sessions are not the user's: keep their journals and progress apart.
        environment["XDG_STATE_HOME"] = state
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: errors)
        let started = ContinuousClock.now
        do {
            try process.run()
        } catch {
            return .failed("cannot run \(Self.executable): \(error)")
        }
        // A path that hangs (a bug in pgcoach or the lesson) fails alone, with its reason,
        // instead of holding the whole self-test (and CI) until an outer timeout.
        let watchdog = ProgramWatchdog(gracePeriod: 5)  // SIGTERM: the path's sandbox is removed
        watchdog.arm(pid: process.processIdentifier, after: Self.pathTimeLimit)
        process.waitUntilExit()
        let seconds = ReplSession.milliseconds(ContinuousClock.now - started) / 1000
        if watchdog.disarm() {
            return .failed("still running after \(Int(Self.pathTimeLimit)) s: stopped (a hang)")
        }
        guard let data = FileManager.default.contents(atPath: scoreFile),
            let card = try? JSONDecoder().decode(Scorecard.self, from: data)
        else {
            let tail =
                (try? String(contentsOfFile: errors, encoding: .utf8))?
                .split(separator: "\n").suffix(3).joined(separator: " / ") ?? ""
            return .failed("no scorecard (exit \(process.terminationStatus)): \(tail)")
        }
        if let problem = run.judge(card) {
            // The errors the session met usually explain an unexpected score.
            let printed = [errors, output].compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: "\n")
            let errorsSeen = printed.split(separator: "\n").filter { $0.hasPrefix("ERROR:") || $0.hasPrefix("FATAL:") }
                .prefix(Self.shownErrors).map { "\n        ! " + $0 }.joined()
            return .failed(problem + errorsSeen)
        }
        return .passed(seconds: seconds)
    }

    static let shownErrors = 5
    /// How long one path may run: the slowest take some 20 s on two loaded cores.
    static let pathTimeLimit: Double = 240

    /// This very binary (the child runs the same code), even if its file was replaced or
    /// deleted since it started: /proc/self/exe still opens the running image.
    static var executable: String {
        FileManager.default.isExecutableFile(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
    }
}

/// Path results collected from several threads.
final class ResultBox: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var results: [String: LessonCheckRunner.PathResult] = [:]

    func set(_ key: String, _ result: LessonCheckRunner.PathResult) {
        lock.withLock { results[key] = result }
    }

    var all: [String: LessonCheckRunner.PathResult] { lock.withLock { results } }
}

/// A private (0700) folder under the temporary directory.
enum TemporaryFolder {
    static func make(prefix: String) throws -> String {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!).map { String(cString: $0) } }
        guard let made else { throw CatalogError(message: "cannot create a temporary folder: \(String(cString: strerror(errno)))") }
        return made
    }
}
