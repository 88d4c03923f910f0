import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct ListLessons: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The lesson catalog: id, title, topic, level, duration, best score.")
        @Flag(help: "Print the catalog as JSON.") var json = false
        func run() throws { try finish(ListCommandRunner.run(json: json)) }
    }
}
