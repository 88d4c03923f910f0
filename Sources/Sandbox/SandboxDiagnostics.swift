import Foundation

/// What `pgcoach doctor` reports about the sandbox machinery, gathered without starting or
/// changing anything.
public struct SandboxDiagnostics: Sendable {
    /// The server binaries found, or why none were.
    public let installation: Result<PostgresInstallation, SandboxError>
    /// The account the server would run as, or why there is none.
    public let account: Result<ServerAccount, SandboxError>
    /// The template cache directory.
    public let cacheDirectory: String?
    /// The runtime directory sandboxes are created in.
    public let runtimeDirectory: String?
    /// The template for the installation found (check `isPresent`), nil without installation.
    public let template: TemplateCluster?
    /// Sandboxes left by dead pgcoach processes (`StaleSandboxes.clean()` removes them).
    public let staleSandboxes: [StaleSandbox]
    /// Partial template builds left by a pgcoach killed during initdb (`cleanTemplateBuilds`).
    public var leakedTemplateBuilds: [String] = []

    /// Gathers the report for `options`.
    public static func collect(_ options: SandboxOptions = SandboxOptions()) -> SandboxDiagnostics {
        let installation = outcome(of: "finding PostgreSQL") {
            try PostgresInstallation.locate(explicit: options.pgBin, environment: options.environment)
        }
        let account = outcome(of: "choosing the server account") { try ServerAccount.resolve(requested: options.runAs) }
        guard case .success(let resolvedAccount) = account else {
            return SandboxDiagnostics(
                installation: installation, account: account, cacheDirectory: nil, runtimeDirectory: nil,
                template: nil, staleSandboxes: [])
        }
        let locations = SandboxLocations(options: options, account: resolvedAccount)
        let searched = SandboxLocations.runtimeDirectoriesToSearch(options: options, account: resolvedAccount)
        let template = try? TemplateCluster(installation: installation.get(), cacheDirectory: locations.cacheDirectory)
        var report = SandboxDiagnostics(
            installation: installation, account: account, cacheDirectory: locations.cacheDirectory,
            runtimeDirectory: locations.runtimeDirectory, template: template,
            staleSandboxes: StaleSandboxes(runtimeDirectories: searched).find())
        if let template {
            report.leakedTemplateBuilds = TemplateBuilder.leftovers(of: template, in: [locations.cacheDirectory] + searched)
        }
        return report
    }

    /// Ends the initdb of a build that died with its pgcoach and removes partial template
    /// builds (none while a build is running); returns the directories removed.
    public static func cleanTemplateBuilds(_ options: SandboxOptions = SandboxOptions()) -> [String] {
        guard let installation = try? PostgresInstallation.locate(explicit: options.pgBin, environment: options.environment),
            let account = try? ServerAccount.resolve(requested: options.runAs)
        else { return [] }
        let locations = SandboxLocations(options: options, account: account)
        let template = TemplateCluster(installation: installation, cacheDirectory: locations.cacheDirectory)
        let searched = SandboxLocations.runtimeDirectoriesToSearch(options: options, account: account)
        return TemplateBuilder.clean(template, in: [locations.cacheDirectory] + searched)
    }

    /// Runs `body`, keeping its error as a `SandboxError` (the only kind this module throws).
    private static func outcome<Value>(of step: String, _ body: () throws -> Value) -> Result<Value, SandboxError> {
        do {
            return .success(try body())
        } catch let error as SandboxError {
            return .failure(error)
        } catch {
            return .failure(.commandFailed(command: step, status: -1, output: String(describing: error)))
        }
    }
}
