import Foundation
import PostgresClient
import Sandbox
import TutorCore

extension LessonEnvironment {
    /// Whether every one of `running` (lesson sessions whose statement still runs) is queued on
    /// a lock held only by the lesson's own frozen sessions (`StuckLockWait`), and every backend
    /// in those queues is asleep with no signal pending (`Sandbox.backendIsResting`): then no
    /// session was just unblocked, terminated or cancelled, and none can be until someone acts,
    /// which is what `settleSessions` otherwise waits 100 ms to be sure of.
    /// Sandboxes only (the backends are processes of this machine) and one server's sessions.
    func lockQueueIsParked(_ running: [BackgroundSession]) -> Bool {
        guard case .sandbox(let sandbox) = server, !running.isEmpty,
            Set(running.map { Self.sameServer("postgres", as: $0.spec.database) }) == [lesson.homeKey("postgres")]
        else { return false }
        let frozen = frozenSessionPIDs
        // /proc before pg_stat_activity: a backend seen resting first and still queued or idle
        // in its transaction afterwards was not signalled before the first look.
        let resting = Set(frozen.filter { sandbox.backendIsResting($0) })
        guard running.allSatisfy({ resting.contains($0.backendPID) }) else { return false }
        let pids = "{" + resting.sorted().map(String.init).joined(separator: ",") + "}"
        guard
            let rows = try? checker(lesson.homeKey("postgres")).query(
                StuckLockWait.query,
                parameters: [pids]
            ).rows
        else { return false }
        let backends = StuckLockWait.backends(rows)
        return running.allSatisfy { StuckLockWait.waitsForever($0.backendPID, backends: backends, frozen: resting) }
    }
}
