import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Boot a sandbox, break it the lesson's way, and open the REPL.")
        @Argument(help: "Lesson id or a unique suffix of it (e.g. final-production-incident).") var lesson: String
        @Option(help: "Read input lines from FILE as if typed; exit at its end.") var script: String?
        @Option(name: .customLong("score-json"), help: "Write the final scorecard as JSON to FILE.") var scoreJSON: String?
        @Option(name: .customLong("statement-timeout"), help: "In script mode, cancel a statement still running after this many seconds.")
        var statementTimeout: Double = 10
        @Option(
            help:
                "Run the lesson on this server (a superuser conninfo) instead of a private sandbox; it must hold no databases of its own unless --force."
        )
        var server: String?
        @Flag(help: "With --server: set the lesson up even though the server already has databases.")
        var force = false
        @OptionGroup var serverOptions: ServerOptions
        func run() throws {
            var settings = serverOptions.sandboxSettings
            settings.server = server
            settings.force = force
            try finish(
                StartCommandRunner.run(
                    .init(
                        lesson: lesson, script: script, scoreJSON: scoreJSON, statementTimeout: statementTimeout,
                        sandbox: settings)))
        }
    }
}
