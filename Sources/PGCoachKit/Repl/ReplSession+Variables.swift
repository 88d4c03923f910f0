import Foundation
import PostgresClient
import PsqlCore

/// psql variables: `\set`, `\unset`, `\getenv`, `\setenv`, `:name` substitution (through the
/// scanner's host callbacks), and the variables psql keeps up to date itself.
extension ReplSession: ScanHost {
    public func variableValue(_ name: String) -> String? {
        variables[name]
    }

    public func backtickOutput(_ command: String) -> String? {
        queryOutput.flush()
        output.flush()
        guard let result = ShellCommand.capture(command) else {
            output.errorLine("\(command): could not run the command")
            return nil
        }
        var text = result
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    public func substitutesArguments(of name: String) -> Bool {
        name != "elif" || conditionals.elifNeedsCondition
    }

    public func evaluatedArgumentCount(of name: String) -> Int? {
        // The formatting commands check their extra arguments themselves.
        switch name {
        case "pset": return 2
        case "crosstabview": return 4
        case "a", "H", "html": return 0
        case "C", "f", "t", "T", "x": return 1
        default: return registry.entry(for: name)?.maxArguments
        }
    }

    public func scanWarning(_ message: String) {
        output.warningLine(message)
    }

    /// `\set`: lists the variables, or sets NAME to its arguments joined together.
    func setVariable(_ command: MetaCommand) {
        guard let name = command.arguments.first else {
            for (name, value) in variables.listing { output.line("\(name) = '\(value)'") }
            return
        }
        assign(name, command.arguments.dropFirst().joined())
    }

    /// `\unset NAME`.
    func unsetVariable(_ command: MetaCommand) {
        guard let name = command.arguments.first else { return missingArgument(command) }
        assign(name, nil)
    }

    /// Sets or unsets through psql's hooks; a refused value is psql's error and a failure.
    func assign(_ name: String, _ value: String?) {
        if let error = variables.set(name, value) {
            output.errorLine(error)
            itemSucceeded = false
        } else {
            variablesChanged(name)
        }
    }

    /// `\getenv PSQLVAR ENVVAR`: an unset environment variable leaves the psql variable alone.
    func getEnvironment(_ command: MetaCommand) {
        guard command.arguments.count >= 2 else { return missingArgument(command) }
        if let value = ProcessInfo.processInfo.environment[command.arguments[1]] {
            assign(command.arguments[0], value)
        }
    }

    /// `\setenv NAME [VALUE]`: sets or (without a value) unsets an environment variable.
    func setEnvironment(_ command: MetaCommand) {
        guard let name = command.arguments.first else { return missingArgument(command) }
        if name.contains("=") {
            output.errorLine("\\setenv: environment variable name must not contain \"=\"")
            itemSucceeded = false
        } else if command.arguments.count > 1 {
            setenv(name, command.arguments[1], 1)
        } else {
            unsetenv(name)
        }
    }

    /// psql's message for a command called without what it needs.
    func missingArgument(_ command: MetaCommand) {
        output.errorLine("\\\(command.name): missing required argument")
        itemSucceeded = false
    }

    /// Some variables change what the session does at once; the others are read when used.
    func variablesChanged(_ name: String) {
        if name == "VERBOSITY" || name == "SHOW_CONTEXT" { applyErrorVerbosity() }
    }

    /// psql hands VERBOSITY and SHOW_CONTEXT to libpq, which formats errors with them.
    func applyErrorVerbosity() {
        connection.setErrorVerbosity(variables.verbosity, context: variables.showContext)
    }

    /// `DBNAME`, `USER`, `HOST`, `PORT`, `ENCODING`, `SERVER_VERSION_*`, set on every connect.
    func publishConnectionVariables() {
        let c = connection
        variables.set("DBNAME", c.database)
        variables.set("USER", c.user)
        variables.set("HOST", c.host)
        variables.set("PORT", c.port)
        variables.set("ENCODING", c.parameterStatus("client_encoding") ?? "UTF8")
        if let version = c.parameterStatus("server_version") {
            variables.set("SERVER_VERSION_NAME", version)
        }
        variables.set("SERVER_VERSION_NUM", String(c.serverVersionNumber))
        applyErrorVerbosity()
        // psql describes itself here; pgcoach stands in for the psql of the server's release.
        if variables["VERSION"] == nil, let version = try? c.query("SELECT pg_catalog.version()").rows.first?.first ?? nil {
            variables.set("VERSION", version)
            variables.set("VERSION_NAME", c.parameterStatus("server_version") ?? "")
            variables.set("VERSION_NUM", String(c.serverVersionNumber))
        }
    }

    /// `ERROR`, `SQLSTATE`, `ROW_COUNT`, `LAST_ERROR_*` after each query, as psql sets them.
    func publishQueryOutcome(error: ServerMessage?, rowCount: Int?) {
        if let error {
            variables.set("ERROR", "true")
            let state = error.sqlState
            variables.set("SQLSTATE", state)
            variables.set("ROW_COUNT", "0")
            variables.set("LAST_ERROR_MESSAGE", error.message)
            variables.set("LAST_ERROR_SQLSTATE", state)
        } else {
            variables.set("ERROR", "false")
            variables.set("SQLSTATE", "00000")
            variables.set("ROW_COUNT", String(rowCount ?? 0))
        }
    }
}
