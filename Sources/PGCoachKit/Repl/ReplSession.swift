import CShims
import Foundation
import LineEditing
import PGCoachCore
import PostgresClient

/// The REPL: reads lines, splits them the way psql does, sends SQL to the server and renders
/// the results like psql, runs the psql meta-command subset, and hands everything else to the
/// companions (the tutor, the journal).
///
/// Synchronous by design: one thread reads, executes and prints; Ctrl-C reaches the server
/// through the C cancel slot, not through this object.
public final class ReplSession {
    public struct Configuration {
        /// A short label shown in the prompt (the lesson), or nil.
        public var promptLabel: String?
        /// psql exits with status 2 when `\connect` fails in a script; `connect` mode copies
        /// that, lessons keep going instead.
        public var exitOnFailedReconnectInScript = true
        /// Text `\?` appends for the companion's own commands.
        public var extraHelp: String?
        /// The `application_name` of the learner's connections.
        public var applicationName = "pgcoach"
        /// In script mode, cancel a statement still running after this many seconds (nil: never).
        public var scriptStatementTimeout: Double?

        public init() {}
    }

    public let output: ConsoleOutput
    public let reader: LineReading
    public private(set) var connection: Connection
    public var settings = DisplaySettings()
    public var configuration: Configuration
    public var companions: [SessionCompanion] = []

    var scanner = StatementScanner()
    /// The last error, for `\errverbose`.
    var lastError: ServerMessage?
    /// Whether the last statement ended in an error (ends `\watch`).
    var lastStatementFailed = false
    var quitRequested = false
    var exitStatus: Int32 = 0

    public init(connection: Connection, reader: LineReading, output: ConsoleOutput, configuration: Configuration = Configuration()) {
        self.connection = connection
        self.reader = reader
        self.output = output
        self.configuration = configuration
        connection.makeForeground()
        followServerSettings()
    }

    /// The database the learner is connected to.
    public var database: String { connection.database }

    /// Runs until `\q`, end of input or a terminating signal; returns the exit status.
    public func run() -> Int32 {
        defer {
            output.flush()
            for companion in companions { companion.sessionEnding(self) }
            output.flush()
        }
        while !quitRequested {
            if pgcoach_terminate_signal() != 0 { break }
            output.flush()
            if stopForBrokenOutput() { break }
            if !reader.hasBufferedLine {
                for companion in companions { companion.waitingForInput(in: self) }
            }
            let result = reader.readLine(prompt: currentPrompt())
            switch result {
            case .line(let line):
                process(line: line)
            case .interrupted:
                pgcoach_sigint_reset()
                if pgcoach_terminate_signal() != 0 {
                    quitRequested = true
                    continue
                }
                if !reader.isInteractive {
                    // psql: "You get here if you stopped a script with Ctrl-C": exit 3.
                    exitStatus = Self.interruptedScriptStatus
                    quitRequested = true
                    continue
                }
                // Ctrl-C while typing: drop the pending input, as psql does.
                scanner.resetBuffer()
                if reader.isInteractive { output.line() }
            case .endOfInput:
                if !reader.isInteractive, let rest = scanner.finish() {
                    runStatement(rest)
                }
                if reader.isInteractive {
                    output.line("\\q")
                    if !confirmLeavingOpenTransaction() { continue }
                }
                quitRequested = true
            }
        }
        output.flush()
        _ = stopForBrokenOutput()
        if let error = output.writeError, error != EPIPE, exitStatus == 0 { return 1 }
        return exitStatus
    }

    /// psql's exit status for a script stopped by Ctrl-C (`EXIT_USER`).
    static let interruptedScriptStatus: Int32 = 3
    /// The status of a process killed by SIGPIPE, which is how psql leaves a closed pipe.
    static let closedPipeStatus: Int32 = 128 + SIGPIPE

    /// Ends the session when stdout is a closed pipe: nobody reads what would follow.
    func stopForBrokenOutput() -> Bool {
        guard output.writeError == EPIPE else { return false }
        quitRequested = true
        exitStatus = Self.closedPipeStatus
        return true
    }

    /// In a script, a Ctrl-C that cancelled the running statement also stops the script, with
    /// psql's status 3; interactively it only cancels.
    func stopIfScriptInterrupted() {
        guard !reader.isInteractive, pgcoach_sigint_pending() != 0 else { return }
        exitStatus = Self.interruptedScriptStatus
        quitRequested = true
    }

    /// Feeds one line to the scanner and runs what it completes.
    /// Items are taken one at a time and acted on before the next, as psql does, because a
    /// meta-command (`\g`, `\r`) changes the buffer the rest of the line lands in.
    func process(line: String) {
        scanner.startLine(line)
        while !quitRequested, let item = scanner.nextItem() {
            switch item {
            case .statement(let sql):
                reader.addHistory(sql)
                runStatement(sql)
                stopIfScriptInterrupted()
                _ = stopForBrokenOutput()
            case .metaCommand(let command):
                if scanner.isBufferEmpty { reader.addHistory(Self.display(command)) }
                runMetaCommand(command)
            }
        }
        scanner.skipRestOfLine()
    }

    /// psql's prompt: database, what is open, transaction state, `#` for superusers.
    func currentPrompt() -> String {
        guard reader.isInteractive else { return "" }
        let status: Character = connection.isBad ? "!" : scanner.openConstruct.promptCharacter
        return PromptFormatter(label: configuration.promptLabel).prompt(
            database: connection.database, status: status, transaction: connection.transactionState,
            superuser: connection.parameterStatus("is_superuser") == "on")
    }

    /// With a transaction open, an interactive exit asks first (psql silently rolls back).
    func confirmLeavingOpenTransaction() -> Bool {
        let state = connection.transactionState
        guard reader.isInteractive, state == .inTransaction || state == .inFailedTransaction else { return true }
        output.flush()
        let answer = reader.readLine(prompt: "A transaction is open; leaving rolls it back. Leave anyway? [y/N] ")
        if case .line(let text) = answer, text.lowercased().hasPrefix("y") { return true }
        output.line("Staying. COMMIT or ROLLBACK, then \\q.")
        return false
    }

    /// Notifies companions of a finished input.
    func publish(_ record: ExecutionRecord) {
        for companion in companions { companion.recordFinished(record, in: self) }
    }

    /// Replaces the learner's connection (`\c`, reconnect after loss).
    func adopt(_ newConnection: Connection) {
        connection = newConnection
        connection.makeForeground()
        followServerSettings()
    }

    /// The scanner lexes '…' strings the way the server will read them.
    func followServerSettings() {
        scanner.standardConformingStrings = connection.parameterStatus("standard_conforming_strings") != "off"
    }
}
