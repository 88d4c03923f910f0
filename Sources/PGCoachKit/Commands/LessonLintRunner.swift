import Foundation
import PsqlCore

/// `pgcoach lesson lint [LESSON...]`: loads lessons without a server, so an author sees every
/// unknown key, bad reference or missing file (with file:line) in a second.
public enum LessonLintRunner {
    public static func run(lessons names: [String], output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        guard let selection = LessonSelection.resolve(names, output: output) else { return 2 }
        let (catalog, ids) = selection
        var passed = 0
        var failed = 0
        for id in ids {
            do {
                let lesson = try catalog.load(id)
                let files = LessonFiles(folder: catalog.folder(of: id), root: catalog.lessonsRoot)
                let (runs, problems) = LessonCheckRunner.paths(of: lesson, files: files)
                if problems.isEmpty {
                    output.line("ok    \(id) (\(runs.count) paths)")
                    passed += 1
                } else {
                    for problem in problems { output.line("FAIL  \(id): \(problem)") }
                    failed += 1
                }
            } catch {
                output.line("FAIL  \(error)")
                failed += 1
            }
        }
        output.line("\(passed) passed, \(failed) failed")
        return failed == 0 ? 0 : 1
    }
}

/// `pgcoach lesson script LESSON PATH`: the script a path composes from its steps, as
/// `lesson check` feeds it (to read it, or to run it by hand with `start --script`).
public enum LessonScriptRunner {
    public static func run(lesson name: String, path: String, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        do {
            let catalog = try LessonCatalog.locate()
            let id = try catalog.resolve(name)
            let lesson = try catalog.load(id)
            let files = LessonFiles(folder: catalog.folder(of: id), root: catalog.lessonsRoot)
            let (runs, _) = LessonCheckRunner.paths(of: lesson, files: files)
            guard let run = runs.first(where: { $0.key == path }) else {
                output.errorLine("pgcoach: \(id) has no path \(path) (paths: \(runs.map(\.key).joined(separator: ", ")))")
                return 2
            }
            output.write(run.script)
            return 0
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 2
        }
    }
}
