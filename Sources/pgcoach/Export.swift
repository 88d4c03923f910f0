import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render a journaled session for a reviewer.")
        @Argument(help: "A session journal (.jsonl).") var transcript: String
        @Option(help: "markdown, json or html (one self-contained page with a timeline).") var format: String = "markdown"
        @Option(name: .shortAndLong, help: "Write to FILE instead of transcripts/.") var output: String?
        func run() throws { try finish(TranscriptExport.run(journal: transcript, format: format, output: output)) }
    }
}
