import Foundation
import PGCoachTestSupport
import Testing

/// The judge's baseline is cached beside the saved lesson cluster, and used only with the very
/// cluster it was measured on: two setups of one lesson differ (object ids, timing), so a
/// baseline from another setup would make traps that compare with it fire on a clean session.
@Suite struct CachedBaselineTests {
    static let home = BinaryRunner.packageRoot + "/Tests/IntegrationTests/Fixtures/locked"

    /// The lessons/ folder of the cache, its one saved cluster and that cluster's baseline file.
    static func entry(in cache: String) throws -> (cluster: String, baseline: String) {
        let lessons = cache + "/pgcoach/lessons"
        let names = try FileManager.default.contentsOfDirectory(atPath: lessons)
        let cluster = try #require(names.first { !$0.contains(".") })
        return (lessons + "/" + cluster, lessons + "/" + cluster + ".baseline.json")
    }

    static func identity(of path: String) -> String {
        var info = stat()
        _ = stat(path, &info)
        return "\(info.st_dev)-\(info.st_ino)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    static func cluster(inBaseline path: String) throws -> String? {
        let data = try #require(FileManager.default.contents(atPath: path))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return object["cluster"] as? String
    }

    @Test func aBaselineIsUsedOnlyWithTheClusterItWasMeasuredOn() throws {
        let cache = NSTemporaryDirectory() + "pgcoach-baseline-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let environment = ["PGCOACH_HOME": Self.home, "XDG_CACHE_HOME": cache, "PGCOACH_TRACE": "1"]
        let start = ["start", "stage-0/07-locked-preserve", "--script", "/dev/null"]

        // A cold start saves the cluster, then the baseline it measured, naming that cluster.
        let cold = try BinaryRunner.run(BinaryRunner.pgcoach, start, input: "", environment: environment)
        #expect(cold.status == 0, "\(cold.output)")
        let entry = try Self.entry(in: cache)
        #expect(try Self.cluster(inBaseline: entry.baseline) == Self.identity(of: entry.cluster))

        // A warm start uses it.
        let warm = try BinaryRunner.run(BinaryRunner.pgcoach, start, input: "", environment: environment)
        #expect(warm.status == 0, "\(warm.output)")
        #expect(warm.output.contains("baseline loaded"), "\(warm.output)")
        #expect(!warm.output.contains("baseline taken"), "\(warm.output)")

        // A baseline measured on another setup of the lesson (another start saved it) is not
        // used: the start measures its own and saves that, for its cluster.
        let text = try String(contentsOfFile: entry.baseline, encoding: .utf8)
        try text.replacingOccurrences(of: Self.identity(of: entry.cluster), with: "another-setup")
            .write(toFile: entry.baseline, atomically: true, encoding: .utf8)
        let foreign = try BinaryRunner.run(BinaryRunner.pgcoach, start, input: "", environment: environment)
        #expect(foreign.status == 0, "\(foreign.output)")
        #expect(foreign.output.contains("baseline taken"), "\(foreign.output)")
        #expect(try Self.cluster(inBaseline: entry.baseline) == Self.identity(of: entry.cluster))
    }
}
