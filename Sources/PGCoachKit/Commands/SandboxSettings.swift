import Sandbox

/// The command-line choices about the embedded server, shared by every subcommand.
public struct SandboxSettings: Sendable {
    public var pgBin: String?
    public var runAs: String?

    public init(pgBin: String? = nil, runAs: String? = nil) {
        self.pgBin = pgBin
        self.runAs = runAs
    }

    var options: SandboxOptions {
        var options = SandboxOptions()
        options.pgBin = pgBin
        options.runAs = runAs
        return options
    }
}
