import CSignals
import LibC
import PostgresClient
import PsqlCore

/// The psql meta-command subset, with psql's own messages so scripts print what psql prints.
extension ReplSession {
    /// Runs one backslash command: a companion's, one from the psql table, or one line saying
    /// why not (a psql command pgcoach does not run, or no command at all).
    func runMetaCommand(_ command: MetaCommand) {
        let active = conditionals.isActive
        if !active && !ConditionalStack.isBranchingCommand(command.name) {
            // Even in a skipped branch psql reports a command it does not know.
            let registry = registry
            if registry.entry(for: command.name) == nil, !PsqlCommandCatalog.isPsqlCommand(command.name),
                !registry.companionSpecs.contains(where: { $0.matches(command.name) })
            {
                output.errorLine("invalid command \\\(command.name)")
                if isInteractiveInput { output.errorLine("Try \\? for help.") }
                itemSucceeded = false
                return
            }
            // psql reads the arguments of a command in a skipped branch and does nothing else.
            if isInteractiveInput {
                output.errorLine("\\\(command.name) command ignored; use \\endif or Ctrl-C to exit current \\if block")
            }
            return
        }
        events.publish(.inputStarting(Self.display(command), kind: .metaCommand, location: location))
        for provider in commandProviders where provider.handle(command, in: self) { return }
        if command.hasUnterminatedQuote {
            output.errorLine("unterminated quoted string")
        }
        if let entry = registry.entry(for: command.name) {
            entry.run(self, command)
            if itemSucceeded, let limit = entry.maxArguments {
                for extra in command.arguments.dropFirst(limit) {
                    output.warningLine("\\\(command.name): extra argument \"\(extra)\" ignored")
                }
            }
            return
        }
        // psql ignores the rest of a line after a command it could not run.
        scanner.skipRestOfLine()
        itemSucceeded = false
        if PsqlCommandCatalog.isPsqlCommand(command.name) {
            // psql would have sent the buffer; dropping it keeps the next statement clean.
            if PsqlCommandCatalog.sendsQueryBuffer(command.name) { _ = scanner.takeBufferForSending() }
            output.errorLine(
                "\\\(command.name) is a psql command pgcoach does not run; use psql on the same server: psql \"\(shortConninfo)\"")
        } else {
            output.errorLine("invalid command \\\(command.name)")
            if isInteractiveInput { output.errorLine("Try \\? for help.") }
        }
    }

    /// The connection as a learner would type it for psql: host, port, database, user.
    var shortConninfo: String {
        let c = connection
        func quoted(_ value: String) -> String {
            guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "'" || $0 == "\\" }) else { return value }
            return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
        return "host=\(quoted(c.host)) port=\(quoted(c.port)) dbname=\(quoted(c.database)) user=\(quoted(c.user))"
    }

    /// `\q`: in a script, psql first sends what is left in the query buffer.
    func quit() {
        guard confirmLeavingOpenTransaction() else { return }
        if !isInteractiveInput, let rest = scanner.finish() {
            runStatement(rest)
        }
        quitRequested = true
    }

    /// `\errverbose`.
    func showLastErrorVerbose() {
        if let lastError {
            output.error(lastError.verbose ?? lastError.formatted)
        } else {
            output.line("There is no previous error.")
        }
    }

    /// `\watch [SECONDS]`: run the query buffer (or the previous query) again and again until
    /// Ctrl-C or an error, with psql's title line (time and interval) over each result.
    func watch(_ command: MetaCommand) {
        var interval = 2.0
        if let argument = command.arguments.first {
            guard let value = Double(argument), value >= 0, value.isFinite else {
                output.errorLine("\\watch: incorrect interval value \"\(argument)\"")
                return
            }
            interval = value
        }
        let text = scanner.takeBufferForSending()
        guard !text.isEmpty else {
            output.errorLine("\\watch cannot be used with an empty query")
            return
        }
        pgcoach_sigint_reset()
        while !quitRequested && pgcoach_terminate_signal() == 0 {
            // A `\pset title` goes first, as in psql.
            let userTitle = settings.print.title.map { $0 + "\t" } ?? ""
            let title = "\(userTitle)\(ClockText.now("%c", utc: false)) (every \(Self.intervalText(interval))s)\n"
            runStatement(text, title: title)
            output.flush()
            if lastStatementFailed || pgcoach_sigint_pending() != 0 { break }
            // Sleep in small steps so Ctrl-C ends the watch at once.
            let deadline = ContinuousClock.now + .milliseconds(Int(interval * 1000))
            while ContinuousClock.now < deadline && pgcoach_sigint_pending() == 0 && pgcoach_terminate_signal() == 0 {
                usleep(20_000)
            }
            if pgcoach_sigint_pending() != 0 { break }
        }
        pgcoach_sigint_reset()
    }

    /// psql prints the interval with `%g`.
    static func intervalText(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    func setTiming(_ argument: String?) {
        switch argument.map({ $0.lowercased() }) {
        case nil: settings.timing.toggle()
        case "on", "true", "yes", "1": settings.timing = true
        case "off", "false", "no", "0": settings.timing = false
        case let value?:
            output.errorLine("unrecognized value \"\(value)\" for \"\\timing\": Boolean expected")
            itemSucceeded = false
            return
        }
        if variables.quiet { return }
        output.line(settings.timing ? "Timing is on." : "Timing is off.")
    }

    /// `\c [DBNAME [USER [HOST [PORT]]]]`: what is not given (or given as `-`) stays as it was;
    /// keeps the old connection when the new one fails (a script then stops, as psql does).
    func reconnect(_ command: MetaCommand) {
        // psql reads these as identifiers with the quotes removed but the case kept.
        let values = command.arguments.map { MetaCommand.dequoted($0) }
        func argument(_ index: Int) -> String? {
            guard index < values.count else { return nil }
            let (value, wasQuoted) = values[index]
            return (!wasQuoted && (value.isEmpty || value == "-")) ? nil : value
        }
        let (oldHost, oldPort) = (connection.host, connection.port)
        // A lesson's server name stands for its socket directory, as a host name for a machine.
        let host = argument(2).map { configuration.serverHosts[$0] ?? $0 }
        let target = connection.conninfo(
            replacingDatabase: argument(0), user: argument(1), host: host, port: argument(3))
        do {
            let fresh = try connection.open(target, applicationName: .fixed(configuration.applicationName))
            adopt(fresh)
            if !variables.quiet { output.line(connectedMessage(fresh, previousHost: oldHost, previousPort: oldPort)) }
        } catch {
            itemSucceeded = false
            output.errorLine("\\connect: \(error)")
            if !reader.isInteractive && configuration.exitOnFailedReconnectInScript {
                exitStatus = 2
                quitRequested = true
            } else {
                output.errorLine("Previous connection kept")
            }
            // The refusal is something the learner saw (a lesson may take it as evidence).
            // Recorded where the learner tried to go: a refused `\c app_db - primary` is
            // evidence about the primary, not about the server they are still on.
            let targetServer = argument(2).map { name in configuration.serverHosts[name] == nil ? nil : name } ?? serverName
            let attempted = DatabaseLocation(
                database: argument(0) ?? connection.database, server: targetServer ?? DatabaseLocation.primaryServer)
            publish(
                ExecutionRecord(
                    kind: .metaCommand, input: Self.display(command),
                    database: configuration.serverHosts.isEmpty ? location : attempted.key,
                    error: ConnectionRefusal.message("\(error)")))
        }
    }

    /// psql's line after `\c`: the host and port are named when they changed.
    func connectedMessage(_ fresh: any SessionConnection, previousHost: String? = nil, previousPort: String? = nil) -> String {
        let base = "You are now connected to database \"\(fresh.database)\" as user \"\(fresh.user)\""
        guard let previousHost, previousHost != fresh.host || previousPort != fresh.port else { return base + "." }
        if fresh.host.hasPrefix("/") {
            return base + " via socket in \"\(fresh.host)\" at port \"\(fresh.port)\"."
        }
        return base + " on host \"\(fresh.host)\" at port \"\(fresh.port)\"."
    }

    func printConnectionInfo() {
        let c = connection
        let host = c.host
        if host.hasPrefix("/") {
            output.line(
                "You are connected to database \"\(c.database)\" as user \"\(c.user)\" via socket in \"\(host)\" at port \"\(c.port)\".")
        } else {
            output.line("You are connected to database \"\(c.database)\" as user \"\(c.user)\" on host \"\(host)\" at port \"\(c.port)\".")
        }
    }
}

extension ReplSession {
    /// Opens a fresh learner connection to `database` on the same server (after `\reset`
    /// restarted it), dropping any half-typed input.
    func reconnect(toDatabase database: String) throws {
        let target = connection.conninfo(replacingDatabase: database)
        let fresh = try connection.open(target, applicationName: .fixed(configuration.applicationName))
        scanner.resetBuffer()
        adopt(fresh)
    }
}
