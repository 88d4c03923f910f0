import ArgumentParser
import PGCoachKit

/// The `pgcoach` command line: argument parsing and wiring only; the work lives in PGCoachKit.
@main
struct PGCoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pgcoach",
        abstract: "Learn PostgreSQL incident response on a real, broken, private PostgreSQL.",
        version: PGCoachVersion.current,
        subcommands: [
            ListLessons.self, Next.self, Start.self, Connect.self, Export.self, Report.self, Grade.self,
            LessonCommand.self, Doctor.self,
        ]
    )
}

/// Options that choose and run the embedded PostgreSQL.
struct ServerOptions: ParsableArguments {
    @Option(name: .customLong("pg-bin"), help: "Directory holding the PostgreSQL server binaries (initdb, postgres).")
    var pgBin: String?

    @Option(name: .customLong("run-as"), help: "Unprivileged account that runs the server when pgcoach runs as root (default: postgres).")
    var runAs: String?

    var sandboxSettings: SandboxSettings {
        SandboxSettings(pgBin: pgBin, runAs: runAs)
    }
}

/// Exits with the code a PGCoachKit entry point returned.
func finish(_ code: Int32) throws {
    if code != 0 { throw ExitCode(code) }
}
