import Foundation
import PostgresClient
import TutorCore

/// One of the lesson's live sessions (the migration holding a lock, a writer queued behind it),
/// held open by pgcoach for the whole session and watched without ever blocking the prompt.
final class BackgroundSession {
    /// What became of the session; checks and traps read it.
    typealias Fate = SessionFate

    let spec: BackgroundSessionSpec
    private(set) var connection: Connection?
    private(set) var fate: Fate = .idle
    private(set) var failure: String?
    private(set) var backendPID: Int32 = 0
    /// When the last statement was sent (for "waiting for 2m13s").
    private(set) var since = Date()
    private var pending = false

    init(spec: BackgroundSessionSpec) {
        self.spec = spec
    }

    /// Connects as the session's role and runs its statements, leaving the last one running
    /// when the session is meant to block. `observer` watches pg_stat_activity.
    func start(conninfo: String, observer: Connection) throws {
        let connection: Connection
        do {
            connection = try Connection(conninfo: conninfo, applicationName: .fixed(spec.applicationName))
        } catch {
            throw ScriptFailure(what: "background session \(spec.name)", message: error.description)
        }
        self.connection = connection
        // Through a pooler the key libpq holds is the pooler's, no backend's (see below).
        backendPID = spec.via == .pooler ? 0 : connection.backendPID
        for statement in spec.statements.dropLast() {
            try connection.runScript(statement, what: "background session \(spec.name)")
        }
        // Through a pooler the connection's own pid is the pooler's; inside a transaction the
        // server backend is fixed, and it is the one pg_stat_activity shows.
        if spec.via == .pooler, connection.transactionState != .idle,
            let pid = (try? connection.scalar("SELECT pg_catalog.pg_backend_pid()")).flatMap({ $0.flatMap { Int32($0) } })
        {
            backendPID = pid
        }
        let last = spec.statements.last ?? ""
        since = Date()
        switch spec.until {
        case .idleInTransaction, .idle:
            try connection.runScript(last, what: "background session \(spec.name)")
            fate = spec.until == .idle ? .idle : .idleInTransaction
        case .waitingOnLock, .running, .waiting, .queued:
            do {
                try connection.send(last)
            } catch {
                throw ScriptFailure(what: "background session \(spec.name)", message: error.description)
            }
            pending = true
            fate = .waiting
            // A queued session has no backend yet: the environment watches the pooler's console.
            if spec.until != .queued { try waitUntilSettled(observer: observer) }
        }
    }

    /// Waits (a few seconds at most) until pg_stat_activity shows the state the lesson asked for.
    private func waitUntilSettled(observer: Connection) throws {
        let deadline = Date().addingTimeInterval(5)
        var seen = "?"
        while Date() < deadline {
            poll()
            if fate != .waiting {
                throw ScriptFailure(
                    what: "background session \(spec.name)",
                    message: "finished instead of \(spec.until.rawValue) (\(failure ?? fate.rawValue))")
            }
            let row = try? observer.query(
                "SELECT state, coalesce(wait_event_type, ''), coalesce(wait_event, '') FROM pg_catalog.pg_stat_activity WHERE pid = $1",
                parameters: [String(backendPID)])
            let state = row?.rows.first?[0] ?? nil
            let waitType = row?.rows.first?[1] ?? nil
            let waitEvent = row?.rows.first?[2] ?? ""
            seen = "\(state ?? "?")/\(waitType ?? "")/\(waitEvent)"
            if spec.until == .waitingOnLock && waitType == "Lock" { return }
            if spec.until == .running && state == "active" { return }
            if spec.until == .waiting && isSettled(state: state ?? "", waitType: waitType ?? "", waitEvent: waitEvent) { return }
            usleep(5_000)
        }
        throw ScriptFailure(
            what: "background session \(spec.name)", message: "did not reach \(spec.until.rawValue) within 5 s (last seen: \(seen))")
    }

    /// Whether what pg_stat_activity shows is where this session is meant to sit: queued on a
    /// lock (`waiting_on_lock`), busy with anything but a lock (`running`), or in the lesson's
    /// `wait_event` (`waiting`).
    func isSettled(state: String, waitType: String, waitEvent: String) -> Bool {
        switch spec.until {
        case .waiting: return state == "active" && !waitEvent.isEmpty && LessonPattern.matches(spec.waitEvent ?? "", waitEvent)
        case .running: return state == "active" && waitType != "Lock"
        default: return waitType == "Lock"
        }
    }

    /// Reads what happened since the last look, without blocking.
    func poll() {
        guard let connection, fate != .terminated else { return }
        if pending {
            switch connection.pollPending() {
            case .running:
                fate = .waiting
            case .finished(let error):
                pending = false
                if let error {
                    failure = error.message
                    switch error.sqlState {
                    case "57P01": fate = .terminated
                    case "57014": fate = .cancelled
                    default: fate = .failed
                    }
                } else {
                    fate = .completed
                }
            case .lost(let message):
                pending = false
                failure = message
                fate = .terminated
            }
        } else if !connection.isAliveWithoutBlocking() {
            fate = .terminated
        }
    }

    /// Closes the connection (for `\reset` and exit).
    func close() {
        connection = nil
    }
}
