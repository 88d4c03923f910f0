import CShims
#if canImport(Glibc)
import Glibc
#endif
import PGCoachCore
import PostgresClient

/// The psql meta-command subset, with psql's own messages so scripts print what psql prints.
extension ReplSession {
    /// psql commands pgcoach recognises but does not implement; named in the message so the
    /// learner knows to reach for a real psql.
    static let psqlOnlyCommands: Set<String> = [
        "cd", "copyright", "crosstabview", "dE", "dg", "di",
        "dm", "ds", "dv", "e", "edit", "ef", "encoding", "ev", "gdesc", "getenv", "gexec", "gset",
        "help", "h", "i", "include", "ir", "if", "elif", "else", "endif", 
        "o", "out", "password", "prompt", "qecho", "s", "set", "setenv", "unset", "w", "warn",
        "write", "z", "!", "bind", "sset",
    ]

    /// Runs one backslash command.
    func runMetaCommand(_ command: MetaCommand) {
        for companion in companions { companion.inputStarting(Self.display(command), kind: .metaCommand, in: self) }
        for companion in companions where companion.handle(command, in: self) { return }
        switch command.name {
        case "q", "quit":
            if confirmLeavingOpenTransaction() { quitRequested = true }
        case "x": setExpanded(command)
        case "pset": runPset(command)
        case "a": toggleUnaligned(command)
        case "C": setTitle(command)
        case "f": setFieldSeparator(command)
        case "H", "html": toggleHTML(command)
        case "t": setTuplesOnly(command)
        case "T": setTableAttributes(command)
        case "copy": runSlashCopy(command)
        case "lo_import": runLargeObjectImport(command)
        case "lo_export": runLargeObjectExport(command)
        case "lo_unlink": runLargeObjectUnlink(command)
        case "timing":
            setTiming(command.arguments.first)
        case "c", "connect":
            reconnect(database: command.arguments.first, user: command.arguments.dropFirst().first)
        case "conninfo":
            printConnectionInfo()
        case "g", "gx":
            let text = scanner.takeBufferForSending()
            runStatement(text, expandedOverride: command.name == "gx" ? true : nil)
        case "r", "reset":
            scanner.resetBuffer()
            output.line("Query buffer reset (cleared).")
        case "p", "print":
            let text = scanner.isBufferEmpty ? scanner.previousBuffer : scanner.buffer
            output.line(text.isEmpty ? "Query buffer is empty." : text)
        case "echo":
            output.line(command.arguments.joined(separator: " "))
        case "watch":
            watch(command)
        case "errverbose":
            if let lastError {
                output.error(lastError.verbose ?? lastError.formatted)
            } else {
                output.line("There is no previous error.")
            }
        case "?":
            output.write(ReplHelp.text(extra: configuration.extraHelp))
        default:
            if DescribeCommand.handles(command.name) {
                runDescribe(command)
                return
            }
            // psql ignores the rest of a line after a command it could not run.
            scanner.skipRestOfLine()
            if Self.psqlOnlyCommands.contains(command.name) {
                output.errorLine(
                    "\\\(command.name) is a psql command pgcoach does not run; use psql on the same server: psql \"\(connection.conninfo())\"")
            } else {
                output.errorLine("invalid command \\\(command.name)" + (reader.isInteractive ? " (\\? lists the commands)" : ""))
            }
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
            return
        }
        output.line(settings.timing ? "Timing is on." : "Timing is off.")
    }

    /// `\c [DBNAME [USER]]`: keeps host and port, changes database and user; keeps the old
    /// connection when the new one fails.
    func reconnect(database: String?, user: String?) {
        let keep: (String?) -> String? = { ($0 == nil || $0 == "-") ? nil : $0 }
        let target = connection.conninfo(replacingDatabase: keep(database), user: keep(user))
        do {
            let fresh = try Connection(conninfo: target, applicationName: .fixed(configuration.applicationName))
            adopt(fresh)
            output.line("You are now connected to database \"\(fresh.database)\" as user \"\(fresh.user)\".")
        } catch {
            output.errorLine("\\connect: \(error)")
            if !reader.isInteractive && configuration.exitOnFailedReconnectInScript {
                exitStatus = 2
                quitRequested = true
            } else {
                output.errorLine("Previous connection kept")
            }
        }
    }

    func printConnectionInfo() {
        let c = connection
        let host = c.host
        if host.hasPrefix("/") {
            output.line("You are connected to database \"\(c.database)\" as user \"\(c.user)\" via socket in \"\(host)\" at port \"\(c.port)\".")
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
        let fresh = try Connection(conninfo: target, applicationName: .fixed(configuration.applicationName))
        scanner.resetBuffer()
        adopt(fresh)
    }
}
