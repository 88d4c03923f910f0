import ArgumentParser
import PGCoachKit

extension PGCoachCommand.LessonCommand {
    struct Script: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the script a path composes from its steps (golden, noop, trap:ID, alternative:NAME, graded:NAME).")
        @Argument(help: "The lesson.") var lesson: String
        @Argument(help: "The path.") var path: String = "golden"
        func run() throws { try finish(LessonScriptRunner.run(lesson: lesson, path: path)) }
    }
}
