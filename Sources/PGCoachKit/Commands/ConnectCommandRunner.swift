import CSignals
import CSystem
import Foundation
import LineEditing
import PostgresClient
import PsqlCore
import Sandbox

/// `pgcoach connect [CONNINFO]`: the REPL against any server with the tutor off, or against a
/// fresh private sandbox when no CONNINFO is given.
public enum ConnectCommandRunner {
    public static func run(conninfo: String?, sandbox settings: SandboxSettings) -> Int32 {
        pgcoach_signals_install()
        let output = ConsoleOutput()
        let interactive = TerminalCheck.stdinIsInteractiveTerminal
        var sandbox: Sandbox?
        defer { sandbox?.stop() }

        let target: String
        if let conninfo {
            target = conninfo
        } else {
            do {
                if interactive { output.errorLine("Starting a private PostgreSQL sandbox…") }
                let started = try Sandbox.start(settings.options)
                sandbox = started
                target = started.conninfo()
            } catch {
                output.errorLine("pgcoach: \(error)")
                return 2
            }
        }

        let connection: Connection
        do {
            connection = try Connection(conninfo: target, applicationName: .fallback("pgcoach"))
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 2
        }

        let reader = ReaderFactory.make(interactive: interactive)
        let session = ReplSession(connection: connection, reader: reader.reader, output: output)
        reader.attach(to: session)
        let journal = JournalCompanion(lesson: nil)
        if let journal {
            journal.begin(session: session, learner: LearnerName.current)
        } else {
            output.errorLine(
                "pgcoach: note: this session cannot be journaled (the state directory \(JournalFile.directory) is not writable)")
        }
        if interactive {
            session.settings.terminalColumns = Int(pgcoach_terminal_columns(1))
            pgcoach_set_interactive(1)
            let server = connection.serverVersion.map { " (server \($0))" } ?? ""
            output.line("pgcoach \(PGCoachVersion.current)\(server). Type \\? for help, \\q to leave.")
            if let sandbox {
                output.line("Private sandbox; it is removed when you leave. Other clients: psql \"\(sandbox.conninfo())\"")
            }
            output.line()
        }
        let status = session.run()
        journal?.finish()
        if interactive, let journal, !journal.failed { output.line("Session journal: \(journal.path)") }
        output.flush()
        if pgcoach_terminate_signal() != 0 { return 128 + pgcoach_terminate_signal() }
        // A journal lost (not created, or stopped on a write error) was said on stderr; the exit
        // status says it too.
        if status == 0 && (journal == nil || journal?.failed == true) { return 1 }
        return status
    }
}
