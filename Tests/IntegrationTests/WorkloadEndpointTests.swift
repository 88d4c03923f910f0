import Foundation
import PGCoachTestSupport
import Testing

/// A workload step that resolves its server as the application does (`endpoint_sql`), on
/// stage-08/04: while the service's write endpoint names the standby, its write is refused
/// there (25006), as the application's is; repointed to the primary, it commits; a name that
/// is no server fails with a line saying so.
@Suite(.serialized)
struct WorkloadEndpointTests {
    @Test func theStepWritesWhereTheEndpointPoints() throws {
        let state = NSTemporaryDirectory() + "pgcoach-endpoint-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "stage-08/04-read-write-endpoint-confusion", "--script", "/dev/stdin"],
            input: """
                \\status
                UPDATE ops.app_endpoints SET write_endpoint = 'primary' WHERE service = 'checkout-api';
                UPDATE ops.app_endpoints SET write_endpoint = 'nowhere' WHERE service = 'payment-webhooks';
                \\status
                """, environment: ["PGCOACH_HOME": BinaryRunner.packageRoot, "XDG_STATE_HOME": state])
        let statuses = result.output.components(separatedBy: "Application actions (probed now, rolled back):\n").dropFirst()
        #expect(statuses.count == 2, "\(result.output)")
        let broken = statuses.first ?? ""
        #expect(broken.contains("checkout_place_order: FAILING: cannot execute INSERT in a read-only transaction"), "\(result.output)")
        #expect(broken.contains("webhook_record_payment: FAILING: cannot execute INSERT in a read-only transaction"), "\(result.output)")
        let repointed = statuses.last ?? ""
        #expect(repointed.contains("checkout_place_order: ok"), "\(result.output)")
        #expect(
            repointed.contains(
                "webhook_record_payment: FAILING: its endpoint resolves to \"nowhere\", which is no server (servers: primary, replica1)"),
            "\(result.output)")
    }
}
