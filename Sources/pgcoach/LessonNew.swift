import ArgumentParser
import PGCoachKit

extension PGCoachCommand.LessonCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scaffold a lesson (lesson.yaml, paths, hints) that lesson check runs once filled in.")
        @Argument(help: "The new lesson's id, e.g. stage-02/01-blocking-row-lock.") var id: String
        func run() throws { try finish(LessonScaffold.run(id: id)) }
    }
}
