import CSignals
import CSystem
import Foundation
import LineEditing
import PostgresClient
import PsqlCore
import Sandbox
import TutorCore

/// `pgcoach start LESSON`: build and break the lesson's sandbox, open the REPL with the tutor,
/// clean everything up on the way out.
public enum StartCommandRunner {
    public struct Options {
        public var lesson: String
        public var script: String?
        public var scoreJSON: String?
        public var statementTimeout: Double
        public var sandbox: SandboxSettings

        public init(lesson: String, script: String?, scoreJSON: String?, statementTimeout: Double, sandbox: SandboxSettings) {
            self.lesson = lesson
            self.script = script
            self.scoreJSON = scoreJSON
            self.statementTimeout = statementTimeout
            self.sandbox = sandbox
        }
    }

    public static func run(_ options: Options) -> Int32 {
        pgcoach_signals_install()
        let output = ConsoleOutput()
        let lesson: Lesson
        let source: String
        do {
            let loadStarted = ContinuousClock.now
            let catalog = try LessonCatalog.locate()
            let id = try catalog.resolve(options.lesson)
            lesson = try catalog.load(id)
            source = try LessonLoader.readText(catalog.folder(of: id) + "/lesson.yaml")
            Trace.note("lesson loaded in \(ContinuousClock.now - loadStarted)")
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 2
        }

        var scriptDescriptor: Int32 = 0
        if let script = options.script {
            scriptDescriptor = open(script, O_RDONLY | O_CLOEXEC)
            if scriptDescriptor < 0 {
                output.errorLine("pgcoach: cannot read script \(script): \(String(cString: strerror(errno)))")
                return 2
            }
        }
        defer { if scriptDescriptor > 0 { close(scriptDescriptor) } }
        let interactive = options.script == nil && TerminalCheck.stdinIsInteractiveTerminal

        if interactive { output.errorLine("Preparing \(lesson.title)…") }
        let reader: LineReading
        let factory: ReaderFactory?
        if options.script != nil {
            reader = PlainLineReader(descriptor: scriptDescriptor, interactive: false)
            factory = nil
        } else {
            let made = ReaderFactory.make(interactive: interactive)
            reader = made.reader
            factory = made
        }
        let outcome = LessonSessionRun.run(
            lesson: lesson, source: source, reader: reader, output: output, settings: options.sandbox,
            statementTimeout: options.statementTimeout, wantScorecard: options.scoreJSON != nil, journal: true
        ) { session, learnerInfo in
            factory?.attach(to: session)
            if interactive {
                session.settings.terminalColumns = Int(pgcoach_terminal_columns(1))
                pgcoach_set_interactive(1)
            }
        } afterBriefing: { session, learnerInfo in
            if interactive {
                session.output.line("Your own psql works too: psql \"\(learnerInfo)\"")
                // The other servers' sockets, for a second terminal on each node.
                let hosts = session.configuration.serverHosts
                for name in hosts.keys.sorted() where hosts[name] != session.connection.host {
                    session.output.line("  \(name): host=\(hosts[name]!)")
                }
                session.output.line()
            }
        }
        guard case .finished(var status, let card, let journal, let hintsUsed, let best) = outcome else {
            if case .failed(let message, let code) = outcome {
                output.errorLine("pgcoach: \(message)")
                return code
            }
            return 1
        }
        // Progress keeps the best attempt of the session (an attempt's score is final once it ends).
        let recorded = [best, card].compactMap { $0 }.max { $0.total < $1.total }
        ProgressStore().record(lesson: lesson.id, score: recorded?.total, hintsUsed: recorded?.hintsUsed ?? hintsUsed)
        if let journal {
            if interactive { output.line("Session journal: \(journal)  (pgcoach export \(journal))") }
        } else {
            output.errorLine("pgcoach: note: this session could not be journaled (state directory not writable)")
            if status == 0 { status = 1 }
        }
        if let path = options.scoreJSON, let card {
            do {
                try ScorecardJSON.write(card, to: path)
            } catch {
                output.errorLine("pgcoach: cannot write the scorecard to \(path): \(error)")
                return 1
            }
        }
        output.flush()
        if pgcoach_terminate_signal() != 0 { return 128 + pgcoach_terminate_signal() }
        return status
    }
}

/// One lesson session from sandbox to teardown, shared by `start` and `lesson check`.
enum LessonSessionRun {
    enum Outcome {
        case finished(status: Int32, scorecard: Scorecard?, journal: String?, hintsUsed: Int, best: Scorecard?)
        case failed(String, code: Int32)
    }

    static func run(
        lesson: Lesson, source: String, reader: LineReading, output: ConsoleOutput, settings: SandboxSettings,
        statementTimeout: Double, wantScorecard: Bool, journal wantJournal: Bool = false,
        prepare: (ReplSession, String) -> Void = { _, _ in },
        afterBriefing: (ReplSession, String) -> Void = { _, _ in }
    ) -> Outcome {
        let environment: LessonEnvironment
        do {
            environment = try LessonEnvironment.prepare(lesson: lesson, lessonSource: source, settings: settings)
        } catch {
            return .failed("could not set up the lesson: \(error)", code: 1)
        }
        defer { environment.stop() }

        let learnerInfo = environment.server.conninfo(database: lesson.learner.database, user: lesson.learner.role)
        let connection: Connection
        do {
            connection = try Connection(conninfo: learnerInfo, applicationName: .fixed("pgcoach"))
        } catch {
            return .failed("cannot connect to the lesson sandbox: \(error)", code: 1)
        }
        var configuration = ReplSession.Configuration()
        configuration.promptLabel = lesson.promptLabel
        configuration.serverHosts = environment.server.serverHosts
        if let pooler = environment.pooler { configuration.promptHosts[pooler.directory] = LessonPooler.hostName }
        configuration.exitOnFailedReconnectInScript = false
        configuration.scriptStatementTimeout = statementTimeout
        // The learner's first line waits for the judge's baseline (measured while the briefing is read).
        let gated = FirstLineGate(reader) { environment.settleBaseline() == nil }
        let session = ReplSession(connection: connection, reader: gated, output: output, configuration: configuration)
        prepare(session, learnerInfo)
        // The journal records each event before the tutor reacts to it (their phases say so).
        let journal = wantJournal ? JournalCompanion(lesson: lesson) : nil
        journal?.begin(session: session, learner: LearnerName.current)
        let tutor = TutorCompanion(lesson: lesson, environment: environment)
        tutor.attach(to: session)
        // `\c pgbouncer` and `\c DB - pooler` when the lesson runs a pooler.
        if lesson.pooler != nil { session.commandProviders.append(PoolerCompanion(environment: environment)) }
        tutor.begin(in: session)
        afterBriefing(session, learnerInfo)
        let status = session.run()
        if let failure = environment.settleBaseline() {
            journal?.finish()
            return .failed("could not set up the lesson: \(failure)", code: 1)
        }
        let card = wantScorecard ? tutor.ensureScored(in: session) : (tutor.scorecard ?? tutor.lastScored)
        journal?.finish()
        // A journal that stopped on a write error was said on stderr; the exit status says it too.
        let journalFailed = journal?.failed == true && status == 0
        return .finished(
            status: journalFailed ? 1 : status, scorecard: card, journal: journal?.path, hintsUsed: tutor.machine.hintsUsed,
            best: tutor.bestScorecard)
    }
}

/// The scorecard as `--score-json` writes it: `Scorecard`'s coding keys, sorted so the same state
/// gives the same bytes.
enum ScorecardJSON {
    static func encode(_ card: Scorecard) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(card)
    }

    static func write(_ card: Scorecard, to path: String) throws {
        var data = try encode(card)
        data.append(0x0A)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
