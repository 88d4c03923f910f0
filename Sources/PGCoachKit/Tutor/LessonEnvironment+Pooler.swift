import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// The lesson's pooler (`pooler:`): pgbouncer started in front of the sandbox's server after
/// setup, on every start and `\reset` (it is no part of the saved cluster), connections
/// `via: pooler`, and the admin console the tutor reads for `pooler_show` probes.
extension LessonEnvironment {
    /// How long a client of the workload may wait in the pooler's queue for a server
    /// connection: a freed pool serves at once, a full one never does.
    static let poolerWaitMilliseconds = 1500

    /// Starts the pooler when the lesson has one (a no-op otherwise).
    func startPoolerIfNeeded() throws {
        guard let spec = lesson.pooler else { return }
        guard case .sandbox(let sandbox) = server else {
            throw ScriptFailure(
                what: "--server", message: "this lesson runs pgbouncer in front of pgcoach's own sandbox; leave out --server")
        }
        let started = ContinuousClock.now
        // Every login role may come through the pooler (pgbouncer admits only users its
        // auth_file lists); the learner and the bootstrap superuser administer it.
        let roles = try checkerQuery("SELECT rolname FROM pg_catalog.pg_roles WHERE rolcanlogin ORDER BY 1", in: "postgres")
            .rows.compactMap { $0.first ?? nil }
        let admins = Array(Set([sandbox.superuser, lesson.learner.role])).sorted()
        let options = PoolerOptions(
            databases: spec.databases, poolMode: spec.poolMode.rawValue, defaultPoolSize: spec.defaultPoolSize,
            settings: spec.settings.map { ($0.name, $0.value) }, users: Array(Set(roles + admins)).sorted(), adminUsers: admins)
        do {
            pooler = try sandbox.startPooler(options)
        } catch {
            throw ScriptFailure(what: "pooler", message: "\(error)")
        }
        Trace.note("pooler started in \(ContinuousClock.now - started)")
    }

    /// Stops the pooler (before the server, on `\reset` and on the way out).
    func stopPooler() {
        parkedPoolerClients.removeAll()
        poolerConsole = nil
        pooler?.stop()
        pooler = nil
    }

    /// Where a session or workload step of `database` as `user` connects.
    func conninfo(via route: ConnectionRoute, database: String, user: String) -> String {
        if route == .pooler, let pooler { return pooler.conninfo(database: database, user: user) }
        return server.conninfo(database: database, user: user)
    }

    /// The conninfo of the pooler for `database` (`pgbouncer`: the console) as `user`; nil
    /// without a running pooler.
    func poolerConninfo(database: String, user: String) -> String? {
        pooler?.conninfo(database: database, user: user)
    }

    // MARK: - The console

    /// `SHOW <command>` on the admin console: column names and rows. The console speaks only
    /// the simple query protocol, so this does not go through `Connection.query`.
    func poolerShow(_ command: String) throws -> (columns: [String], rows: [[String?]]) {
        try poolerConsoleCommand("SHOW " + command)
    }

    /// One command on the admin console (`SHOW POOLS`, `RELOAD`): its columns and rows.
    func poolerConsoleCommand(_ command: String) throws -> (columns: [String], rows: [[String?]]) {
        for attempt in 0..<2 {
            let console = try poolerConsoleConnection()
            var collector = ConsoleRows()
            do {
                try console.execute(command, streaming: false, into: &collector)
            } catch {
                poolerConsole = nil
                if attempt == 0 { continue }
                throw ScriptFailure(what: "pooler console", message: error.description)
            }
            if let failure = collector.failure { throw ScriptFailure(what: "pooler console", message: failure) }
            return (collector.columns, collector.rows)
        }
        throw ScriptFailure(what: "pooler console", message: "unreachable")
    }

    private func poolerConsoleConnection() throws -> Connection {
        if let existing = poolerConsole, !existing.isBad { return existing }
        guard case .sandbox(let sandbox) = server,
            let conninfo = poolerConninfo(database: LessonPooler.consoleDatabase, user: sandbox.superuser)
        else {
            throw ScriptFailure(what: "pooler console", message: "the pooler is not running")
        }
        let fresh = try Self.connect(conninfo, name: Self.checkerName, what: "pooler console")
        poolerConsole = fresh
        return fresh
    }

    /// A `pooler_show` probe's answer under the console's name, judged by the core.
    func poolerShowProbe(_ probe: PoolerShowProbe) -> [String: Observations.Probe] {
        do {
            let shown = try poolerShow(probe.command)
            let verdict = probe.verdict(columns: shown.columns, rows: shown.rows)
            return [LessonPooler.consoleDatabase: .plan(matches: verdict.matches, reason: verdict.reason)]
        } catch {
            return [LessonPooler.consoleDatabase: .failed((error as? ScriptFailure)?.message ?? "\(error)")]
        }
    }

    // MARK: - Sessions queued in the pooler

    /// Whether every `until: queued` session that has not finished is waiting in the pooler's
    /// queue (counted per database, user and application name in `SHOW CLIENTS`) behind a
    /// pool that cannot serve it: a client of a pool that was just grown or freed is on its
    /// way to a server, not settled. True when there are none.
    func queuedSessionsSettled() -> Bool {
        let queued = sessions.filter { $0.spec.until == .queued && $0.fate == .waiting }
        if queued.isEmpty { return true }
        guard let clients = try? poolerShow("CLIENTS"), let pools = try? poolerShow("POOLS"),
            let databases = try? poolerShow("DATABASES")
        else { return false }
        for session in queued
        where PoolerPoolCapacity.pool(database: session.spec.database, user: session.spec.role, pools: pools, databases: databases)
            .canServe
        {
            return false
        }
        let column = { (name: String) in clients.columns.firstIndex(of: name) }
        guard let state = column("state"), let database = column("database"), let user = column("user"),
            let application = column("application_name")
        else { return false }
        var waiting: [String: Int] = [:]
        for row in clients.rows where row[state] == "waiting" {
            waiting[[row[database] ?? "", row[user] ?? "", row[application] ?? ""].joined(separator: "\u{0}"), default: 0] += 1
        }
        var wanted: [String: Int] = [:]
        for session in queued {
            wanted[[session.spec.database, session.spec.role, session.spec.applicationName].joined(separator: "\u{0}"), default: 0] += 1
        }
        return wanted.allSatisfy { waiting[$0.key, default: 0] >= $0.value }
    }

    /// After starting a queued session: waits (5 s at most) until the pooler shows it queued.
    func waitUntilQueued(_ session: BackgroundSession) throws {
        let deadline = Date().addingTimeInterval(5)
        while !queuedSessionsSettled() {
            session.poll()
            if session.fate != .waiting {
                throw ScriptFailure(
                    what: "background session \(session.spec.name)",
                    message:
                        "finished instead of waiting in the pooler's queue (\(session.failure ?? session.fate.rawValue)); is the pool full?"
                )
            }
            if Date() > deadline {
                throw ScriptFailure(what: "background session \(session.spec.name)", message: "was not queued in the pooler within 5 s")
            }
            usleep(5_000)
        }
    }

    // MARK: - Workload through the pooler

    /// One workload step through the pooler, as the application would run it: BEGIN waits
    /// for a server connection from the pool (at most `poolerWaitMilliseconds`; a full pool
    /// never gives one), then the step runs with its lock timeout, rolled back.
    ///
    /// pgbouncer 1.18 does not notice that a client waiting in its queue went away (nor does
    /// it act on a cancel request for one): a client dropped after its wait would stay in
    /// `cl_waiting` until served, one more at every replay, and the learner would count one
    /// request more than the incident has. So the step first asks the console (`console`)
    /// whether its pool can serve a newcomer at all — nobody waiting, a server connection free
    /// or allowed — and fails without queueing while it cannot. A client that still was not
    /// served (the pool filled up meanwhile) stays parked, queued like the application's own
    /// requests, and the next replay of the step goes on with it instead of queueing another.
    static func runPoolerWorkloadStep(
        _ step: WorkloadStep, conninfo: String, console: String?, parked: ParkedPoolerClients
    ) -> WorkloadOutcome {
        let deadline = ContinuousClock.now + .milliseconds(poolerWaitMilliseconds)
        var reused: Connection?
        if let waiting = parked.take(step.id) {
            // A parked client the pooler dropped meanwhile (KILL, a restart) is replaced.
            if case .lost = waiting.pollPending() {} else { reused = waiting }
        }
        let connection: Connection
        if let reused {
            connection = reused
        } else {
            if let console, let waiting = waitForRoom(step, console: console, until: deadline) {
                return WorkloadOutcome(
                    passed: false,
                    detail:
                        "got no server connection from the pooler within \(poolerWaitMilliseconds) ms ("
                        + (waiting > 0
                            ? "\(waiting) client\(waiting == 1 ? "" : "s") wait in its queue ahead of it)"
                            : "every server connection of its pool is busy)")
                )
            }
            do {
                connection = try Self.connect(conninfo, name: Self.workloadName, what: step.id)
            } catch {
                let message = (error as? ScriptFailure)?.message ?? "\(error)"
                return WorkloadOutcome(passed: false, detail: Self.connectionFailureSummary(message))
            }
            do {
                try connection.send("BEGIN")
            } catch {
                return WorkloadOutcome(passed: false, detail: error.description)
            }
        }
        waiting: while true {
            switch connection.pollPending() {
            case .running:
                if ContinuousClock.now > deadline {
                    parked.put(step.id, connection)
                    return WorkloadOutcome(
                        passed: false,
                        detail: "got no server connection from the pooler within \(poolerWaitMilliseconds) ms (waits in its queue)")
                }
                usleep(2_000)
            case .finished(let error?):
                return WorkloadOutcome(passed: false, detail: error.message)
            case .lost(let message):
                return WorkloadOutcome(passed: false, detail: Self.connectionFailureSummary(message))
            case .finished(nil):
                break waiting
            }
        }
        // The pooler dropped the connection options: the timeouts are set in the transaction.
        return outcome(
            of: step, on: connection,
            after: [
                "SET LOCAL lock_timeout = '\(step.lockTimeoutMilliseconds)ms'", "SET LOCAL statement_timeout = '5s'",
            ])
    }

    /// Waits (until `deadline`) until the step's pool can serve a newcomer without queueing it
    /// behind others; nil once it can (or when the console cannot say: the connection attempt
    /// then tells), else how many clients still wait.
    static func waitForRoom(_ step: WorkloadStep, console conninfo: String, until deadline: ContinuousClock.Instant) -> Int? {
        guard let console = try? Self.connect(conninfo, name: Self.workloadName, what: step.id) else { return nil }
        func show(_ command: String) -> PoolerPoolCapacity.Shown? {
            var collector = ConsoleRows()
            guard (try? console.execute("SHOW " + command, streaming: false, into: &collector)) != nil, collector.failure == nil else {
                return nil
            }
            return (collector.columns, collector.rows)
        }
        while true {
            guard let pools = show("POOLS"), let databases = show("DATABASES") else { return nil }
            let pool = PoolerPoolCapacity.pool(database: step.database, user: step.role, pools: pools, databases: databases)
            if pool.canServe && pool.waiting == 0 { return nil }
            if ContinuousClock.now > deadline { return pool.waiting }
            usleep(5_000)
        }
    }

    /// Between inputs: a parked workload client that has been served since (the pool was
    /// freed) holds a server connection in an open transaction; end it at once.
    func releaseServedPoolerClients() {
        parkedPoolerClients.releaseServed()
    }
}

/// Workload clients still waiting in the pooler's queue, per workload step.
// @unchecked: guarded by `lock`; workload threads take and put their own step's client.
final class ParkedPoolerClients: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [String: Connection] = [:]

    func take(_ step: String) -> Connection? { lock.withLock { clients.removeValue(forKey: step) } }
    func put(_ step: String, _ connection: Connection) { lock.withLock { clients[step] = connection } }
    func removeAll() { lock.withLock { clients = [:] } }

    /// Rolls back and closes every parked client that got its server connection.
    func releaseServed() {
        lock.withLock {
            for (step, connection) in clients {
                switch connection.pollPending() {
                case .running: continue
                case .finished: _ = try? connection.query("ROLLBACK")
                case .lost: break
                }
                clients[step] = nil
            }
        }
    }
}

/// The rows of one console command, every cell as text.
private struct ConsoleRows: QueryConsumer {
    var columns: [String] = []
    var rows: [[String?]] = []
    var failure: String?
    mutating func resultStarted(columns: [ResultColumn]) { self.columns = columns.map(\.name) }
    mutating func row(_ row: borrowing RowView) {
        rows.append((0..<row.columnCount).map { row.string($0) })
    }
    mutating func resultFinished(_ summary: ResultSummary) {}
    mutating func failed(_ error: ServerMessage) { if failure == nil { failure = error.message } }
    mutating func notice(_ notice: ServerMessage) {}
}
