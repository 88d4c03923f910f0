import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replay a journal's SQL in a fresh sandbox and score it again.")
        @Argument(help: "A session journal (.jsonl).") var transcript: String
        @Flag(help: "Print the scorecard as JSON.") var json = false
        @OptionGroup var server: ServerOptions
        func run() throws { try finish(GradeCommandRunner.run(journal: transcript, json: json, settings: server.sandboxSettings)) }
    }
}
