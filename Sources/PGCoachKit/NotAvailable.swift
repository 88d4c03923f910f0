/// The answer of a subcommand whose engine is not built yet.
public enum NotAvailable {
    public static func report(_ command: String, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        output.errorLine(
            "pgcoach \(command): not available yet in this build; `pgcoach connect` gives the REPL on a fresh sandbox.")
        return 2
    }
}
