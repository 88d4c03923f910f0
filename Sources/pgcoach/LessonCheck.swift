import ArgumentParser
import PGCoachKit

extension PGCoachCommand.LessonCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Self-test lessons: golden 100, no-op fails, traps trigger, alternatives and graded paths score as declared.")
        @Argument(help: "Lessons to check (default: all).") var lessons: [String] = []
        @Option(help: "Paths run at once (each its own sandbox).") var jobs: Int = 2
        @OptionGroup var server: ServerOptions
        func run() throws {
            try finish(LessonCheckRunner.run(lessons: lessons, jobs: jobs, settings: server.sandboxSettings))
        }
    }
}
