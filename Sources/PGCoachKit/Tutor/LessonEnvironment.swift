import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// A lesson made real: its sandbox built and broken, its background sessions running, and the
/// tutor's own instruments (checker connections, the workload replay) pointed at it.
///
/// The tutor's connections carry their own `application_name` (`pgcoach-check`,
/// `pgcoach-workload`) so lessons and learners can tell them apart; none of what they see ever
/// counts as the learner's evidence.
// @unchecked: everything mutable is used from the REPL's thread only, except during an
// evaluation, when audit threads read the (then unchanging) lesson and baseline and take
// checkers from the locked cache, one database each.
final class LessonEnvironment: @unchecked Sendable {
    static let checkerName = "pgcoach-check"
    static let workloadName = "pgcoach-workload"

    let lesson: Lesson
    let server: LessonServer
    /// The cluster right after setup (before the background sessions): what `\reset` restores
    /// in a sandbox. Nil on an external server, where `\reset` runs the setup again.
    let savedCluster: String?
    private(set) var sessions: [BackgroundSession] = []
    /// The state right after setup (sessions started), for traps and audits to compare with.
    /// A fresh one is still being measured when the prompt comes up: reading it waits.
    var baseline: Baseline {
        get {
            settleBaseline()
            return measuredBaseline
        }
        set { measuredBaseline = newValue }
    }
    private var measuredBaseline = Baseline()
    /// A fresh baseline being measured on its own thread (`broken()`), until `settleBaseline()`.
    private var baselineMeasurement: BackgroundResult<Baseline>?
    /// Why the fresh baseline could not be measured: the lesson cannot be judged.
    private(set) var baselineFailure: (any Error)?
    /// Checker connections by location key (`app_db`, `postgres@replica1`).
    var checkers: [String: Connection] = [:]
    let checkerLock = NSLock()
    /// One connection per server that watches the workload's backends end (`waitUntilGone`),
    /// kept apart from the checkers, which the audits use meanwhile on another thread.
    var backendWatchers: [String: Connection] = [:]
    /// The lesson cluster being written to the cache; waited for before the sandbox goes.
    private var cacheSave: BackgroundCopy?
    /// The cache entry of the saved lesson cluster (sandboxes only).
    private var cacheEntry: String?
    /// The shared lock that keeps the saved lesson cluster from eviction (`LessonCache.hold`).
    private var cacheHold: Int32 = -1
    /// Where the baseline of the saved lesson cluster is cached (sandboxes only).
    private var baselineFile: String?
    /// The lesson's pooler while it runs, and the tutor's connection to its console
    /// (see LessonEnvironment+Pooler.swift).
    var pooler: Pooler?
    var poolerConsole: Connection?
    let parkedPoolerClients = ParkedPoolerClients()
    /// Lesson directories saved after setup, and actions run (`LessonEnvironment+Sandbox`).
    let sandboxState = LessonSandboxState()
    /// That baseline, being read while the sandbox starts (warm starts).
    private var baselinePreload: BackgroundResult<Baseline?>?
    /// A fresh baseline being written there (cold starts); waited for in `stop()`.
    private var baselineSave: BaselineSave?
    /// The identity of the saved cluster a warm start was copied from (`ReadyCluster.name`).
    private var savedIdentity: String?

    private init(lesson: Lesson, server: LessonServer, savedCluster: String?) {
        self.lesson = lesson
        self.server = server
        self.savedCluster = savedCluster
    }

    /// Starts a sandbox holding the lesson's broken state: from the saved lesson cluster when
    /// one matches this lesson and server (warm), else from the template plus the lesson's
    /// setup, saved for next time (cold).
    static func prepare(lesson: Lesson, lessonSource: String, settings: SandboxSettings) throws -> LessonEnvironment {
        if let conninfo = settings.server {
            try requireSandbox(lesson)
            let external = try ExternalServer.open(conninfo: conninfo, force: settings.force, lesson: lesson)
            let server = LessonServer.external(external)
            do {
                try runSetup(lesson, on: server)
                return try LessonEnvironment(lesson: lesson, server: server, savedCluster: nil).broken()
            } catch {
                external.dropLessonObjects()
                throw error
            }
        }
        var options = settings.options
        // The saved cluster belongs to this lesson text and this server version.
        let installation = try PostgresInstallation.locate(explicit: options.pgBin, environment: options.environment)
        // Setup SQL may come from files beside lesson.yaml: the key covers the SQL itself.
        let setupText =
            (lesson.setup.roles + lesson.setup.databases.flatMap { [$0.name] + $0.sql } + lesson.setup.after
            + lesson.serverSettings.map { "\($0.name)=\($0.value)" }
            + lesson.servers.map { "\($0)" }
            + (lesson.transactionCounterJump.map { ["next_xid=\($0.nextXid)"] } ?? []))
            .joined(separator: "\u{0}")
        options.serverSettings = lesson.serverSettings
        let key = ContentHash.hex(lessonSource + "\u{0}" + setupText + "\u{0}" + installation.version + "\u{0}setup-v2")
        let cacheRoot = options.resolvedCacheDirectory + "/lessons"
        let saved = cacheRoot + "/" + lesson.slug + "-" + key
        try? FileManager.default.createDirectory(atPath: cacheRoot, withIntermediateDirectories: true)
        let cacheHold = LessonCache.hold(saved)  // kept from eviction while this session runs
        let cached =
            FileManager.default.fileExists(atPath: saved + "/PG_VERSION") && savedNodesComplete(saved, lesson: lesson)
            && sandboxFilesCached(lesson, entry: saved)
        // The log of the setup that built the saved cluster: what happened during setup (a
        // deadlock the lesson is about) is in the server log on every start.
        let savedLog = saved + ".log"
        var preload: BackgroundResult<Baseline?>?
        var savedIdentity: String?
        if cached {
            options.initialData = saved
            options.initialLog = try? String(contentsOfFile: savedLog, encoding: .utf8)
            savedIdentity = ReadyCluster.name(of: saved)
            if let savedIdentity {
                preload = BackgroundResult { Baseline.load(saved + ".baseline.json", cluster: savedIdentity) }
            }
        }
        let started = ContinuousClock.now
        let sandbox = try Sandbox.start(options)
        Trace.note("sandbox started in \(ContinuousClock.now - started) (\(cached ? "saved lesson cluster" : "template"))")
        do {
            var savedCluster = saved
            var cacheSave: BackgroundCopy?
            if cached {
                try restoreNodes(lesson, in: sandbox, from: saved)
            } else {
                let setupStarted = ContinuousClock.now
                try prepareSandboxFiles(lesson, sandbox)
                try runSetup(lesson, on: .sandbox(sandbox))
                try finishSandboxSetup(lesson, sandbox)
                try SandboxTrace.timed("transaction counter jump") { try jumpTransactionCounter(lesson, sandbox) }
                try buildStandbys(lesson, in: sandbox)
                Trace.note("lesson setup took \(ContinuousClock.now - setupStarted)")
                if let log = try? sandbox.serverLogTail() {
                    try? FileManager.default.createDirectory(atPath: cacheRoot, withIntermediateDirectories: true)
                    try? log.write(toFile: savedLog, atomically: true, encoding: .utf8)
                }
                // Snapshot inside the sandbox (a memory copy) for \reset, and write the disk
                // cache for the next start in the background: the learner does not wait for it.
                try sandbox.snapshot(to: "lesson")
                savedCluster = try sandbox.snapshotDirectory(named: "lesson")
                try saveSandboxFiles(lesson, sandbox, snapshot: savedCluster, cacheEntry: saved)
                try? FileManager.default.createDirectory(atPath: cacheRoot, withIntermediateDirectories: true)
                cacheSave = BackgroundCopy(
                    from: savedCluster, to: saved, account: sandbox.account, withNodes: !sandbox.nodes.isEmpty)
            }
            let environment = LessonEnvironment(lesson: lesson, server: .sandbox(sandbox), savedCluster: savedCluster)
            environment.cacheEntry = saved
            environment.cacheSave = cacheSave
            environment.cacheHold = cacheHold
            environment.baselineFile = saved + ".baseline.json"
            if !lesson.files.names.isEmpty {
                environment.sandboxState.savedFiles = savedCluster + ".files"
                if cached { try environment.restoreSandboxFiles() }
            }
            environment.baselinePreload = preload
            environment.savedIdentity = savedIdentity
            // The copy into the disk cache begins once the baseline is measured (`broken()`).
            return try environment.broken()
        } catch {
            sandbox.stop()
            throw error
        }
    }

    /// Starts the background sessions on the set-up cluster and has the judge's baseline
    /// measured: its trap answers at once, the rest (rows, privileges, settings: what a
    /// connection does not change) on a thread of its own, while the learner reads the
    /// briefing. Everything that could change what it measures waits for it: the learner's
    /// first line (`LessonSessionRun`) and every evaluation, action and reset (`settleBaseline()`).
    private func broken() throws -> LessonEnvironment {
        try bringServersLive()
        try startPoolerIfNeeded()
        // A fresh baseline reads the preserved tables before the sessions start as well: a
        // session that keeps a lock queued on one (a stuck migration) blocks the later read.
        // Only a warm start reads a cached baseline, and only the one measured on the cluster
        // it was copied from; a cold start measures its own, whatever another start saved.
        let cached = baselinePreload.flatMap { preload in
            SandboxTrace.timed("baseline loaded") { (try? preload.wait().get()) ?? nil }
        }
        let beforeSessions =
            cached == nil && !lesson.sessions.isEmpty ? SandboxTrace.timed("preserved rows before sessions") { preservedRows() } : [:]
        try SandboxTrace.timed("background sessions started") { try startSessions() }
        if let cached {
            baseline = cached
            return self
        }
        let trapProbes = try SandboxTrace.timed("baseline trap probes") { try measureTrapBaseline() }
        let measurement = BackgroundResult { try self.measureBaseline(trapProbes: trapProbes, preservedBeforeSessions: beforeSessions) }
        baselineMeasurement = measurement
        if let file = baselineFile, let entry = cacheEntry {
            // A cold start's baseline goes with its cluster only if that cluster became the
            // cache entry (another start's copy may have got there first). Waiting for that
            // copy begins it: after the measuring, which need not share the cores with it.
            let copy = cacheSave
            let warm = savedIdentity
            baselineSave = BaselineSave(
                to: file, baseline: { try? measurement.wait().get() },
                cluster: {
                    guard let copy else { return warm }
                    return copy.wait() ? ReadyCluster.name(of: entry) : nil
                })
        }
        return self
    }

    /// Waits for a baseline still being measured and keeps it (or why it failed). Called on
    /// the REPL's thread before anything that reads the baseline or the checkers, which the
    /// measuring uses meanwhile.
    @discardableResult
    func settleBaseline() -> (any Error)? {
        if let measurement = baselineMeasurement {
            baselineMeasurement = nil
            switch measurement.wait() {
            case .success(let fresh): measuredBaseline = fresh
            case .failure(let error): baselineFailure = error
            }
        }
        return baselineFailure
    }

    /// Roles, databases (with pg_stat_statements in each), their contents, then the closing SQL.
    static func runSetup(_ lesson: Lesson, on sandbox: LessonServer) throws {
        // Setup's own statements stay out of pg_stat_statements, which learners read for
        // evidence; a lesson that seeds it sets `pg_stat_statements.track` itself.
        let quiet = "-c pg_stat_statements.track=none"
        let admin = try connect(sandbox.conninfo(), name: checkerName, what: "lesson setup", options: quiet)
        try SandboxTrace.timed("setup.roles") { try admin.runSteps(lesson.setup.roles, what: "setup.roles") }
        // FILE_COPY (PostgreSQL 15+) copies template1's files instead of WAL-logging every
        // block: faster for throw-away clusters whose WAL nobody replays.
        let strategy = sandbox.majorVersion >= 15 ? " STRATEGY = FILE_COPY" : ""
        func create(_ database: LessonSetup.Database) throws {
            let owner = database.owner.map { " OWNER \(quoteIdentifier($0))" } ?? ""
            try SandboxTrace.timed("CREATE DATABASE \(database.name)") {
                try admin.runScript(
                    "CREATE DATABASE \(quoteIdentifier(database.name))\(owner)\(strategy)", what: "setup.databases \(database.name)")
            }
        }
        let databases = lesson.setup.databases
        if databases.count > 1 && lesson.setup.databasesAreIndependent {
            // Databases whose SQL stays inside them are filled side by side, one connection
            // each: the server's cores share the work the learner waits for.
            for database in databases { try create(database) }
            let conninfos = databases.map { sandbox.conninfo(database: $0.name) }
            let failures = SetupFailures()
            let group = DispatchGroup()
            for (index, database) in databases.enumerated() {
                group.enter()
                Thread.detachNewThread {
                    do {
                        try fill(database, conninfo: conninfos[index], options: quiet)
                    } catch {
                        failures.add(index, error)
                    }
                    group.leave()
                }
            }
            group.wait()
            // The first failure in the lesson's order, as one after another would report it.
            if let failure = failures.first { throw failure }
        } else {
            for database in databases {
                try create(database)
                try fill(database, conninfo: sandbox.conninfo(database: database.name), options: quiet)
            }
        }
        try admin.runSteps(lesson.setup.after.map(SetupAnalyze.scoped), what: "setup.after")
        try SandboxTrace.timed("setup CHECKPOINT") { try admin.runScript("CHECKPOINT", what: "setup") }
    }

    /// A created database's contents: pg_stat_statements, then the lesson's SQL.
    private static func fill(_ database: LessonSetup.Database, conninfo: String, options: String) throws {
        let inside = try connect(conninfo, name: checkerName, what: "setup of \(database.name)", options: options)
        try inside.runScript("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", what: "setup of \(database.name)")
        try SandboxTrace.timed("setup of \(database.name)") {
            try inside.runSteps(database.sql.map(SetupAnalyze.scoped), what: "setup.databases \(database.name).sql")
        }
    }

    static func connect(_ conninfo: String, name: String, what: String, options: String? = nil) throws -> Connection {
        do {
            var overriding = ["connect_timeout": "5"]
            if let options { overriding["options"] = options }
            return try Connection(conninfo: conninfo, applicationName: .fixed(name), overriding: overriding)
        } catch {
            throw ScriptFailure(what: what, message: error.description)
        }
    }

    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Background sessions

    func startSessions() throws {
        sessions = []
        for spec in lesson.sessions {
            let session = BackgroundSession(spec: spec)
            // Each session is watched from its own server's pg_stat_activity.
            let observer = try checker(Self.sameServer("postgres", as: spec.database))
            try session.start(conninfo: conninfo(via: spec.via, database: spec.database, user: spec.role), observer: observer)
            sessions.append(session)
            if spec.until == .queued { try waitUntilQueued(session) }
        }
    }

    func pollSessions() {
        for session in sessions { session.poll() }
        releaseServedPoolerClients()
    }

    /// Before judging, lets sessions that were just unblocked (or just terminated) get there:
    /// waits, briefly, until every session still running has been seen settled (queued on a
    /// lock, or busy as set up) for 100 ms. `pg_terminate_backend` returns before its target
    /// exits, so one look is not enough.
    func settleSessions() {
        let deadline = Date().addingTimeInterval(3)
        var lockedSince: Date?
        while true {
            pollSessions()
            // Sessions queued in the pooler have no backend yet: the pooler's console says
            // whether they sit in its queue.
            let running = sessions.filter { $0.fate == .waiting && $0.spec.until != .queued }
            let queuedSettled = queuedSessionsSettled()
            if (running.isEmpty && queuedSettled) || Date() > deadline { return }
            // Parked behind parked sessions only, nothing can move: no need to watch for 100 ms.
            if queuedSettled && lockQueueIsParked(running) { return }
            // Settled: queued on a lock; for a session set up to keep running (a long report, a
            // sleeping job), busy with anything but a lock; for `until: waiting`, in its wait event.
            // Each server's sessions are looked up in that server's pg_stat_activity.
            var settled: [BackgroundSession] = []
            for (place, group) in Dictionary(grouping: running, by: { Self.sameServer("postgres", as: $0.spec.database) }) {
                let pids = "{" + group.map { String($0.backendPID) }.joined(separator: ",") + "}"
                let activity =
                    (try? checker(place).query(
                        "SELECT pid, coalesce(state, ''), coalesce(wait_event_type, ''), coalesce(wait_event, '') FROM pg_catalog.pg_stat_activity WHERE pid = ANY($1::int[])",
                        parameters: [pids]))?.rows ?? []
                settled += group.filter { session in
                    activity.contains { row in
                        row[0] == String(session.backendPID)
                            && session.isSettled(state: row[1] ?? "", waitType: row[2] ?? "", waitEvent: row[3] ?? "")
                    }
                }
            }
            if settled.count == running.count && queuedSettled {
                let since = lockedSince ?? Date()
                lockedSince = since
                if Date().timeIntervalSince(since) >= 0.1 { return }
            } else {
                lockedSince = nil
            }
            usleep(10_000)
        }
    }

    // MARK: - Instruments

    /// The checker's connection options. The tutor's probes stay out of pg_stat_statements:
    /// the learner reads it for evidence.
    static let checkerOptions = "-c lock_timeout=1s -c statement_timeout=5s -c pg_stat_statements.track=none"

    /// A superuser connection for checks in `database`, reopened if the learner killed it.
    /// Audits use one checker per database from several threads at once (never one connection
    /// from two threads): the cache itself is guarded.
    func checker(_ database: String) throws -> Connection {
        if let existing = checkerLock.withLock({ checkers[database] }), !existing.isBad, existing.transactionState == .idle {
            return existing
        }
        let fresh = try Self.connect(
            server.conninfo(database: database), name: Self.checkerName, what: "checker for \(database)",
            options: Self.checkerOptions)
        checkerLock.withLock { checkers[database] = fresh }
        return fresh
    }

    /// Runs a check or trap probe: the first value of its one row, or an error text.
    func probe(_ sql: String, in database: String) -> Result<String?, ScriptFailure> {
        for attempt in 0..<2 {
            do {
                let connection = try checker(database)
                do {
                    return .success(try connection.scalar(sql))
                } catch .connectionLost {
                    if attempt == 0 { continue }
                    return .failure(ScriptFailure(what: "probe", message: "connection lost"))
                } catch .server(let message) {
                    return .failure(ScriptFailure(what: "probe", message: message.message))
                }
            } catch {
                return .failure(error as? ScriptFailure ?? ScriptFailure(what: "probe", message: "\(error)"))
            }
        }
        return .failure(ScriptFailure(what: "probe", message: "unreachable"))
    }

    /// The whole workload, every step at once on its own connection and thread (steps only
    /// insert and are rolled back, so they cannot disturb each other): a blocked table then
    /// costs one lock timeout, not one per step. Plain threads, not `concurrentPerform`, whose
    /// pool is as small as the machine (two cores) while these threads mostly wait.
    func runWorkload(_ steps: [WorkloadStep]? = nil) -> [String: WorkloadOutcome] {
        settleBaseline()
        let results = OutcomeBox()
        let group = DispatchGroup()
        // One lock watch per server whose plain steps may queue behind the lesson's sessions.
        let frozen = frozenSessionPIDs
        var watches: [String: LockWaitWatch] = [:]
        defer { for watch in watches.values { watch.finish() } }
        for step in steps ?? lesson.workload {
            let database: String
            switch resolveEndpoint(of: step) {
            case .database(let resolved): database = resolved
            case .failed(let outcome):
                results.set(step.id, outcome)
                continue
            }
            let conninfo = conninfo(via: step.via, database: database, user: step.role)
            // A concurrent step's sessions may log in as other roles than the step's own.
            var byRole: [String: String] = [:]
            for role in Set(step.concurrent.map(\.role)) { byRole[role] = server.conninfo(database: step.database, user: role) }
            let observer = server.conninfo(database: Self.sameServer("postgres", as: step.database))
            let observerOfStep = server.conninfo(database: Self.sameServer("postgres", as: database))
            let roleConninfo = byRole
            var watch: LockWaitWatch?
            if !frozen.isEmpty, step.via != .pooler, step.concurrent.isEmpty, Self.lockTimeoutEndsStuckWait(step) {
                watch = watches[observer] ?? LockWaitWatch(observer: observer, frozen: frozen)
                watches[observer] = watch
            }
            let stepWatch = watch
            let parked = parkedPoolerClients
            let console = sandbox.flatMap { poolerConninfo(database: LessonPooler.consoleDatabase, user: $0.superuser) }
            group.enter()
            Thread.detachNewThread {
                if step.via == .pooler {
                    results.set(step.id, Self.runPoolerWorkloadStep(step, conninfo: conninfo, console: console, parked: parked))
                } else if step.concurrent.isEmpty {
                    results.set(
                        step.id,
                        Self.runWorkloadStep(step, conninfo: conninfo, watch: stepWatch) { results.closed($0, on: observerOfStep) })
                } else {
                    results.set(step.id, ConcurrentReplay.run(step, conninfo: { roleConninfo[$0] ?? conninfo }, observer: observer))
                }
                group.leave()
            }
        }
        group.wait()
        waitUntilGone(results.closedBackends)
        return results.all
    }

    /// Waits, up to a second, until the backends of workload connections just closed have
    /// left `pg_stat_activity`: a backend ends a moment after its client hangs up, and a check
    /// that counts the application's idle connections must not count pgcoach's own. On a
    /// connection of its own: the audits use the checkers meanwhile, on another thread.
    func waitUntilGone(_ backends: [String: [Int32]]) {
        let started = ContinuousClock.now
        defer { Trace.note("workload backends gone in \(ContinuousClock.now - started)") }
        for (observer, pids) in backends where !pids.isEmpty {
            let kept = checkerLock.withLock { backendWatchers[observer] }.flatMap { $0.isBad ? nil : $0 }
            guard let connection = kept ?? (try? Self.connect(observer, name: Self.checkerName, what: "workload backends"))
            else { continue }
            checkerLock.withLock { backendWatchers[observer] = connection }
            let list = "{" + pids.map(String.init).joined(separator: ",") + "}"
            let deadline = ContinuousClock.now + .seconds(1)
            while ContinuousClock.now < deadline {
                guard
                    let left = try? connection.query(
                        "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE pid = ANY($1::int[])", parameters: [list]),
                    left.rows.first?.first == "0"
                else {
                    usleep(5_000)
                    continue
                }
                break
            }
        }
    }

    /// What the application would log for a refused connection: the server's words, without
    /// libpq's `connection to server on socket "…" failed:` preamble or line breaks.
    static func connectionFailureSummary(_ message: String) -> String {
        var text = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        if let range = text.range(of: "failed: ") { text = String(text[range.upperBound...]) }
        if text.hasPrefix("FATAL:") { text = String(text.dropFirst("FATAL:".count)).trimmingCharacters(in: .whitespaces) }
        return text.replacingOccurrences(of: "  ", with: " ")
    }

    /// The backends of the lesson's sessions that hold or queue for locks and that pgcoach
    /// never drives again: what a workload step may be stuck behind (`LockWaitWatch`).
    var frozenSessionPIDs: Set<Int32> {
        Set(sessions.filter { $0.backendPID > 0 && ($0.fate == .idleInTransaction || $0.fate == .waiting) }.map(\.backendPID))
    }

    /// Whether a step queued behind frozen sessions is bound to fail by its lock timeout: one
    /// shorter than its statement timeout, and no timeouts of its own in its settings.
    static func lockTimeoutEndsStuckWait(_ step: WorkloadStep) -> Bool {
        (1..<5000).contains(step.lockTimeoutMilliseconds)
            && !step.settings.contains { ["lock_timeout", "statement_timeout"].contains($0.name.lowercased()) }
    }

    /// One workload step, as the application would run it, rolled back afterwards. Queued
    /// behind the lesson's frozen sessions only (`watch`), it is cut short as its lock timeout
    /// would be.
    /// `closed` receives the step's backend once its connection is closed.
    static func runWorkloadStep(
        _ step: WorkloadStep, conninfo: String, watch: LockWaitWatch?, closed: (Int32) -> Void = { _ in }
    ) -> WorkloadOutcome {
        let (outcome, backend) = runWorkloadStepConnected(step, conninfo: conninfo, watch: watch)
        // The connection ended with the call above.
        if let backend { closed(backend) }
        return outcome
    }

    private static func runWorkloadStepConnected(
        _ step: WorkloadStep, conninfo: String, watch: LockWaitWatch?
    ) -> (WorkloadOutcome, Int32?) {
        let connection: Connection
        do {
            connection = try Self.connect(
                conninfo, name: Self.workloadName, what: step.id,
                options: "-c lock_timeout=\(step.lockTimeoutMilliseconds)ms -c statement_timeout=5s"
                    + ConnectionOptions.encode(step.settings))
        } catch {
            let message = (error as? ScriptFailure)?.message ?? "\(error)"
            return (WorkloadOutcome(passed: false, detail: Self.connectionFailureSummary(message)), nil)
        }
        guard let watch, let cancel = try? connection.makeCancelHandle() else {
            return (outcome(of: step, on: connection, after: ["BEGIN"]), connection.backendPID)
        }
        let started = ContinuousClock.now
        let pid = connection.backendPID
        watch.watch(pid, cancel: cancel)
        let result = outcome(of: step, on: connection, after: ["BEGIN"])
        let cutShort = watch.release(pid)
        Trace.note(
            "workload step \(step.id): \(ContinuousClock.now - started)\(cutShort ? " (queued behind lesson sessions only: cut short)" : "")"
        )
        return (LockWaitWatch.outcome(result, cancelledAsStuck: cutShort), pid)
    }

    /// Runs `first` (each its own query), then the step's SQL, judges its value, and rolls
    /// the transaction back.
    static func outcome(of step: WorkloadStep, on connection: Connection, after first: [String]) -> WorkloadOutcome {
        defer { _ = try? connection.query("ROLLBACK") }
        do {
            for statement in first { _ = try connection.query(statement) }
            let value = try connection.scalar(step.sql)
            if step.expectTrue && value != "t" {
                return WorkloadOutcome(passed: false, detail: "returned \(value ?? "NULL") instead of true")
            }
            return WorkloadOutcome(passed: true, detail: "ok")
        } catch {
            switch error {
            case .server(let message): return WorkloadOutcome(passed: false, detail: message.message)
            case .connectionLost(let lost): return WorkloadOutcome(passed: false, detail: lost.description)
            }
        }
    }

    func session(named name: String) -> BackgroundSession? {
        sessions.first { $0.spec.name == name }
    }

    // MARK: - Reset and teardown

    /// Back to the broken state: the cluster as set up, background sessions started again.
    func reset() throws {
        settleBaseline()
        for session in sessions { session.close() }
        sessions = []
        checkerLock.withLock {
            checkers = [:]
            backendWatchers = [:]
        }
        stopPooler()
        switch server {
        case .sandbox(let sandbox):
            try removeActionServers()
            try SandboxTrace.timed("restore") { try sandbox.restore(fromDirectory: savedCluster ?? "") }
            try restoreSandboxFiles()
            try bringServersLive()
        case .external(let external):
            external.dropLessonObjects()
            try Self.runSetup(lesson, on: server)
        }
        try startPoolerIfNeeded()
        try SandboxTrace.timed("background sessions started") { try startSessions() }
        // A restored sandbox is the very cluster the baseline was taken on; an external
        // server ran its setup again and is measured anew.
        if case .external = server { baseline = try measureBaseline(trapProbes: measureTrapBaseline()) }
    }

    func stop() {
        // The measuring uses the checkers and the sessions' server.
        settleBaseline()
        for session in sessions { session.close() }
        sessions = []
        checkerLock.withLock {
            checkers = [:]
            backendWatchers = [:]
        }
        // The sandbox's last spare is a copy of the cache entry when the entry is the cluster
        // this session started from, or the copy this cold start wrote (not one another
        // process saved first): it becomes the next start's ready copy.
        let entryIsOurs = cacheSave?.wait() ?? true
        cacheSave = nil
        if entryIsOurs, case .sandbox(let sandbox) = server, let savedCluster, let cacheEntry {
            sandbox.keepSpare(of: savedCluster, asCopyOf: cacheEntry)
        }
        baselineSave?.wait()
        baselineSave = nil
        if cacheHold >= 0 { close(cacheHold) }
        cacheHold = -1
        stopPooler()
        server.stop()
    }
}

/// A copy of a stopped cluster made on a background thread.
// @unchecked: `placed` is written by the copying thread before `done` is signalled and read
// only after waiting for it.
final class BackgroundCopy: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var placed = false
    private let lock = NSLock()
    private var work: (@Sendable () -> Void)?

    /// With `withNodes`, the saved nodes (`source.nodes`) go first: the cluster itself is what
    /// makes an entry count as saved. The copy begins at `start()`: once the learner's sandbox
    /// is ready, so that it does not share the cores with the sessions and the baseline.
    init(from source: String, to destination: String, account: ServerAccount, withNodes: Bool = false) {
        work = { [self] in
            // A failed cache write only costs the next start its warm path.
            let nodesSaved =
                !withNodes
                || (try? Sandbox.saveCopy(
                    of: Sandbox.savedNodesDirectory(of: source), to: Sandbox.savedNodesDirectory(of: destination), account: account)) != nil
            if nodesSaved, let placed = try? Sandbox.saveCopy(of: source, to: destination, account: account) {
                LessonCache.evictOlderVariants(than: destination)
                self.placed = placed
            }
            done.signal()
        }
    }

    /// Begins the copy on a thread of its own; once only.
    func start() {
        guard
            let work = lock.withLock({ () -> (@Sendable () -> Void)? in
                defer { self.work = nil }
                return self.work
            })
        else { return }
        Thread.detachNewThread(work)
    }

    /// Waits for the copy (beginning it if nobody has); whether it is the one now at the destination.
    @discardableResult
    func wait() -> Bool {
        start()
        done.wait()
        done.signal()
        return placed
    }
}

/// Failures of databases set up side by side, by the database's place in the lesson.
final class SetupFailures: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var failures: [Int: any Error] = [:]

    func add(_ index: Int, _ error: any Error) {
        lock.withLock { failures[index] = error }
    }

    var first: (any Error)? { lock.withLock { failures.min { $0.key < $1.key }?.value } }
}

/// Workload outcomes collected from several threads.
final class OutcomeBox: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var outcomes: [String: WorkloadOutcome] = [:]
    private var closed: [String: [Int32]] = [:]

    /// A workload connection's backend, closed, on the server `observer` (a conninfo) reaches.
    func closed(_ backend: Int32, on observer: String) {
        lock.withLock { closed[observer, default: []].append(backend) }
    }

    var closedBackends: [String: [Int32]] { lock.withLock { closed } }

    func set(_ id: String, _ outcome: WorkloadOutcome) {
        lock.withLock { outcomes[id] = outcome }
    }

    var all: [String: WorkloadOutcome] { lock.withLock { outcomes } }
}

/// How one workload step went.
typealias WorkloadOutcome = Observations.WorkloadResult

/// A stable, dependency-free content hash (64-bit FNV-1a) for cache keys.
enum ContentHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
