import Testing
import TutorCore

@Suite struct StuckLockWaitTests {
    typealias Backend = StuckLockWait.Backend
    // The reference lesson's broken state: 10 (the migration) idle in its transaction, 11 and
    // 12 (the writers) queued behind it; 50 is the workload step.
    static let runner = Backend(pid: 10, state: "idle in transaction", waitEventType: "Client")
    static let writer = Backend(pid: 11, state: "active", waitEventType: "Lock", blockers: [10])
    static let lessonPIDs: Set<Int32> = [10, 11, 12]

    static let cases: [(String, [Backend], Set<Int32>, Bool)] = [
        // Behind the idle migration: the timeout is certain.
        ("behind a frozen holder", [runner, Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10])], lessonPIDs, true),
        // Behind a writer that is itself queued behind the migration.
        (
            "behind a queued frozen waiter",
            [runner, writer, Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [11, 10])],
            lessonPIDs, true
        ),
        ("behind a prepared transaction", [Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [0])], [], true),
        (
            "aborted transaction holds its locks too",
            [
                Backend(pid: 10, state: "idle in transaction (aborted)", waitEventType: "Client"),
                Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10]),
            ],
            lessonPIDs, true
        ),
        // The learner's connection (not a lesson session) may commit: wait it out.
        (
            "behind someone else", [runner, Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10, 77])], lessonPIDs, false
        ),
        ("holder not known", [Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10])], lessonPIDs, false),
        ("holder not a lesson session", [runner, Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10])], [], false),
        // A lesson session that is running (a long report) finishes by itself.
        (
            "behind a running session",
            [
                Backend(pid: 10, state: "active", waitEventType: "IO"),
                Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10]),
            ],
            lessonPIDs, false
        ),
        ("not waiting on a lock", [runner, Backend(pid: 50, state: "active", waitEventType: "IO")], lessonPIDs, false),
        // Granted a moment ago: still reported as a lock wait, but nothing blocks it any more.
        ("no blockers left", [runner, Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [])], lessonPIDs, false),
        ("step not seen", [runner], lessonPIDs, false),
        // A deadlock among lesson sessions is broken by the server: not frozen.
        (
            "deadlocked sessions",
            [
                Backend(pid: 10, state: "active", waitEventType: "Lock", blockers: [11]),
                Backend(pid: 11, state: "active", waitEventType: "Lock", blockers: [10]),
                Backend(pid: 50, state: "active", waitEventType: "Lock", blockers: [10]),
            ], lessonPIDs, false
        ),
    ]

    @Test(arguments: cases)
    func decides(_ name: String, _ backends: [Backend], _ frozen: Set<Int32>, _ expected: Bool) {
        #expect(StuckLockWait.waitsForever(50, backends: backends, frozen: frozen) == expected, "\(name)")
    }

    @Test(arguments: [
        ("{}", [Int32]()), ("{12}", [12]), ("{12,345}", [12, 345]), ("", []),
    ])
    func parsesBlockingPIDs(_ text: String, _ expected: [Int32]) {
        #expect(StuckLockWait.parsePIDs(text) == expected)
    }

    @Test func readsRows() {
        let rows: [[String?]] = [["10", "idle in transaction", "Client", nil], ["11", "active", "Lock", "{10}"], ["x", "", "", nil]]
        #expect(StuckLockWait.backends(rows) == [Self.runner, Self.writer])
        #expect(StuckLockWait.parsePIDs(nil) == [])
    }
}
