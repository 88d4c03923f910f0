import Foundation
import PGCoachTestSupport
import Synchronization
import Testing

@testable import Sandbox

/// Finding PostgreSQL, building the template once, and the report `pgcoach doctor` shows.
@Suite("Sandbox setup")
struct SandboxSetupTests {
    typealias Support = SandboxTestSupport

    @Test("the installation is found and reports its version")
    func installationFound() throws {
        let installation = try PostgresInstallation.locate()
        #expect(installation.majorVersion >= 10)
        #expect(installation.version.hasPrefix(String(installation.majorVersion)))
        #expect(FileManager.default.isExecutableFile(atPath: installation.executable("initdb")))

        var environment = ProcessInfo.processInfo.environment
        environment[PostgresInstallation.environmentVariable] = installation.binDirectory
        let viaEnvironment = try PostgresInstallation.locate(environment: environment)
        #expect(viaEnvironment.source == .environment)
        #expect(viaEnvironment.binDirectory == installation.binDirectory)
    }

    @Test("an explicit directory without the server is an error naming it")
    func explicitDirectoryUnusable() {
        #expect {
            try PostgresInstallation.locate(explicit: "/nonexistent/bin")
        } throws: { error in
            "\(error)".contains("/nonexistent/bin") && "\(error)".contains("--pg-bin")
        }
    }

    @Test("the not-found message names every place tried and how to install")
    func notFoundMessage() {
        let message = SandboxError.installationNotFound(tried: ["--pg-bin: not given", "PATH (/bin): none"]).description
        #expect(message.contains("--pg-bin: not given"))
        #expect(message.contains("PATH (/bin): none"))
        #expect(message.contains("apt-get install postgresql"))
    }

    @Test(
        "version parsing",
        arguments: [
            ("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n", "15.18"),
            ("postgres (PostgreSQL) 17beta1\n", "17beta1"),
            ("something else", nil),
        ])
    func versionParsing(output: String, version: String?) {
        #expect(PostgresInstallation.parseVersion(output) == version)
    }

    @Test(
        "conninfo values are quoted where libpq needs it",
        arguments: [
            ("/tmp/pgcoach-0/sandbox-Ab12", "/tmp/pgcoach-0/sandbox-Ab12"),
            ("my db", "'my db'"),
            ("o'neil", "'o\\'neil'"),
            ("back\\slash", "'back\\\\slash'"),
            ("", "''"),
        ])
    func conninfoQuoting(value: String, quoted: String) {
        #expect(Sandbox.quoteConninfoValue(value) == quoted)
    }

    /// With the runtime directory in /tmp the build is renamed into the cache; in /dev/shm
    /// (another filesystem) it is saved into the cache in the background.
    @Test(
        "concurrent first starts build the template once; leftovers of a dead build are ignored",
        arguments: ["/tmp", "/dev/shm"])
    func templateBuiltOnce(runtimeRoot: String) throws {
        let cache = Support.makeRuntimeDirectory()
        let runtime = Support.makeRuntimeDirectory(under: runtimeRoot)
        defer {
            try? FileTree.remove(cache)
            Support.removeRuntimeDirectory(runtime)
        }
        let installation = try PostgresInstallation.locate()
        let template = TemplateCluster(installation: installation, cacheDirectory: cache)
        // A build that died half-way: it must never be used, and is removed.
        let leftover = template.directory + ".building-999999"
        try FileManager.default.createDirectory(atPath: leftover + "/data", withIntermediateDirectories: true)
        #expect(!template.isPresent)

        let options = Support.options(runtimeDirectory: runtime, cacheDirectory: cache)
        let results = Mutex<[Result<String, any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let result = Result { () throws -> String in
                let sandbox = try Sandbox.start(options)
                defer { sandbox.stop() }
                return try Support.query(sandbox.conninfo(), "select version()") ?? ""
            }
            results.withLock { $0.append(result) }
        }

        for result in results.withLock({ $0 }) {
            #expect(try result.get().contains(installation.version))
        }
        #expect(template.isPresent)
        // Besides the template only the lock that orders spare copies after starts (SpareTurn).
        let names = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0 != SpareTurn.fileName }
        let templateName = URL(fileURLWithPath: template.directory).lastPathComponent
        #expect(names.sorted() == [templateName, templateName + ".lock"])
        let runtimeLeft = try FileManager.default.contentsOfDirectory(atPath: runtime)
        #expect(runtimeLeft.isEmpty)
        // The template's files belong to the account that runs the server.
        var info = stat()
        #expect(stat(template.dataDirectory + "/PG_VERSION", &info) == 0)
        #expect(info.st_uid == Support.expectedServerUID)
        let configuration = try String(contentsOfFile: template.dataDirectory + "/postgresql.conf", encoding: .utf8)
        #expect(configuration.contains("shared_preload_libraries = 'pg_stat_statements'"))
    }

    @Test("by default sandboxes go to a runtime directory of ours, found again by the stale search")
    func defaultLocations() throws {
        let options = SandboxOptions(cacheDirectory: Support.sharedCacheDirectory)
        let sandbox = try Sandbox.start(options)
        defer { sandbox.stop() }
        let account = try ServerAccount.resolve(requested: nil)
        let defaults = SandboxLocations.defaultRuntimeDirectories(environment: options.environment, account: account)
        #expect(defaults.contains { sandbox.directory.hasPrefix($0 + "/") })
        #expect(sandbox.socketDirectory.utf8.count + "/.s.PGSQL.5432.lock".utf8.count < 108)
        #expect(try Support.query(sandbox.conninfo(), "select 1") == "1")
    }

    @Test("diagnostics show the installation, the template and no stale sandboxes")
    func diagnostics() throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let sandbox = try Sandbox.start(Support.options(runtimeDirectory: runtime))
        defer { sandbox.stop() }
        let report = SandboxDiagnostics.collect(Support.options(runtimeDirectory: runtime))
        #expect(try report.installation.get() == sandbox.installation)
        #expect(try report.account.get() == sandbox.account)
        #expect(report.template?.isPresent == true)
        #expect(report.template?.directory.hasPrefix(Support.sharedCacheDirectory) == true)
        #expect(report.runtimeDirectory == runtime)
        #expect(report.staleSandboxes.isEmpty)
    }
}
