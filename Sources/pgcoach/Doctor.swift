import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check PostgreSQL binaries, versions, the cached template and stale sandboxes.")

        @Flag(help: "Remove stale sandboxes (and stop their servers), partial template builds, old lesson clusters and ready copies.")
        var clean = false

        @OptionGroup var server: ServerOptions

        func run() throws {
            try finish(DoctorReport.run(settings: server.sandboxSettings, clean: clean))
        }
    }
}
