import Foundation
import LineEditing
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// The REPL against a scripted connection: what reaches the server, what the learner sees and
/// what the session publishes for the tutor and the journal, without a server.
@Suite struct ReplSessionScriptedTests {
    /// Everything one run showed and told.
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
        var records: [ExecutionRecord]
        /// `inputStarting` and `finished` events, in order: `start <input>` / `end <input>`.
        var eventCalls: [String]
        /// What the session sent, without its own start-up lookups.
        var sent: [String]
    }

    /// Records what the session publishes (`inputStarting` and `finished` events).
    final class Listener {
        var records: [ExecutionRecord] = []
        var calls: [String] = []
        init(_ session: ReplSession) {
            session.events.subscribe(.record) { [unowned self] event in
                switch event {
                case .inputStarting(let input, _, _): calls.append("start \(input)")
                case .finished(let record):
                    records.append(record)
                    calls.append("end \(record.input)")
                default: break
                }
            }
        }
    }

    static let orders: [(String, ScriptedConnection.Reply)] = [
        (
            "from orders",
            .rows(
                [
                    ResultColumn(name: "id", typeOID: ScriptedConnection.int4),
                    ResultColumn(name: "state", typeOID: ScriptedConnection.text),
                ], [["1", "open"], ["22", nil]])
        ),
        ("update orders", .command("UPDATE 2")),
        ("begin", .command("BEGIN")),
        ("rollback", .command("ROLLBACK")),
        ("from missing_table", .error(sqlState: "42P01", message: "relation \"missing_table\" does not exist")),
    ]

    func run(_ script: String, lessonMode: Bool = false) throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-scripted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path
        let errPath = directory.appendingPathComponent("stderr").path
        let out = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let err = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(out)
            close(err)
        }

        let connection = ScriptedConnection(replies: Self.orders)
        var configuration = ReplSession.Configuration()
        configuration.exitOnFailedReconnectInScript = !lessonMode
        let output = ConsoleOutput(outputDescriptor: out, errorDescriptor: err)
        let session = ReplSession(
            connection: connection, reader: PlainLineReader(text: script), output: output, configuration: configuration)
        let listener = Listener(session)
        let startUp = connection.sent.count
        let status = session.run()
        output.flush()
        return Run(
            stdout: try String(contentsOfFile: outPath, encoding: .utf8),
            stderr: try String(contentsOfFile: errPath, encoding: .utf8),
            status: status, records: listener.records, eventCalls: listener.calls,
            sent: Array(connection.sent.dropFirst(startUp)))
    }

    @Test func rowsArePrintedAndTheEventsCarryWhatWasShown() throws {
        let run = try run("select id, state from orders;\n")
        #expect(run.sent == ["select id, state from orders;"])
        #expect(run.stdout.contains("  1 | open"), "\(run.stdout)")
        #expect(run.stdout.contains(" 22 | "), "numbers right-aligned, NULL as empty: \(run.stdout)")
        #expect(run.stdout.contains("(2 rows)"))
        #expect(run.status == 0)

        let record = try #require(run.records.first)
        #expect(record.kind == .sql)
        #expect(record.database == "shop")
        #expect(record.results.map(\.columns) == [["id", "state"]])
        #expect(record.results.first?.rows == [["1", "open"], ["22", nil]])
        #expect(record.error == nil)
        #expect(run.eventCalls == ["start select id, state from orders;", "end select id, state from orders;"])
    }

    @Test func anErrorIsShownAndRecordedWithTheTransactionItLeft() throws {
        let run = try run("begin;\nselect * from missing_table;\nrollback;\n")
        #expect(run.stderr.contains("ERROR:  relation \"missing_table\" does not exist"), "\(run.stderr)")
        let failed = try #require(run.records.first { $0.error != nil })
        #expect(failed.error?.sqlState == "42P01")
        #expect(failed.transactionState == .inFailedTransaction)
        #expect(run.records.last?.transactionState == .idle)
        #expect(run.status == 0, "without ON_ERROR_STOP a script goes on")
    }

    @Test func onErrorStopEndsTheScriptBeforeTheNextStatement() throws {
        let run = try run("\\set ON_ERROR_STOP on\nselect * from missing_table;\nupdate orders set state = 'x';\n")
        #expect(run.sent == ["select * from missing_table;"], "nothing after the failure reaches the server")
        #expect(run.status == 3, "psql's status for a script stopped by ON_ERROR_STOP")
    }

    @Test func connectMovesTheRecordsToTheNewDatabase() throws {
        let run = try run("\\c archive\nselect id from orders;\n")
        #expect(run.stdout.contains("You are now connected to database \"archive\""), "\(run.stdout)")
        #expect(run.records.last?.database == "archive")
    }

    @Test func aRefusedConnectKeepsTheSessionInALessonAndIsEvidence() throws {
        let run = try run("\\c missing\nselect id from orders;\n", lessonMode: true)
        #expect(run.stderr.contains("Previous connection kept"), "\(run.stderr)")
        let refusal = try #require(run.records.first { $0.kind == .metaCommand })
        #expect(refusal.input == "\\c missing")
        #expect(refusal.error?.message.contains("database \"missing\" does not exist") == true)
        #expect(run.records.last?.database == "shop", "the statement after it runs where the learner was")
    }

    @Test func aRefusedConnectEndsAScriptWithStatusTwoAsPsqlDoes() throws {
        let run = try run("\\c missing\nselect id from orders;\n")
        #expect(run.status == 2)
        #expect(run.sent.isEmpty, "nothing after the refused \\c runs")
    }
}
