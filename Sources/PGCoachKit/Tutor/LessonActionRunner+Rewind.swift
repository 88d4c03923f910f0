import Foundation
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// `rewind` (and `rebuild_standby … from:`): the old primary after a failover made a standby of
/// the new one. Every refusal is decided before anything changes, so a refused run leaves the
/// sandbox as it was.
extension LessonActionRunner {
    static func runRewind(_ rewind: RewindAction, lesson: Lesson, sandbox: Sandbox) -> ActionOutcome {
        let (target, source) = (rewind.server, rewind.from)
        if let problem = followProblem(target: target, source: source, lesson: lesson, sandbox: sandbox, needsStopped: true) {
            return ActionOutcome(succeeded: false, summary: problem)
        }
        let started = ContinuousClock.now
        let timeline: String
        var rewound = true
        do {
            let primary = try LessonEnvironment.connect(
                sandbox.conninfo(server: source), name: LessonEnvironment.checkerName, what: "rewind \(target)")
            if try primary.scalar("SELECT pg_catalog.pg_is_in_recovery()") == "t" {
                return ActionOutcome(
                    succeeded: false,
                    summary: "\(source) is not a primary (it is still in recovery): promote it first (SELECT pg_promote() on \(source))")
            }
            // pg_rewind reads the source's timeline from its control file, which a promotion
            // updates only at its next checkpoint: without one it finds "no rewind required".
            _ = try primary.query("CHECKPOINT")
            timeline = try primary.scalar("SELECT timeline_id::text FROM pg_catalog.pg_control_checkpoint()") ?? "?"
            if let slot = rewind.slot { try ensureSlot(slot, on: primary) }
            let result = try sandbox.rewindServer(target, from: source)
            guard let status = result.status else {
                return ActionOutcome(
                    succeeded: false,
                    summary: "pg_rewind ran over 60 s and was stopped; \(target) stays down (\\reset puts every server back)")
            }
            guard status == 0 else {
                return ActionOutcome(
                    succeeded: false,
                    summary: "pg_rewind failed: \(rewindComplaint(result.output)); \(target) stays down (\\reset puts every server back)")
            }
            rewound = !result.output.contains("no rewind required")
            try sandbox.startAsStandby(target, of: source, slot: rewind.slot)
            if let problem = try waitUntilStreaming(target, from: source, timeline: timeline, sandbox: sandbox) {
                return ActionOutcome(succeeded: false, summary: problem)
            }
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot rewind \(target): \(message(error))")
        }
        let seconds = secondsSince(started)
        let how = rewound ? "rewound with pg_rewind to \(source)'s timeline \(timeline)" : "needed no rewind (pg_rewind found no fork)"
        return ActionOutcome(
            succeeded: true,
            summary: "\(target) \(how) and streams from \(source)\(rewind.slot.map { " through slot \($0)" } ?? "") (\(seconds) s)",
            columns: ["server", "upstream", "timeline", "status"], rows: [[target, source, timeline, "streaming"]])
    }

    /// `rebuild_standby` with `from`: any server (the old primary) copied again from `from`
    /// with `pg_basebackup` and started as its standby.
    static func runRecopy(_ target: String, from source: String, slot: String?, lesson: Lesson, sandbox: Sandbox) -> ActionOutcome {
        if let problem = followProblem(target: target, source: source, lesson: lesson, sandbox: sandbox, needsStopped: false) {
            return ActionOutcome(succeeded: false, summary: problem)
        }
        let started = ContinuousClock.now
        let timeline: String
        do {
            let upstream = try LessonEnvironment.connect(
                sandbox.conninfo(server: source), name: LessonEnvironment.checkerName, what: "rebuild \(target)")
            timeline = try upstream.scalar(timelineQuery) ?? "?"
            if let slot { try ensureSlot(slot, on: upstream) }
            try sandbox.recopyServer(target, from: source, slot: slot)
            if let problem = try waitUntilStreaming(target, from: source, timeline: timeline, sandbox: sandbox) {
                return ActionOutcome(succeeded: false, summary: problem)
            }
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot rebuild \(target): \(message(error))")
        }
        let seconds = secondsSince(started)
        return ActionOutcome(
            succeeded: true,
            summary:
                "\(target) rebuilt from \(source) with pg_basebackup\(slot.map { " through slot \($0)" } ?? ""), streaming on timeline \(timeline) (\(seconds) s)",
            columns: ["server", "upstream", "timeline", "status"], rows: [[target, source, timeline, "streaming"]])
    }

    /// The timeline a server writes (a primary) or receives (a standby) now: the first 8 hex
    /// digits of its current WAL file's name, which a promotion changes at once (its control
    /// file only at the next checkpoint).
    static let timelineQuery = """
        SELECT ('x' || substr(pg_catalog.pg_walfile_name(CASE WHEN pg_catalog.pg_is_in_recovery()
                THEN pg_catalog.pg_last_wal_receive_lsn() ELSE pg_catalog.pg_current_wal_lsn() END), 1, 8))::bit(32)::int::text
        """

    /// Why `target` cannot be made to follow `source` now (nil: it can): one line that says what
    /// to do.
    static func followProblem(target: String, source: String, lesson: Lesson, sandbox: Sandbox, needsStopped: Bool) -> String? {
        guard sandbox.isRunning(source) else { return "\(source) is down: there is no new primary for \(target) to follow" }
        guard needsStopped, sandbox.isRunning(target) else { return nil }
        let fence = lesson.actions.first {
            if case .fence(let server) = $0.kind { return server == target }
            return false
        }
        return "\(target) is running: pg_rewind needs it stopped first"
            + (fence.map { " (\\action \($0.id) stops it)" } ?? "")
    }

    /// Creates the physical slot `slot` on `connection`'s server unless it exists, reserving WAL
    /// at once so nothing the follower needs is recycled before it connects.
    static func ensureSlot(_ slot: String, on connection: Connection) throws {
        _ = try connection.query(
            """
            SELECT pg_catalog.pg_create_physical_replication_slot($1, true)
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_replication_slots WHERE slot_name = $1)
            """, parameters: [slot])
    }

    /// Polls until `target` streams from `source` on `timeline` and has replayed what `source`
    /// had written when asked; returns why not after `LessonEnvironment.catchUpTimeout`.
    static func waitUntilStreaming(_ target: String, from source: String, timeline: String, sandbox: Sandbox) throws -> String? {
        let upstream = try LessonEnvironment.connect(
            sandbox.conninfo(server: source), name: LessonEnvironment.checkerName, what: "follow \(source)")
        let position = try upstream.scalar("SELECT pg_catalog.pg_current_wal_lsn()::text") ?? "0/0"
        let follower = try LessonEnvironment.connect(
            sandbox.conninfo(server: target), name: LessonEnvironment.checkerName, what: "follow \(source)")
        let streaming = """
            SELECT coalesce(pg_catalog.pg_last_wal_replay_lsn() >= $1::pg_lsn, false)
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_wal_receiver WHERE status = 'streaming' AND received_tli = $2::int)
            """
        let deadline = Date().addingTimeInterval(LessonEnvironment.catchUpTimeout)
        while try follower.scalar(streaming, parameters: [position, timeline]) != "t" {
            if Date() > deadline {
                return
                    "\(target) started as a standby of \(source) but was not streaming on timeline \(timeline) within \(Int(LessonEnvironment.catchUpTimeout)) s (\\log on \(target) says why)"
            }
            usleep(5_000)
        }
        return nil
    }

    /// `1.2`: how long a server action took, for its summary line.
    static func secondsSince(_ started: ContinuousClock.Instant) -> String {
        TimingFormat.formatFixed(ReplSession.milliseconds(ContinuousClock.now - started) / 1000, decimals: 1)
    }

    /// pg_rewind's own complaint: its first `error:` line without the program name, else its
    /// last line.
    static func rewindComplaint(_ output: String) -> String {
        let lines = output.split(whereSeparator: \.isNewline).map(String.init)
        let line = lines.first { $0.contains("error:") } ?? lines.last ?? "no output"
        let text = line.replacing("pg_rewind: error: ", with: "").replacing("pg_rewind: ", with: "")
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
