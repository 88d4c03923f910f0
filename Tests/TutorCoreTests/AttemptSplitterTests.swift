import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct AttemptSplitterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var journal: [JournalEvent]
        /// Per attempt: total, gave up, hints, notes, milestone ids met.
        var expected: [(total: Int?, gaveUp: Bool, hints: Int, notes: Int, met: [String])]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var golden = JournalFixture()
        golden.sql("select * from pg_stat_activity")
        golden.milestone("blocker")
        golden.hint("tenants", level: 1, text: "compare tenants")
        golden.note("blocker is the migration runner")
        golden.milestone("tenants")
        golden.score(total: 100, met: ["blocker", "tenants"], debrief: true)
        golden.end()

        var giveUp = JournalFixture()
        giveUp.milestone("blocker")
        giveUp.score("\\giveup", total: 20, met: ["blocker"], debrief: true)
        // A later \score is practice: the give-up score stands.
        giveUp.score(total: 100, met: ["blocker", "tenants"], debrief: false)
        giveUp.end()

        var practiceAfterResolved = JournalFixture()
        practiceAfterResolved.score(total: 100, met: ["blocker", "tenants"], debrief: true)
        practiceAfterResolved.score(total: 0, met: [], debrief: false)
        practiceAfterResolved.end()

        var giveUpTwice = JournalFixture()
        giveUpTwice.score(total: 100, met: ["blocker", "tenants"], debrief: true)
        giveUpTwice.meta("\\giveup", printed: "This session is already debriefed.")
        giveUpTwice.end()

        var lastScoreWithoutDebrief = JournalFixture()
        lastScoreWithoutDebrief.score(total: 0, met: [], debrief: false)
        lastScoreWithoutDebrief.milestone("blocker")
        lastScoreWithoutDebrief.score(total: 20, met: ["blocker"], debrief: false)

        var resetBeforeDebrief = JournalFixture()
        resetBeforeDebrief.milestone("blocker")
        resetBeforeDebrief.reset()
        resetBeforeDebrief.score(total: 20, met: ["blocker"], debrief: false)
        resetBeforeDebrief.end()

        var twoAttempts = JournalFixture()
        twoAttempts.milestone("blocker")
        twoAttempts.score("\\giveup", total: 10, met: ["blocker"], traps: ["kill_writer"], debrief: true)
        twoAttempts.reset()
        twoAttempts.hint("tenants", level: 1, text: "compare")
        twoAttempts.milestone("tenants")
        twoAttempts.score(total: 100, met: ["blocker", "tenants"], debrief: true)
        twoAttempts.end()

        // Journals that mark attempts and say how each card stands.
        var marked = JournalFixture()
        marked.milestone("blocker")
        marked.score("\\giveup", total: 30, met: ["blocker"], debrief: true, standing: .gaveUp)
        marked.score(total: 100, met: ["blocker", "tenants"], debrief: false, standing: .practice)
        marked.reset()  // a plain reset event: with attempt marks, only attempt_start splits
        marked.newAttempt(2)
        marked.milestone("tenants")
        marked.score(total: 60, met: ["tenants"], debrief: false)
        marked.score(total: 100, met: ["blocker", "tenants"], debrief: true, standing: .resolved)
        marked.score(total: 0, met: [], debrief: false, standing: .practice)
        marked.end()

        return [
            Case(
                name: "attempt_start splits, practice never counts", journal: marked.events,
                expected: [(30, true, 0, 0, ["blocker"]), (100, false, 0, 0, ["tenants"])]),
            Case(name: "golden", journal: golden.events, expected: [(100, false, 1, 1, ["blocker", "tenants"])]),
            Case(name: "give-up stands over later practice", journal: giveUp.events, expected: [(20, true, 0, 0, ["blocker"])]),
            Case(name: "score that closed the incident stands", journal: practiceAfterResolved.events, expected: [(100, false, 0, 0, [])]),
            Case(name: "giveup after debrief is not a give-up", journal: giveUpTwice.events, expected: [(100, false, 0, 0, [])]),
            Case(name: "unresolved: the last score", journal: lastScoreWithoutDebrief.events, expected: [(20, false, 0, 0, ["blocker"])]),
            Case(
                name: "reset before debrief: same attempt", journal: resetBeforeDebrief.events, expected: [(20, false, 0, 0, ["blocker"])]),
            Case(
                name: "reset after debrief: a new attempt", journal: twoAttempts.events,
                expected: [(10, true, 0, 0, ["blocker"]), (100, false, 1, 0, ["tenants"])]),
        ]
    }()

    @Test(arguments: cases) func splitsAndScores(_ c: Case) throws {
        let attempts = try AttemptSplitter.attempts(in: c.journal, source: "j.jsonl")
        #expect(attempts.count == c.expected.count)
        for (attempt, expected) in zip(attempts, c.expected) {
            #expect(attempt.scorecard?.total == expected.total)
            #expect(attempt.gaveUp == expected.gaveUp)
            #expect(attempt.hintsUsed == expected.hints)
            #expect(attempt.notes.count == expected.notes)
            #expect(attempt.milestones.map(\.id) == expected.met)
            #expect(attempt.learner == "ada")
            #expect(attempt.lesson == sampleLesson.id)
        }
        #expect(attempts.map(\.number) == Array(1...attempts.count))
    }

    @Test func timesCountFromTheStartOfTheAttempt() throws {
        var j = JournalFixture()
        j.sql("select 1")  // events at 1 s and 2 s
        j.milestone("blocker")  // 3 s
        j.score(total: 20, met: ["blocker"], debrief: true)  // input 4 s, card 5 s, phase 6 s, output 7 s
        j.reset()  // input 8 s, reset event 9 s: attempt 2 starts
        j.milestone("tenants")  // 11 s
        j.end()  // 12 s
        let attempts = try AttemptSplitter.attempts(in: j.events, source: "j")
        #expect(attempts[0].timeToMilestone("blocker") == 3000)
        #expect(attempts[0].durationMilliseconds == 9000)
        #expect(attempts[1].timeToMilestone("tenants") == 2000)
        #expect(attempts[1].durationMilliseconds == 3000)
        #expect(attempts[0].statements == 1)
    }

    @Test func countsStatementsAndErrors() throws {
        var j = JournalFixture()
        j.sql("select 1", columns: ["a"], rows: [["1"]])
        j.sql("selec 1", error: syntaxError)
        j.meta("\\d orders")
        let attempt = try #require(try AttemptSplitter.attempts(in: j.events, source: "j").first)
        #expect(attempt.statements == 2)
        #expect(attempt.errors == 1)
        #expect(!attempt.ended)
        #expect(attempt.scorecard == nil)
    }

    @Test func journalsWithoutALessonOrAStart() {
        let connect = JournalFixture(lesson: nil).events
        #expect(throws: AttemptSplitter.NoAttempt.notALesson) { try AttemptSplitter.attempts(in: connect, source: "c") }
        let headless = Array(JournalFixture().events.dropFirst())
        #expect(throws: AttemptSplitter.NoAttempt.noSessionStart) { try AttemptSplitter.attempts(in: headless, source: "h") }
    }

    @Test(arguments: [("\\giveup", true), ("\\giveup ", true), ("  \\giveup", false), ("\\giveupnow", false), ("\\give", false)])
    func recognisesTheGiveUpCommand(_ input: String, _ expected: Bool) {
        #expect(AttemptSplitter.isCommand(input, "giveup") == expected)
    }
}

let syntaxError = ServerMessage(
    severity: "ERROR", severityCode: "ERROR", sqlState: "42601", message: "syntax error at or near \"selec\"",
    formatted: "ERROR:  syntax error at or near \"selec\"\nLINE 1: selec 1\n        ^\n")
