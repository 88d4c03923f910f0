import CSignals
import Foundation
import LineEditing
import PsqlCore

/// psql's input/output commands: `\echo`, `\qecho`, `\warn`, `\i`, `\ir`, `\o`, `\cd`, `\!`.
extension ReplSession {
    enum EchoTarget { case standardOutput, queryOutput, standardError }

    /// `\echo`, `\qecho`, `\warn`: the arguments joined by spaces; a first unquoted `-n` drops
    /// the newline.
    func echo(_ command: MetaCommand, to target: EchoTarget) {
        var words = command.arguments
        var newline = "\n"
        if words.first == "-n", !command.rawArguments.hasPrefix("'") {
            words.removeFirst()
            newline = ""
        }
        let text = words.joined(separator: " ") + newline
        switch target {
        case .standardOutput: output.write(text)
        case .queryOutput: queryOutput.write(text)
        case .standardError: output.error(text)
        }
    }

    /// `\i FILE` / `\ir FILE`: reads the file as if typed, with its own query buffer and `\if`
    /// stack (psql runs a nested main loop), messages prefixed `psql:FILE:LINE: `.
    func include(_ command: MetaCommand, relative: Bool) {
        guard var path = command.arguments.first else { return missingArgument(command) }
        if relative, !path.hasPrefix("/"), let current = script?.path, current.contains("/") {
            path = String(current[..<current.lastIndex(of: "/")!]) + "/" + path
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            output.errorLine("\(path): \(String(cString: strerror(errno)))")
            itemSucceeded = false
            return
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        let lines = text.isEmpty && data.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)

        let saved = (scanner, conditionals, script, output.errorPrefix, exitStatus)
        scanner = StatementScanner()
        scanner.standardConformingStrings = saved.0.standardConformingStrings
        conditionals = ConditionalStack()
        for (index, line) in lines.enumerated() {
            if quitRequested || pgcoach_terminate_signal() != 0 { break }
            script = (path, index + 1)
            output.errorPrefix = "psql:\(path):\(index + 1): "
            process(line: String(line))
        }
        if !quitRequested { finishInput() }
        let stoppedOnError = exitStatus == 3
        (scanner, conditionals, script, output.errorPrefix) = (saved.0, saved.1, saved.2, saved.3)
        if stoppedOnError {
            // psql's process_file reports failure; with ON_ERROR_STOP the outer input stops too.
            itemSucceeded = false
            quitRequested = false
            exitStatus = saved.4
        } else if quitRequested && exitStatus == saved.4 && pgcoach_terminate_signal() == 0 {
            // `\q` ends only the file being included, as in psql.
            quitRequested = false
        }
    }

    /// `\o [FILE|'|'COMMAND]`: query results go there until the next `\o`.
    func redirectQueryOutput(_ target: String?) {
        queryOutput.flush()
        queryOutputTarget?.close()
        queryOutputTarget = nil
        queryOutput = output
        guard let target else { return }
        guard let opened = OutputTarget(target) else {
            output.errorLine("\(target): \(String(cString: strerror(errno)))")
            itemSucceeded = false
            return
        }
        queryOutputTarget = opened
        queryOutput = opened.console
    }

    /// `\cd [DIR]`: home without an argument.
    func changeDirectory(_ argument: String?) {
        let target = argument ?? ProcessInfo.processInfo.environment["HOME"] ?? "/"
        if chdir(target) != 0 {
            output.errorLine("\\cd: could not change directory to \"\(target)\": \(String(cString: strerror(errno)))")
            itemSucceeded = false
        }
    }

    /// `\! [COMMAND]`: runs COMMAND through the shell (an interactive shell without one).
    func shellEscape(_ command: String?) {
        output.flush()
        queryOutput.flush()
        let line = command ?? (ProcessInfo.processInfo.environment["SHELL"] ?? "/bin/sh")
        if !ShellCommand.run(line) {
            itemSucceeded = false
        }
    }
}
