import Sandbox

/// The command-line choices about the embedded server, shared by every subcommand.
public struct SandboxSettings: Sendable {
    public var pgBin: String?
    public var runAs: String?
    /// `--server CONNINFO`: run lessons on this server instead of a private sandbox.
    public var server: String?
    /// `--force`: allow lesson setup on a server that already has databases.
    public var force: Bool

    public init(pgBin: String? = nil, runAs: String? = nil, server: String? = nil, force: Bool = false) {
        self.pgBin = pgBin
        self.runAs = runAs
        self.server = server
        self.force = force
    }

    /// The same choices as arguments for a child `pgcoach` (the self-test's paths).
    var childArguments: [String] {
        var arguments: [String] = []
        if let pgBin { arguments += ["--pg-bin", pgBin] }
        if let runAs { arguments += ["--run-as", runAs] }
        return arguments
    }

    var options: SandboxOptions {
        var options = SandboxOptions()
        options.pgBin = pgBin
        options.runAs = runAs
        return options
    }
}
