import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// The lesson's further servers (`servers:`): standbys built after setup and saved with the
/// lesson, brought back on warm starts and `\reset`, and the live state every start applies.
extension LessonEnvironment {
    /// How long standbys may take to catch up before a start gives up.
    static let catchUpTimeout = 15.0

    /// The standbys in the order they are built (each after its upstream).
    static func standbys(of lesson: Lesson) -> [ServerSpec] {
        lesson.servers.filter { $0.name != ServerSpec.primary }
    }

    /// Whether the saved lesson at `saved` holds every node the lesson needs.
    static func savedNodesComplete(_ saved: String, lesson: Lesson) -> Bool {
        standbys(of: lesson).allSatisfy {
            FileManager.default.fileExists(atPath: Sandbox.savedNodesDirectory(of: saved) + "/" + $0.name + "/PG_VERSION")
        }
    }

    /// Cold start: each standby made with `pg_basebackup` from its upstream, then caught up.
    static func buildStandbys(_ lesson: Lesson, in sandbox: Sandbox) throws {
        for spec in standbys(of: lesson) {
            let started = ContinuousClock.now
            do {
                try sandbox.addStandby(spec.name, of: spec.standbyOf, slot: spec.slot, settings: spec.settings)
            } catch {
                throw ScriptFailure(what: "servers \(spec.name)", message: "\(error)")
            }
            Trace.note("standby \(spec.name) built in \(ContinuousClock.now - started)")
        }
        try waitForCatchUp(lesson, server: .sandbox(sandbox))
    }

    /// Warm start: the saved nodes copied back and started.
    static func restoreNodes(_ lesson: Lesson, in sandbox: Sandbox, from saved: String) throws {
        for spec in standbys(of: lesson) {
            try sandbox.addNode(
                spec.name, copying: Sandbox.savedNodesDirectory(of: saved) + "/" + spec.name, upstream: spec.standbyOf,
                slot: spec.slot)
        }
    }

    /// Every start (cold, warm, `\reset`): standbys caught up, each server's `each_start` SQL
    /// in the order the servers are listed, then the lost servers stopped.
    func bringServersLive() throws {
        guard !lesson.servers.isEmpty, case .sandbox(let sandbox) = server else { return }
        try Self.waitForCatchUp(lesson, server: server)
        for spec in lesson.allServers where !spec.eachStart.isEmpty {
            let connection = try Self.connect(
                server.conninfo(database: DatabaseLocation(database: spec.eachStartDatabase, server: spec.name).key),
                name: Self.checkerName,
                what: "servers \(spec.name) each_start", options: "-c pg_stat_statements.track=none")
            try connection.runSteps(spec.eachStart, what: "servers \(spec.name) each_start")
        }
        for spec in lesson.allServers where spec.lost {
            try sandbox.stopServer(named: spec.name)
        }
        checkerLock.withLock { checkers = checkers.filter { !$0.value.isBad } }
    }

    /// Waits until every standby has replayed what its upstream has written (or received).
    static func waitForCatchUp(_ lesson: Lesson, server: LessonServer) throws {
        let started = ContinuousClock.now
        var connections: [String: Connection] = [:]
        func connection(_ name: String) throws -> Connection {
            if let open = connections[name] { return open }
            let fresh = try connect(
                server.conninfo(database: DatabaseLocation(database: "postgres", server: name).key), name: checkerName,
                what: "catching up \(name)", options: "-c pg_stat_statements.track=none")
            connections[name] = fresh
            return fresh
        }
        let deadline = Date().addingTimeInterval(catchUpTimeout)
        for spec in standbys(of: lesson) {
            guard let upstream = spec.standbyOf else { continue }
            let source = try connection(upstream)
            // On a primary: what it has written; on a standby upstream: what it has received.
            let target =
                try source.scalar(
                    "SELECT CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_receive_lsn() ELSE pg_catalog.pg_current_wal_lsn() END"
                )
                ?? "0/0"
            let standby = try connection(spec.name)
            while true {
                let caughtUp = try standby.scalar(
                    "SELECT coalesce(pg_catalog.pg_last_wal_replay_lsn() >= $1::pg_lsn, false)", parameters: [target])
                if caughtUp == "t" { break }
                if Date() > deadline {
                    throw ScriptFailure(
                        what: "servers \(spec.name)",
                        message:
                            "the standby did not replay up to \(target) within \(Int(catchUpTimeout)) s; see its log in the sandbox's nodes/\(spec.name)/server.log"
                    )
                }
                usleep(5_000)
            }
        }
        if !standbys(of: lesson).isEmpty { Trace.note("standbys caught up in \(ContinuousClock.now - started)") }
    }

    /// `database` (a plain name) on the server of the location key `key`.
    static func sameServer(_ database: String, as key: String) -> String {
        DatabaseLocation(database: database, server: DatabaseLocation(key: key).server).key
    }
}
