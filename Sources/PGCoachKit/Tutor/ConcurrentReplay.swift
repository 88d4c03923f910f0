import Foundation
import PostgresClient
import TutorCore

/// A concurrent workload step: the statements of several sessions replayed in the order the
/// lesson lists them. Each statement is sent, then awaited until it finishes or is seen queued
/// on a lock; the next statement goes out while it waits. At the end every session's
/// transaction is rolled back as soon as its statement is done, which lets the sessions queued
/// behind it go on. The step passes when no statement failed (a deadlock is a failure).
enum ConcurrentReplay {
    /// How long one statement may take to finish or queue, and the whole ending phase.
    static let statementWait: Duration = .seconds(3)
    static let endingWait: Duration = .seconds(8)

    final class Lane {
        let name: String
        let connection: Connection
        var pending = false
        var closed = false
        init(name: String, connection: Connection) {
            self.name = name
            self.connection = connection
        }
    }

    /// `conninfo(role)` gives a conninfo for the step's database as that role; `observer` is a
    /// superuser conninfo for watching pg_stat_activity.
    static func run(_ step: WorkloadStep, conninfo: (String) -> String, observer observerConninfo: String) -> WorkloadOutcome {
        var lanes: [String: Lane] = [:]
        var failures: [String] = []
        let options = "-c lock_timeout=\(step.lockTimeoutMilliseconds)ms -c statement_timeout=10s" + ConnectionOptions.encode(step.settings)
        let observer: Connection
        do {
            observer = try LessonEnvironment.connect(observerConninfo, name: LessonEnvironment.checkerName, what: step.id)
        } catch {
            return WorkloadOutcome(passed: false, detail: "\(error)")
        }
        defer {
            for lane in lanes.values where !lane.closed { _ = try? lane.connection.query("ROLLBACK") }
        }
        func record(_ lane: Lane, _ state: PendingStatement) {
            switch state {
            case .running: return
            case .finished(let error):
                lane.pending = false
                if let error { failures.append("\(lane.name): \(error.message)") }
            case .lost(let message):
                lane.pending = false
                lane.closed = true
                failures.append("\(lane.name): \(message)")
            }
        }

        for statement in step.concurrent {
            let lane: Lane
            if let existing = lanes[statement.session] {
                lane = existing
            } else {
                do {
                    let connection = try LessonEnvironment.connect(
                        conninfo(statement.role), name: LessonEnvironment.workloadName, what: "\(step.id) \(statement.session)",
                        options: options)
                    _ = try connection.query("BEGIN")
                    lane = Lane(name: statement.session, connection: connection)
                    lanes[statement.session] = lane
                } catch {
                    let message = (error as? ScriptFailure)?.message ?? "\(error)"
                    return WorkloadOutcome(
                        passed: false, detail: "\(statement.session): \(message.split(separator: "\n").joined(separator: " "))")
                }
            }
            guard !lane.closed else { continue }
            if lane.pending {
                // Still queued from its last statement: the lesson's order cannot be kept.
                return WorkloadOutcome(passed: false, detail: "\(statement.session) was still waiting when its next statement was due")
            }
            do {
                try lane.connection.send(statement.sql)
            } catch {
                return WorkloadOutcome(passed: false, detail: "\(statement.session): \(error.description)")
            }
            lane.pending = true
            settle(Array(lanes.values), observer: observer, record: record)
        }

        // Ending: roll back each session whose statement is done; the others then go on.
        let deadline = ContinuousClock.now + endingWait
        while lanes.values.contains(where: { !$0.closed }) {
            for lane in lanes.values where !lane.closed {
                if lane.pending { record(lane, lane.connection.pollPending()) }
                if !lane.pending && !lane.closed {
                    _ = try? lane.connection.query("ROLLBACK")
                    lane.closed = true
                }
            }
            if ContinuousClock.now > deadline {
                for lane in lanes.values where lane.pending {
                    failures.append("\(lane.name): still waiting after \(endingWait)")
                    try? lane.connection.makeCancelHandle().cancel()
                }
                break
            }
            usleep(5_000)
        }
        if failures.isEmpty { return WorkloadOutcome(passed: true, detail: "ok") }
        return WorkloadOutcome(passed: false, detail: failures.joined(separator: "; "))
    }

    /// Polls until every session with a statement out has finished it or is queued on a lock
    /// that someone still holds. A session just released is granted its lock at once but may
    /// not have run yet, so a lock wait counts only while `pg_blocking_pids` names a holder:
    /// the next statement goes out only after every session has moved as far as it can.
    static func settle(_ lanes: [Lane], observer: Connection, record: (Lane, PendingStatement) -> Void) {
        let deadline = ContinuousClock.now + statementWait
        while ContinuousClock.now < deadline {
            var moving = false
            for lane in lanes where lane.pending {
                record(lane, lane.connection.pollPending())
                guard lane.pending else { continue }
                let queued = try? observer.scalar(
                    "SELECT wait_event_type = 'Lock' AND cardinality(pg_catalog.pg_blocking_pids(pid)) > 0 FROM pg_catalog.pg_stat_activity WHERE pid = $1",
                    parameters: [String(lane.connection.backendPID)])
                if queued != "t" { moving = true }
            }
            if !moving { return }
            usleep(2_000)
        }
    }
}
