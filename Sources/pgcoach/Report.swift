import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per attempt over many journals (a class, a team's drill), then per-lesson aggregates.")
        @Argument(help: "Journals, or directories searched for *.jsonl (default: your own sessions).") var paths: [String] = []
        @Option(help: "text, markdown, csv or json.") var format: String = "text"
        func run() throws { try finish(ReportCommandRunner.run(paths: paths, format: format)) }
    }
}
