@testable import PsqlCore
@testable import TutorCore

/// Builds journals for the review tests the way `JournalCompanion` writes them: each step is
/// one event, one second after the previous one.
struct JournalFixture {
    private(set) var events: [JournalEvent] = []
    private var clock = 0.0

    init(lesson: String? = sampleLesson.id, learner: String = "ada", time: String = "2026-05-31T21:00:00Z") {
        events.append(JournalEvent(kind: .sessionStart, time: time, elapsedMilliseconds: 0, lesson: lesson, learner: learner))
    }

    private mutating func add(_ event: JournalEvent) {
        clock += 1000
        var event = event
        event.elapsedMilliseconds = clock
        events.append(event)
    }

    private var time: String { "2026-05-31T21:\(pad(Int(clock / 60_000))):\(pad(Int(clock / 1000) % 60))Z" }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// SQL with its result; `columnTypes` as the REPL journals them (nil: an older journal).
    mutating func sql(
        _ text: String, columns: [String] = [], rows: [[String?]] = [], types: [UInt32]? = nil, error: ServerMessage? = nil,
        db: String = "app_db"
    ) {
        add(JournalEvent(kind: .input, time: time, elapsedMilliseconds: 0, database: db, input: text, inputKind: .sql))
        let results =
            error == nil
            ? [ObservedResult(columns: columns, rows: rows, rowCount: rows.count, commandTag: "SELECT \(rows.count)", columnTypes: types)]
            : []
        add(
            JournalEvent(
                kind: .result, time: time, elapsedMilliseconds: 0, database: db,
                record: ExecutionRecord(kind: .sql, input: text, database: db, results: results, error: error)))
    }

    /// A meta-command, the tutor events it caused, then the text it printed.
    mutating func meta(_ text: String, events caused: [JournalEvent] = [], printed: String? = nil, db: String = "app_db") {
        add(JournalEvent(kind: .input, time: time, elapsedMilliseconds: 0, database: db, input: text, inputKind: .metaCommand))
        for event in caused { add(event) }
        if let printed { add(JournalEvent(kind: .output, time: time, elapsedMilliseconds: 0, text: printed)) }
    }

    mutating func milestone(_ id: String) {
        add(JournalEvent(kind: .milestone, time: time, elapsedMilliseconds: 0, milestone: id, text: "found \(id)"))
    }

    mutating func hint(_ milestone: String, level: Int, text: String) {
        meta("\\hint", events: [Self.hintEvent(milestone, level, text)], printed: "Hint (where to look, \(level)/3): \(text)")
    }

    static func hintEvent(_ milestone: String, _ level: Int, _ text: String) -> JournalEvent {
        JournalEvent(kind: .hint, time: "", elapsedMilliseconds: 0, milestone: milestone, level: level, text: text)
    }

    mutating func note(_ text: String) {
        meta("\\note \(text)", events: [JournalEvent(kind: .note, time: "", elapsedMilliseconds: 0, text: text)], printed: "Noted.")
    }

    /// A scorecard of `sampleLesson` as a test states it (independent of how scoring weighs).
    static func card(_ total: Int, met: Set<String>, traps: [String] = []) -> Scorecard {
        Scorecard(
            lesson: sampleLesson.id, total: total,
            detect: .init(score: min(total, 40), max: 40, reason: ""), fix: .init(score: max(0, min(total - 40, 40)), max: 40, reason: ""),
            trap: .init(score: max(0, total - 80), max: 20, reason: ""), hintsUsed: 0,
            milestones: ["blocker": met.contains("blocker"), "tenants": met.contains("tenants")], checks: [:], traps: traps)
    }

    /// `\score` or `\giveup` producing a scorecard; `debrief` when the tutor moved there.
    mutating func score(
        _ command: String = "\\score", total: Int, met: Set<String>, traps: [String] = [], debrief: Bool,
        standing: Scorecard.Standing = .scored
    ) {
        var card = Self.card(total, met: met, traps: traps)
        card.standing = standing
        var caused = [JournalEvent(kind: .scorecard, time: "", elapsedMilliseconds: 0, scorecard: card)]
        if debrief { caused.append(JournalEvent(kind: .phase, time: "", elapsedMilliseconds: 0, text: "debrief")) }
        meta(command, events: caused, printed: "Total \(card.total)/100")
    }

    mutating func reset() {
        meta("\\reset", events: [JournalEvent(kind: .reset, time: "", elapsedMilliseconds: 0)], printed: "The sandbox is back.")
    }

    /// A `\reset` after a debrief as journals mark it now: the reset, then the attempt's start.
    mutating func newAttempt(_ number: Int) {
        meta(
            "\\reset",
            events: [
                JournalEvent(kind: .reset, time: "", elapsedMilliseconds: 0),
                JournalEvent(kind: .attemptStart, time: "", elapsedMilliseconds: 0, level: number),
            ], printed: "Attempt \(number).")
    }

    mutating func end() {
        add(JournalEvent(kind: .end, time: time, elapsedMilliseconds: 0))
    }
}
