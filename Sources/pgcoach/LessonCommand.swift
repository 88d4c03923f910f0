import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct LessonCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lesson", abstract: "Lesson authoring tools.", subcommands: [Check.self, Lint.self, New.self, Script.self])
    }
}
