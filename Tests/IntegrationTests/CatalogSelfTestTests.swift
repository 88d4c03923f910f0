import Foundation
import PGCoachTestSupport
import Testing

/// Every lesson of the catalog passes its author self-test: `pgcoach lesson check`, all
/// lessons, two paths at a time (what `make test` and CI run).
@Suite(.serialized)
struct CatalogSelfTestTests {
    @Test func everyLessonPassesLessonCheck() throws {
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["lesson", "check", "--jobs", "2"], input: "",
            environment: ["PGCOACH_HOME": BinaryRunner.packageRoot])
        #expect(result.status == 0, "\(result.output)")
        let failures = result.output.split(separator: "\n").filter { $0.contains("FAIL") }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(result.output.firstMatch(of: /\d+ passed, 0 failed/) != nil, "\(result.output)")
    }
}
