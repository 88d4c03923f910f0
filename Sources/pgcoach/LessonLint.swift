import ArgumentParser
import PGCoachKit

extension PGCoachCommand.LessonCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load lessons without a server: every unknown key, bad reference or missing file, with file:line.")
        @Argument(help: "Lessons to lint (default: all).") var lessons: [String] = []
        func run() throws { try finish(LessonLintRunner.run(lessons: lessons)) }
    }
}
