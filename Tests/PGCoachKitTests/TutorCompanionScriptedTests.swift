import Foundation
import LineEditing
import PsqlCore
import Testing
import TutorCore

@testable import PGCoachKit

/// The tutor riding along a REPL session, both scripted: what the learner types and sees is
/// turned into milestones, checks, scores and resets, without a server.
@Suite struct TutorCompanionScriptedTests {
    static let lesson = Lesson(
        id: "stage-1/01-scripted", title: "Scripted", topic: "Locks", level: 1, duration: "5 min", promptLabel: "scripted",
        learner: LearnerAccount(role: "learner", database: "shop"), setup: LessonSetup(roles: [], databases: []),
        sessions: [],
        milestones: [
            Milestone(
                id: "blocker", title: "the blocking session",
                evidence: [EvidenceRule(input: "pg_stat_activity", cell: "^idle in transaction$")])
        ],
        checks: [
            FixCheck(
                id: "writes", milestone: "blocker", title: "orders accept writes", databases: ["shop"], sql: "probe",
                passText: "writes flow", failText: "writes are blocked")
        ],
        traps: [], workload: [],
        text: LessonText(
            briefing: "Checkout is hanging.", milestoneHints: ["blocker": ["look at the sessions"]],
            remediationHints: ["end the blocker"], postmortem: "Root cause: an open transaction."))

    static let replies: [(String, ScriptedConnection.Reply)] = [
        (
            "pg_stat_activity",
            .rows(
                [
                    ResultColumn(name: "pid", typeOID: ScriptedConnection.int4),
                    ResultColumn(name: "state", typeOID: ScriptedConnection.text),
                ],
                [["4242", "idle in transaction"]])
        ),
        ("pg_terminate_backend", .rows([ResultColumn(name: "pg_terminate_backend", typeOID: 16)], [["t"]])),
    ]

    struct Run {
        var stdout: String
        var effects: [TutorMachine.Effect]
        var companion: TutorCompanion
        var runtime: ScriptedLessonRuntime
        var connections: Int
    }

    /// Runs `script` as a lesson session on a runtime whose front is (or is not) broken and fixed.
    func run(_ script: String, frontBroken: Bool = true, fixed: Bool = false) throws -> Run {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-tutor-\(UUID().uuidString)").path
        let out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(out)
            unlink(path)
        }
        let connection = ScriptedConnection(replies: Self.replies)
        let output = ConsoleOutput(outputDescriptor: out, errorDescriptor: out)
        var configuration = ReplSession.Configuration()
        configuration.exitOnFailedReconnectInScript = false
        let session = ReplSession(
            connection: connection, reader: PlainLineReader(text: script), output: output, configuration: configuration)
        let runtime = ScriptedLessonRuntime(lesson: Self.lesson)
        runtime.frontBroken = frontBroken
        runtime.fixed = fixed
        let tutor = TutorCompanion(lesson: Self.lesson, environment: runtime)
        var effects: [TutorMachine.Effect] = []
        session.events.subscribe(.record) { if case .tutorEffect(let effect) = $0 { effects.append(effect) } }
        tutor.attach(to: session)
        tutor.begin(in: session)
        _ = session.run()
        output.flush()
        return Run(
            stdout: try String(contentsOfFile: path, encoding: .utf8), effects: effects, companion: tutor, runtime: runtime,
            connections: connection === session.connection ? 1 : 2)
    }

    @Test func theBriefingOpensTheLesson() throws {
        let run = try run("")
        #expect(run.stdout.contains("Checkout is hanging."))
        #expect(run.effects.contains(.phaseChanged(.triage)))
    }

    @Test func evidenceTheLearnerWasShownMeetsTheMilestone() throws {
        let run = try run("select pid, state from pg_stat_activity;\n")
        #expect(run.effects.contains(.milestoneMet(id: "blocker", title: "the blocking session")))
        #expect(run.companion.machine.milestonesMet == ["blocker"])
    }

    @Test func evidenceAfterTheFrontIsFixedDoesNotCount() throws {
        let run = try run("select pid, state from pg_stat_activity;\n", frontBroken: false)
        #expect(!run.effects.contains(.milestoneMet(id: "blocker", title: "the blocking session")))
        #expect(run.effects.contains(.evidenceIgnored(id: "blocker", title: "the blocking session")))
    }

    @Test func tutorCommandsAreNotEvidenceAndStatementsWithoutItAreNot() throws {
        let run = try run("select pg_terminate_backend(4242);\n\\hint\n")
        #expect(run.companion.machine.milestonesMet.isEmpty)
        #expect(run.stdout.contains("look at the sessions"), "\\hint reveals the milestone's first hint")
    }

    @Test func scoreMeasuresAndEndsTheAttemptWhenFixed() throws {
        let run = try run("select pid, state from pg_stat_activity;\n\\score\n", fixed: true)
        #expect(run.runtime.evaluations >= 1)
        let card = try #require(run.companion.scorecard)
        #expect(card.total == 100, "found and fixed, no trap taken")
        #expect(run.companion.machine.phase == .debrief)
    }

    @Test func resetRestoresTheLessonAndReconnectsTheLearner() throws {
        let run = try run("\\giveup\n\\reset\n")
        #expect(run.runtime.resets == 1)
        #expect(run.connections == 2, "the learner's session is on a fresh connection")
        #expect(run.effects.contains(.attemptStarted(2)))
    }
}
