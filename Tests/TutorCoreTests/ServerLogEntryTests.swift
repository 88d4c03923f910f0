import PsqlCore
import Testing
import TutorCore

/// `\log`'s pure half: server log text → entries, and its arguments.
@Suite struct ServerLogEntryTests {
    static let deadlock = """
        2026-05-31 21:48:02.113 UTC [4242] LOG:  database system is ready to accept connections
        2026-05-31 21:48:05.514 UTC [5001] ERROR:  deadlock detected
        2026-05-31 21:48:05.514 UTC [5001] DETAIL:  Process 5001 waits for ShareLock on transaction 742; blocked by process 5002.
        \tProcess 5002 waits for ShareLock on transaction 741; blocked by process 5001.
        \tProcess 5001: UPDATE accounts SET balance = balance + 10 WHERE id = 2
        2026-05-31 21:48:05.514 UTC [5001] HINT:  See server log for query details.
        2026-05-31 21:48:05.514 UTC [5001] STATEMENT:  UPDATE accounts SET balance = balance + 10 WHERE id = 2
        sh: 1: cannot open /nope: No such file
        2026-05-31 21:48:06.001 UTC [5003] LOG:  checkpoint starting: time
        """

    @Test func groupsAMessageWithItsSecondaryLines() {
        let entries = ServerLogEntry.parse(Self.deadlock)
        #expect(entries.count == 4)
        #expect(
            entries[0]
                == ServerLogEntry(
                    time: "2026-05-31 21:48:02.113 UTC", level: "LOG", message: "database system is ready to accept connections"))
        #expect(entries[1].level == "ERROR" && entries[1].message == "deadlock detected")
        #expect(
            entries[1].detail == """
                Process 5001 waits for ShareLock on transaction 742; blocked by process 5002.
                Process 5002 waits for ShareLock on transaction 741; blocked by process 5001.
                Process 5001: UPDATE accounts SET balance = balance + 10 WHERE id = 2
                HINT:  See server log for query details.
                STATEMENT:  UPDATE accounts SET balance = balance + 10 WHERE id = 2
                """)
        // A line without the prefix (a program's output) is an entry of its own.
        #expect(entries[2] == ServerLogEntry(time: "", level: "", message: "sh: 1: cannot open /nope: No such file"))
        #expect(entries[3].message == "checkpoint starting: time")
    }

    /// A DETAIL of another process never joins this one's message.
    @Test func secondaryLinesOfAnotherProcessStandAlone() {
        let text = """
            2026-05-31 21:48:05.514 UTC [5001] ERROR:  boom
            2026-05-31 21:48:05.515 UTC [5002] DETAIL:  unrelated
            """
        let entries = ServerLogEntry.parse(text)
        #expect(entries.count == 2)
        #expect(entries[0].detail == "")
        #expect(entries[1].level == "DETAIL")
    }

    @Test func hostileTextNeverCrashes() {
        for text in [
            "", "\t\t", "[", "] [", "2026 [x] LOG:", "2026-05-31 21:48:05.514 UTC [] LOG: x", "\u{0}\u{FFFD}",
            String(repeating: "[", count: 10_000),
        ] {
            _ = ServerLogEntry.parse(text)
        }
    }

    struct Arguments: Sendable, CustomTestStringConvertible {
        var raw: String
        var expected: Result<ServerLogQuery, ServerLogQueryError>
        var testDescription: String { "\\log \(raw)" }
    }

    @Test(arguments: [
        Arguments(raw: "", expected: .success(ServerLogQuery(count: 20))),
        Arguments(raw: "50", expected: .success(ServerLogQuery(count: 50))),
        Arguments(raw: "  5   deadlock detected ", expected: .success(ServerLogQuery(count: 5, pattern: "deadlock detected"))),
        Arguments(raw: "deadlock", expected: .success(ServerLogQuery(count: 20, pattern: "deadlock"))),
        Arguments(raw: "0", expected: .failure(ServerLogQueryError(message: "the number of entries must be between 1 and 1000"))),
        Arguments(
            raw: "99999999999999999999",
            expected: .failure(ServerLogQueryError(message: "the number of entries must be between 1 and 1000"))),
        Arguments(raw: "(unclosed", expected: .failure(ServerLogQueryError(message: "invalid regular expression: (unclosed"))),
    ])
    func parsesArguments(_ a: Arguments) {
        #expect(ServerLogQuery.parse(a.raw) == a.expected)
    }

    @Test func selectsTheNewestMatchesOldestFirst() {
        let entries = ServerLogEntry.parse(Self.deadlock)
        #expect(
            ServerLogQuery(count: 2).select(entries).map(\.message) == [
                "sh: 1: cannot open /nope: No such file", "checkpoint starting: time",
            ])
        // The pattern reads level, message and detail, case-insensitively.
        #expect(ServerLogQuery(count: 20, pattern: "SHARELOCK").select(entries).map(\.message) == ["deadlock detected"])
        #expect(ServerLogQuery(count: 20, pattern: "^log$").select(entries).count == 2)
    }
}
