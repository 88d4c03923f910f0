import Foundation
import PGCoachTestSupport
import Testing

/// The workload through a full pool: it fails without joining the queue, so the learner's
/// `SHOW POOLS` keeps counting the incident's own waiting clients however often `\check` runs
/// (pgbouncer 1.18 never drops a waiting client that went away); once the pool is freed, it
/// goes through.
@Suite(.serialized)
struct PoolerWorkloadQueueTests {
    @Test func checkingDoesNotAddToTheQueue() throws {
        let state = NSTemporaryDirectory() + "pgcoach-pooler-queue-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let result = try BinaryRunner.run(
            BinaryRunner.pgcoach, ["start", "stage-03/04-pgbouncer-pool-exhausted", "--script", "/dev/stdin"],
            input: """
                \\c pgbouncer
                SHOW POOLS;
                \\check
                \\check
                SHOW POOLS;
                SHOW CLIENTS;
                """, environment: ["PGCOACH_HOME": BinaryRunner.packageRoot, "XDG_STATE_HOME": state])
        let output = result.output
        let waiting = output.split(separator: "\n").filter { $0.hasPrefix(" app_db ") }.map {
            $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[3]
        }
        #expect(waiting == ["3", "3"], "\(output)")
        #expect(output.components(separatedBy: "cl_waiting is 3 where database = app_db").count == 3, "\(output)")
        #expect(!output.contains("pgcoach-workload"), "no workload client lingers in SHOW CLIENTS: \(output)")
    }
}
