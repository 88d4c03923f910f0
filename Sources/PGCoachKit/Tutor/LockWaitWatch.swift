import Foundation
import PostgresClient
import TutorCore

/// Watches the workload steps of one replay on one server: when a step queues on a lock that
/// only the lesson's frozen sessions hold (`StuckLockWait`), its lock timeout is a foregone
/// conclusion, so the step is cancelled at once and reported as the timeout it would have hit.
/// One observer connection for all the steps, opened while they connect, so a blocked step
/// is seen within a few milliseconds of queueing.
final class LockWaitWatch: @unchecked Sendable {
    /// The server's words for a lock timeout and for a cancel request (lc_messages C or English).
    static let lockTimeoutMessage = "canceling statement due to lock timeout"
    static let cancelledMessage = "canceling statement due to user request"
    /// How often the watcher looks.
    private static let interval: useconds_t = 5_000

    // Guarded by `lock`.
    private let lock = NSLock()
    private var watched: [Int32: CancelHandle] = [:]
    private var fired: Set<Int32> = []
    private var finished = false
    /// Signalled when the watcher thread has closed its connection (or never opened one).
    private let closed = DispatchSemaphore(value: 0)

    /// Starts the watcher on a connection to `observer` (the steps' server); `frozen` are the
    /// lesson sessions' pids. Without an observer the steps run to their own timeouts.
    init(observer: String, frozen: Set<Int32>) {
        Thread.detachNewThread { [self] in
            // The connection is released at the end of this block, before `closed` is signalled.
            if let connection = try? Connection(
                conninfo: observer, applicationName: .fixed(LessonEnvironment.checkerName),
                overriding: ["connect_timeout": "5", "options": "-c pg_stat_statements.track=none"])
            {
                watchSteps(through: connection, frozen: frozen)
            }
            closed.signal()
        }
    }

    /// Looks every few milliseconds until the replay is over (or the connection fails).
    private func watchSteps(through connection: Connection, frozen: Set<Int32>) {
        while true {
            usleep(Self.interval)
            guard let steps = lock.withLock({ finished ? nil : watched.keys.filter { !fired.contains($0) } }) else { return }
            if steps.isEmpty { continue }
            let pids = "{" + (steps + frozen.sorted()).map(String.init).joined(separator: ",") + "}"
            guard let rows = try? connection.query(StuckLockWait.query, parameters: [pids]).rows else { return }
            let backends = StuckLockWait.backends(rows)
            for pid in steps where StuckLockWait.waitsForever(pid, backends: backends, frozen: frozen) {
                // Decided under the lock, so that a step released meanwhile (finished) is
                // never reported as cancelled.
                let cancel = lock.withLock { () -> CancelHandle? in
                    guard let handle = watched[pid] else { return nil }
                    fired.insert(pid)
                    return handle
                }
                try? cancel?.cancel()
            }
        }
    }

    /// Watches the step running on backend `pid`, cancelled through `cancel` when stuck.
    func watch(_ pid: Int32, cancel: CancelHandle) {
        lock.withLock { watched[pid] = cancel }
    }

    /// Stops watching `pid` (its step finished); whether the watcher cancelled it.
    func release(_ pid: Int32) -> Bool {
        lock.withLock {
            watched[pid] = nil
            return fired.remove(pid) != nil
        }
    }

    /// Ends the watcher (the replay is over) and waits until its connection is closed: its
    /// slot may be one the next probe needs on a server that is nearly full of sessions.
    func finish() {
        lock.withLock { finished = true }
        closed.wait()
    }

    /// The step's outcome as its lock timeout would have made it: a step the watcher cancelled
    /// failed with the cancel's message, which stands for the timeout it was bound to hit.
    static func outcome(_ outcome: WorkloadOutcome, cancelledAsStuck: Bool) -> WorkloadOutcome {
        guard cancelledAsStuck, !outcome.passed, outcome.detail == cancelledMessage else { return outcome }
        return WorkloadOutcome(passed: false, detail: lockTimeoutMessage)
    }
}
