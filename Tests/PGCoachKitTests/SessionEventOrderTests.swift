import Foundation
import LineEditing
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// The events a REPL session publishes, in order, on a scripted connection (and a scripted
/// lesson for the tutor's rows): what the journal records, and that it records each event
/// before anything reacts to it — the tutor's milestone comes after the result that proves it.
@Suite struct SessionEventOrderTests {
    struct Row: Sendable, CustomStringConvertible {
        var script: String
        /// Run as a lesson: the tutor rides along (on `TutorCompanionScriptedTests`' lesson).
        var lesson = false
        /// The events, as `describe` names them, as the record phase sees them.
        var events: [String]
        var description: String { script }
    }

    static let rows: [Row] = [
        Row(
            script: "select id, state from orders;\n",
            events: ["sql select id, state from orders; @shop", "finished select id, state from orders;", "waiting", "ending"]),
        Row(
            script: "select * from missing_table;\n",
            events: [
                "sql select * from missing_table; @shop", "finished select * from missing_table; 42P01", "waiting", "ending",
            ]),
        Row(
            script: "\\c archive\nselect id from orders;\n",
            events: [
                "meta \\c archive @shop", "connected @archive", "sql select id from orders; @archive",
                "finished select id from orders;", "waiting", "ending",
            ]),
        Row(script: "", events: ["waiting", "ending"]),
        Row(
            script: "select pid, state from pg_stat_activity;\n", lesson: true,
            events: [
                "sql select pid, state from pg_stat_activity; @shop", "finished select pid, state from pg_stat_activity;",
                "effect checkFrontsBroken", "effect milestoneMet", "effect say", "effect phaseChanged", "effect say", "waiting", "ending",
            ]),
        Row(
            script: "\\check\n", lesson: true,
            events: ["meta \\check @shop", "finished \\check", "effect runChecks", "evaluated", "effect say", "waiting", "ending"]),
    ]

    @Test(arguments: rows) func theJournalRecordsEachEventBeforeAnythingReactsToIt(row: Row) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-events-\(UUID().uuidString)").path
        let out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(out)
            unlink(path)
        }
        let replies = row.lesson ? TutorCompanionScriptedTests.replies : ReplSessionScriptedTests.orders
        let output = ConsoleOutput(outputDescriptor: out, errorDescriptor: out)
        let session = ReplSession(
            connection: ScriptedConnection(replies: replies), reader: PlainLineReader(text: row.script), output: output)
        // Subscribed in the wrong order on purpose: the phases, not the order, decide.
        var log: [(phase: SessionEventPhase, event: String)] = []
        session.events.subscribe(.react) { event in Self.describe(event).map { log.append((.react, $0)) } }
        if row.lesson {
            let tutor = TutorCompanion(
                lesson: TutorCompanionScriptedTests.lesson, environment: ScriptedLessonRuntime(lesson: TutorCompanionScriptedTests.lesson))
            tutor.attach(to: session)
            tutor.begin(in: session)
            log = []
        }
        session.events.subscribe(.record) { event in Self.describe(event).map { log.append((.record, $0)) } }
        _ = session.run()

        #expect(log.filter { $0.phase == .record }.map(\.event) == row.events)
        // Every reaction follows the recording of its event.
        var recorded: [String: Int] = [:]
        for entry in log {
            if entry.phase == .record {
                recorded[entry.event, default: 0] += 1
            } else {
                #expect(recorded[entry.event, default: 0] > 0, "\(entry.event) reached a reactor before the journal")
                recorded[entry.event, default: 0] -= 1
            }
        }
    }

    /// One event, short: what it is and what it carries that the journal keeps (`nil`: printed text).
    static func describe(_ event: SessionEvent) -> String? {
        switch event {
        case .inputStarting(let input, let kind, let location): "\(kind == .sql ? "sql" : "meta") \(input) @\(location)"
        case .finished(let record): (["finished", record.input] + [record.error?.sqlState].compactMap { $0 }).joined(separator: " ")
        case .printed: nil
        case .connectionChanged(let location): "connected @\(location)"
        case .tutorEffect(let effect): "effect " + String("\(effect)".prefix { $0 != "(" })
        case .evaluated: "evaluated"
        case .actionRan(let text): "action \(text)"
        case .waitingForInput: "waiting"
        case .ending: "ending"
        }
    }
}
