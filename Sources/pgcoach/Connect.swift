import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Connect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The pgcoach REPL against any server, tutor off (a psql-like client).",
            discussion: """
                Without CONNINFO, pgcoach starts a fresh private sandbox and connects to it; the \
                sandbox is removed when you leave. CONNINFO is a libpq connection string or URI; \
                PG* environment variables fill in what it leaves out (pass "" to use only them).
                """
        )

        @Argument(help: "libpq connection string or URI, e.g. \"host=/tmp port=5432 dbname=app\".")
        var conninfo: String?

        @OptionGroup var server: ServerOptions

        func run() throws {
            try finish(ConnectCommandRunner.run(conninfo: conninfo, sandbox: server.sandboxSettings))
        }
    }
}
