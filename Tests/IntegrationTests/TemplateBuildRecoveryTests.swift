import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// A pgcoach killed -9 during initdb leaves initdb running (its own session) and a partial
/// template build; the next start and `doctor --clean` recover.
@Suite struct TemplateBuildRecoveryTests {
    typealias Support = SandboxTestSupport

    /// A partial build in `cache` and `runtime`, and a stand-in for the orphaned initdb: a
    /// session leader that keeps writing into the build, recorded as the builder.
    private func plantOrphanedBuild(cache: String, runtime: String) throws -> (template: TemplateCluster, pid: pid_t, builds: [String]) {
        let installation = try PostgresInstallation.locate(explicit: nil, environment: ProcessInfo.processInfo.environment)
        let template = TemplateCluster(installation: installation, cacheDirectory: cache)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let builds = [cache, runtime].map { $0 + "/" + template.baseName + ".building-424242" }
        for build in builds {
            try FileManager.default.createDirectory(atPath: build + "/data/base/4", withIntermediateDirectories: true)
        }
        // Started the way pgcoach starts initdb: in a session of its own.
        let script =
            "while :; do for d in \(builds.joined(separator: " ")); do mkdir -p $d/data/base/4 && date > $d/data/base/4/f$$; done; sleep 0.01; done"
        let pid = try ChildProcess.spawn(
            "/bin/sh", arguments: ["-c", script], environment: ChildProcess.controlledEnvironment(), account: .current,
            newSession: true)
        usleep(100_000)
        TemplateBuilder.record(pid, for: template)
        return (template, pid, builds)
    }

    /// Runs `body` with an orphaned build planted in private cache and runtime directories.
    private func withOrphanedBuild(
        _ body: (_ options: SandboxOptions, _ planted: (template: TemplateCluster, pid: pid_t, builds: [String])) throws -> Void
    ) throws {
        let runtime = Support.makeRuntimeDirectory()
        defer { Support.removeRuntimeDirectory(runtime) }
        let cache = runtime + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let planted = try plantOrphanedBuild(cache: cache, runtime: runtime)
        try body(Support.options(runtimeDirectory: runtime, cacheDirectory: cache), planted)
        var status: Int32 = 0
        waitpid(planted.pid, &status, 0)  // the stand-in is our child: no zombie left
    }

    @Test func doctorReportsAndCleansAPartialBuild() throws {
        try withOrphanedBuild { options, planted in
            #expect(SandboxDiagnostics.collect(options).leakedTemplateBuilds == planted.builds.sorted())
            let removed = SandboxDiagnostics.cleanTemplateBuilds(options)
            #expect(removed == planted.builds.sorted())
            #expect(!Support.isAlive(planted.pid), "the orphaned builder is ended")
            #expect(planted.builds.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
            #expect(SandboxDiagnostics.collect(options).leakedTemplateBuilds.isEmpty)
        }
    }

    @Test func theNextStartEndsTheOrphanedInitdbAndBuildsAgain() throws {
        try withOrphanedBuild { options, planted in
            let sandbox = try Sandbox.start(options)
            defer { sandbox.stop() }
            #expect(try Support.query(sandbox.conninfo(), "select 1") == "1")
            #expect(!Support.isAlive(planted.pid))
            #expect(planted.builds.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
            sandbox.stop()
        }
    }
}
