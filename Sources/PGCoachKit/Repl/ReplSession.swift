import CSignals
import Foundation
import LineEditing
import PostgresClient
import PsqlCore
import TutorCore

/// The REPL: reads lines, splits them the way psql does, sends SQL to the server and renders
/// the results like psql, runs the psql meta-command subset, and hands the other meta-commands
/// to its providers (the tutor, the journal). What happens is published as `SessionEvent`s on
/// `events`, the one way to observe a session.
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
        /// The `application_name` of the learner's connections.
        public var applicationName = "pgcoach"
        /// In script mode, cancel a statement still running after this many seconds (nil: never).
        public var scriptStatementTimeout: Double?
        /// A lesson's servers by name → their socket directories: `\c DB - replica1` reaches
        /// the node as a host name reaches a machine, and the prompt names the server.
        public var serverHosts: [String: String] = [:]
        /// Socket directories the prompt names although they are no server of their own: a
        /// lesson's pooler (`app_db@pooler=#`), whose connections are located on the server
        /// behind it.
        public var promptHosts: [String: String] = [:]

        public init() {}
    }

    public let output: ConsoleOutput
    public let reader: LineReading
    public private(set) var connection: any SessionConnection
    public var settings = DisplaySettings()
    public var configuration: Configuration
    /// Who answers the meta-commands beyond psql's table (asked in order, before the table).
    public var commandProviders: [MetaCommandProvider] = []
    /// Everything that happens in the session, for the journal, the tutor and completion.
    public let events = SessionEventStream()

    var scanner = StatementScanner()
    /// psql's variables (`\set`, `:name`, the special ones).
    public internal(set) var variables = PsqlVariables()
    /// The open `\if` blocks of the input being read.
    var conditionals = ConditionalStack()
    /// Where query results go: stdout, or the file or pipe of `\o`.
    var queryOutput: ConsoleOutput
    /// The `\o` target, closed when replaced.
    var queryOutputTarget: OutputTarget?
    /// The script being read by `\i` (psql prefixes its messages with `psql:FILE:LINE: `).
    var script: (path: String, line: Int)?
    /// Whether the input item being run worked; with ON_ERROR_STOP a failure ends a script.
    var itemSucceeded = true
    /// The last error, for `\errverbose`.
    var lastError: ServerMessage?
    /// Whether the last statement ended in an error (ends `\watch`).
    var lastStatementFailed = false
    var quitRequested = false
    var exitStatus: Int32 = 0

    public init(
        connection: any SessionConnection, reader: LineReading, output: ConsoleOutput, configuration: Configuration = Configuration()
    ) {
        self.connection = connection
        self.reader = reader
        self.output = output
        self.configuration = configuration
        self.queryOutput = output
        // What the session prints is an event too (the journal keeps meta-commands' output).
        output.onPrint = { [events] stream, text in events.publish(.printed(text, stream == .output ? .output : .error)) }
        connection.makeForeground()
        followServerSettings()
        publishConnectionVariables()
    }

    /// The commands this session answers: psql's table and the providers' own.
    var registry: MetaCommandRegistry {
        MetaCommandRegistry(entries: Self.psqlCommands, companionSpecs: commandProviders.flatMap(\.metaCommands))
    }

    /// The database the learner is connected to.
    public var database: String { connection.database }

    /// The server the learner is on, by the lesson's name for it (nil outside such lessons).
    public var serverName: String? {
        configuration.serverHosts.first { $0.value == connection.host }?.key
    }

    /// Where the learner is, as the tutor names places: `app_db`, or `app_db@replica1` on a
    /// server other than the primary.
    public var location: String {
        DatabaseLocation(database: connection.database, server: serverName ?? DatabaseLocation.primaryServer).key
    }

    /// Runs until `\q`, end of input or a terminating signal; returns the exit status.
    public func run() -> Int32 {
        defer {
            output.flush()
            events.publish(.ending)
            output.flush()
        }
        while !quitRequested {
            if pgcoach_terminate_signal() != 0 { break }
            output.flush()
            if stopForBrokenOutput() { break }
            if !reader.hasBufferedLine {
                events.publish(.waitingForInput)
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
                finishInput()
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
    /// With ON_ERROR_STOP, a failure ends the line and (in a script) the input, exit status 3.
    func process(line: String) {
        // psql reads standard_conforming_strings once per line, when it starts lexing it.
        followServerSettings()
        // psql echoes every line it reads but the empty ones it skips (outside quotes).
        if variables.echo == .all && !isInteractiveInput && (!line.isEmpty || scanner.isInsideQuoteOrComment) {
            output.line(line)
        }
        let stopsOnError = variables.onErrorStop
        var lineSucceeded = true
        scanner.startLine(line)
        while !quitRequested, lineSucceeded || !stopsOnError {
            scanner.isInactiveBranch = !conditionals.isActive
            guard let item = scanner.nextItem(host: self) else { break }
            itemSucceeded = true
            switch item {
            case .statement(let sql):
                reader.addHistory(sql)
                if conditionals.isActive {
                    runStatement(sql)
                    itemSucceeded = !lastStatementFailed
                    stopIfScriptInterrupted()
                    _ = stopForBrokenOutput()
                } else if isInteractiveInput {
                    output.errorLine("query ignored; use \\endif or Ctrl-C to exit current \\if block")
                }
            case .metaCommand(let command):
                if scanner.isBufferEmpty { reader.addHistory(Self.display(command)) }
                runMetaCommand(command)
            }
            lineSucceeded = itemSucceeded
        }
        scanner.skipRestOfLine()
        if !lineSucceeded && stopsOnError && !isInteractiveInput {
            exitStatus = 3
            quitRequested = true
        }
    }

    /// Input comes from a person (not a script, a pipe or an `\i` file).
    var isInteractiveInput: Bool { reader.isInteractive && script == nil }

    /// End of the input: a script's unterminated last statement is sent (psql does that
    /// unless an error stopped it), and an open `\if` is reported.
    func finishInput() {
        if !isInteractiveInput, let rest = scanner.finish() {
            if conditionals.isActive {
                runStatement(rest)
                if lastStatementFailed && variables.onErrorStop { exitStatus = 3 }
            }
        }
        if !conditionals.isEmpty && exitStatus != 3 {
            output.errorLine("reached EOF without finding closing \\endif(s)")
            if variables.onErrorStop && !isInteractiveInput { exitStatus = 3 }
        }
    }

    /// psql's prompt: database, what is open, transaction state, `#` for superusers.
    func currentPrompt() -> String {
        guard reader.isInteractive else { return "" }
        // psql's %R: `@` at the ready prompt inside a skipped `\if` branch.
        let open = scanner.openConstruct
        let status: Character =
            open == .none && !conditionals.isActive ? "@" : connection.isBad ? "!" : open.promptCharacter
        return PromptFormatter(label: configuration.promptLabel).prompt(
            database: (serverName ?? configuration.promptHosts[connection.host]).map { "\(connection.database)@\($0)" }
                ?? connection.database, status: status,
            transaction: connection.transactionState,
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

    /// Publishes a finished input: what the learner was shown.
    func publish(_ record: ExecutionRecord) {
        events.publish(.finished(record))
    }

    /// Publishes the rows a tutor command showed (`\log`, `\files`, `\action`): recorded like a
    /// query result, where the learner is (as statements are), so evidence rules read them.
    func publishRows(of command: MetaCommand, _ results: [ObservedResult]) {
        publish(ExecutionRecord(kind: .metaCommand, input: Self.display(command), database: location, results: results))
    }

    /// Replaces the learner's connection (`\c`, reconnect after loss).
    func adopt(_ newConnection: any SessionConnection) {
        connection = newConnection
        connection.makeForeground()
        followServerSettings()
        publishConnectionVariables()
        events.publish(.connectionChanged(location: location))
    }

    /// The scanner lexes '…' strings the way the server will read them.
    func followServerSettings() {
        scanner.standardConformingStrings = connection.parameterStatus("standard_conforming_strings") != "off"
    }
}
