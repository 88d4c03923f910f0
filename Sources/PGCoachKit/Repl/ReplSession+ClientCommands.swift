import PostgresClient
import PsqlCore

#if canImport(Glibc)
import Glibc
#endif

/// psql's client-side commands: `\encoding`, `\prompt`, `\password`, `\w` and `\s`.
extension ReplSession {
    /// `\encoding [ENCODING]`: shows or sets the client encoding (and `ENCODING`).
    func clientEncoding(_ command: MetaCommand) {
        guard let name = command.arguments.first else {
            output.line(connection.clientEncodingName)
            return
        }
        // psql reports the failure but does not count it as one.
        guard connection.setClientEncoding(name) else {
            output.errorLine("\(name): invalid encoding name or conversion procedure not found")
            return
        }
        let current = connection.clientEncodingName
        variables.set("ENCODING", current)
        settings.print.encoding = ClientEncoding(clientEncodingName: current)
    }

    /// psql's `simple_prompt`: the controlling terminal when there is one, else the prompt on
    /// stderr and the next line of the script (psql reads stdin then). nil: cancelled.
    func promptForLine(_ prompt: String?, echo: Bool) -> String? {
        switch TerminalPrompt.read(prompt, echo: echo) {
        case .line(let line): return line
        case .cancelled: return nil
        case .noTerminal: break
        }
        if let prompt { output.error(prompt) }
        var answer = ""
        if case .line(let line) = reader.readLine(prompt: "") { answer = line }
        if !echo { output.error("\n") }
        return answer
    }

    /// `\prompt [TEXT] NAME`: sets the variable to a line the user types.
    func promptVariable(_ command: MetaCommand) {
        guard let first = command.arguments.first else { return missingArgument(command) }
        let (text, name) = command.arguments.count > 1 ? (Optional(first), command.arguments[1]) : (nil, first)
        let value: String
        if script != nil {
            // Inside `\i`, psql prints the text on stdout and reads the session's input.
            if let text { output.write(text) }
            output.flush()
            guard case .line(let line) = reader.readLine(prompt: "") else {
                output.errorLine("\\\(command.name): could not read value for variable")
                itemSucceeded = false
                return
            }
            value = line
        } else {
            guard let line = promptForLine(text, echo: true) else {
                itemSucceeded = false
                return
            }
            value = line
        }
        assign(name, value)
    }

    /// `\password [USER]`: asks twice without echo, hashes on the client (`PQencryptPasswordConn`,
    /// SCRAM by default) and sends only the hash. Neither the password nor the statement that
    /// carries its hash is journaled, echoed or kept in history.
    func changePassword(_ command: MetaCommand) {
        let user: String
        if let given = command.arguments.first {
            user = MetaCommand.identifier(given)
        } else {
            guard let current = try? connection.query("SELECT CURRENT_USER").rows.first?.first ?? nil else {
                itemSucceeded = false
                return
            }
            user = current
        }
        guard let first = promptForLine("Enter new password for user \"\(user)\": ", echo: false),
            let second = promptForLine("Enter it again: ", echo: false)
        else {
            itemSucceeded = false
            return
        }
        guard first == second else {
            output.errorLine("Passwords didn't match.")
            itemSucceeded = false
            return
        }
        switch connection.encryptPassword(first, user: user) {
        case .failure(let error):
            output.error(error.message)
            itemSucceeded = false
        case .success(let hash):
            if !runHidden("ALTER USER \(VariableQuoting.identifier(user)) PASSWORD \(VariableQuoting.literal(hash))") {
                itemSucceeded = false
            }
        }
    }

    /// `\w FILE` or `\w |COMMAND`: writes the query buffer (or the previous query) there.
    func writeBuffer(_ command: MetaCommand) {
        guard let target = command.arguments.first else { return missingArgument(command) }
        guard let opened = OutputTarget(target) else {
            output.errorLine("\(target): \(String(cString: strerror(errno)))")
            itemSucceeded = false
            return
        }
        let text = scanner.isBufferEmpty ? scanner.previousBuffer : scanner.buffer
        if !text.isEmpty { opened.console.write(text + "\n") }
        opened.close()
    }

    /// `\s [FILE]`: the history, to FILE or the screen. Like psql, nothing is kept when input
    /// is not a terminal: then `\s` fails (printing its blank line without a file).
    func showHistory(_ command: MetaCommand) {
        let file = command.arguments.first
        defer { if file == nil { output.line() } }
        guard let history = reader.historyText else {
            itemSucceeded = false
            return
        }
        guard let file else {
            output.write(history)
            return
        }
        guard let opened = OutputTarget(file) else {
            output.errorLine("could not save history to file \"\(file)\": \(String(cString: strerror(errno)))")
            itemSucceeded = false
            return
        }
        opened.console.write(history)
        opened.close()
        if !variables.quiet { output.line("Wrote history to file \"\(file)\".") }
    }
}
