import Foundation

/// The PostgreSQL server binaries pgcoach runs its sandboxes with.
///
/// Debian and Ubuntu keep them out of PATH in `/usr/lib/postgresql/<major>/bin`, and `pg_config`
/// belongs to libpq-dev, which may be a different major version than the installed server (or
/// present without any server at all). So every candidate directory must really hold `postgres`
/// and `initdb`, and the version is asked of `postgres` itself.
public struct PostgresInstallation: Sendable, Equatable {
    /// How a candidate directory was found, in the order they are tried.
    public enum Source: String, Sendable {
        case option = "--pg-bin"
        case environment = "PGCOACH_PG_BIN"
        case pgConfig = "pg_config --bindir"
        case debianLayout = "/usr/lib/postgresql/*/bin"
        case path = "PATH"
    }

    /// The directory holding `postgres`, `initdb` and friends.
    public let binDirectory: String
    /// The server version as `postgres --version` reports it, e.g. "15.18" or "17beta1".
    public let version: String
    /// The major version, e.g. 15.
    public let majorVersion: Int
    /// Where the directory was found.
    public let source: Source

    /// The environment variable that names the bin directory.
    public static let environmentVariable = "PGCOACH_PG_BIN"

    /// The absolute path of one of the installation's programs.
    public func executable(_ name: String) -> String { binDirectory + "/" + name }

    /// Finds the server binaries: `explicit` (`--pg-bin`), then `PGCOACH_PG_BIN`, then
    /// `pg_config --bindir`, then the newest `/usr/lib/postgresql/*/bin`, then PATH. A directory
    /// named explicitly (option or environment) must be usable: silently falling back to
    /// another version would surprise whoever named it.
    public static func locate(
        explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> PostgresInstallation {
        // A lesson start asks twice (for the cache key, then for the sandbox); each answer costs
        // two programs run (`pg_config`, `postgres --version`). Found once per process.
        let key = [explicit ?? "", environment[environmentVariable] ?? "", environment["PATH"] ?? ""]
        if let found = InstallationMemo.shared.lookup(key) { return found }
        if let recorded = InstallationRecord.load(key: key, environment: environment) {
            InstallationMemo.shared.store(key, recorded)
            return recorded
        }
        let found = try SandboxTrace.timed("PostgreSQL located") { try search(explicit: explicit, environment: environment) }
        InstallationMemo.shared.store(key, found)
        InstallationRecord.save(found, key: key, environment: environment)
        return found
    }

    private static func search(explicit: String?, environment: [String: String]) throws -> PostgresInstallation {
        if let explicit {
            return try inspectNamed(explicit, source: .option)
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            return try inspectNamed(named, source: .environment)
        }
        var tried = ["--pg-bin: not given", "\(environmentVariable): not set"]
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)

        if let pgConfig = findInPath("pg_config", searchPath: searchPath) {
            if let output = try? ChildProcess.run(
                pgConfig, arguments: ["--bindir"], environment: ChildProcess.controlledEnvironment()),
                output.status == 0
            {
                let directory = output.output.trimmingCharacters(in: .whitespacesAndNewlines)
                if let problem = missingPrograms(in: directory) {
                    tried.append(
                        "pg_config --bindir (\(pgConfig)): \(directory) has \(problem) "
                            + "(pg_config comes with libpq-dev and may not match an installed server)")
                } else {
                    return try inspect(directory, source: .pgConfig)
                }
            } else {
                tried.append("pg_config --bindir (\(pgConfig)): did not run")
            }
        } else {
            tried.append("pg_config --bindir: no pg_config on PATH")
        }

        let debianRoot = "/usr/lib/postgresql"
        let majors = ((try? FileManager.default.contentsOfDirectory(atPath: debianRoot)) ?? [])
            .sorted { versionOrder($1).lexicographicallyPrecedes(versionOrder($0)) }
        var debianNotes: [String] = []
        for major in majors {
            let directory = "\(debianRoot)/\(major)/bin"
            if let problem = missingPrograms(in: directory) {
                debianNotes.append("\(directory) has \(problem)")
            } else {
                return try inspect(directory, source: .debianLayout)
            }
        }
        tried.append(
            "\(debianRoot)/*/bin: "
                + (debianNotes.isEmpty ? "no such directories" : debianNotes.joined(separator: "; ")))

        for directory in searchPath where missingPrograms(in: directory) == nil {
            // PATH often holds symbolic links (e.g. /usr/local/bin/postgres); report and use the
            // directory the server binary really lives in, if initdb lives there too.
            let real = URL(fileURLWithPath: directory + "/postgres").resolvingSymlinksInPath()
                .deletingLastPathComponent().path
            return try inspect(missingPrograms(in: real) == nil ? real : directory, source: .path)
        }
        tried.append("PATH (\(searchPath.joined(separator: ":"))): no directory with postgres and initdb")
        throw SandboxError.installationNotFound(tried: tried)
    }

    /// Inspects a directory the user named, turning every failure into an error that names it.
    private static func inspectNamed(_ directory: String, source: Source) throws -> PostgresInstallation {
        if let problem = missingPrograms(in: directory) {
            throw SandboxError.installationUnusable(
                source: source.rawValue, directory: directory, reason: "it has \(problem)")
        }
        return try inspect(directory, source: source)
    }

    /// Asks `postgres --version` in `directory` for the version. `postgres` answers --version
    /// before its refusal to run as root, so this needs no account switch.
    static func inspect(_ directory: String, source: Source) throws -> PostgresInstallation {
        let postgres = directory + "/postgres"
        let result = try ChildProcess.run(
            postgres, arguments: ["--version"], environment: ChildProcess.controlledEnvironment())
        guard result.status == 0, let version = parseVersion(result.output),
            let major = Int(version.prefix(while: \.isNumber))
        else {
            throw SandboxError.commandFailed(
                command: "\(postgres) --version", status: result.status, output: result.output)
        }
        return PostgresInstallation(binDirectory: directory, version: version, majorVersion: major, source: source)
    }

    /// The version word of "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
    static func parseVersion(_ output: String) -> String? {
        guard let marker = output.range(of: "(PostgreSQL) ") else { return nil }
        let word = output[marker.upperBound...].prefix { !$0.isWhitespace }
        return word.first?.isNumber == true ? String(word) : nil
    }

    /// Nil when `directory` holds executable `postgres` and `initdb`, else what is missing.
    static func missingPrograms(in directory: String) -> String? {
        let missing = ["postgres", "initdb"].filter { access(directory + "/" + $0, X_OK) != 0 }
        return missing.isEmpty ? nil : "no " + missing.joined(separator: " and no ")
    }

    private static func findInPath(_ program: String, searchPath: [String]) -> String? {
        searchPath.map { $0 + "/" + program }.first { access($0, X_OK) == 0 }
    }

    /// Orders Debian's version directory names ("9.6", "15", "16") numerically.
    private static func versionOrder(_ name: String) -> [Int] {
        let parts = name.split(separator: ".").map { Int($0) ?? -1 }
        return parts + Array(repeating: 0, count: max(0, 2 - parts.count))
    }
}
