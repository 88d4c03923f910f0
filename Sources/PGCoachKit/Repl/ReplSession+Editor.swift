import Foundation
import PostgresClient
import PsqlCore

#if canImport(Glibc)
import Glibc
#endif

/// `\e`, `\ef` and `\ev`: the query buffer, a file, or a function's or view's definition in
/// the learner's editor (`PSQL_EDITOR`, `EDITOR`, `VISUAL`, else `vi`), as psql's `do_edit`.
/// What comes back is read as if typed: complete statements run, the rest waits in the buffer.
/// Only with a person at a terminal: a script has no one to edit, so it gets one line saying so.
extension ReplSession {
    /// `\e [FILE] [LINE]`.
    func editBuffer(_ command: MetaCommand) {
        guard editorIsAvailable(command) else { return }
        var file = command.arguments.first
        var lineText = command.arguments.count > 1 ? command.arguments[1] : nil
        // One all-digits argument is a line number, not a file name.
        if lineText == nil, let only = file, !only.isEmpty, only.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            lineText = only
            file = nil
        }
        var line: Int?
        if let lineText {
            let number = Int(lineText.prefix(9).prefix { $0.isASCII && $0.isNumber }) ?? 0
            guard number >= 1 else {
                output.errorLine("invalid line number: \(lineText)")
                itemSucceeded = false
                return
            }
            line = number
        }
        let text: String
        let discardIfUnchanged: Bool
        if file != nil {
            text = ""
            discardIfUnchanged = true
        } else if scanner.isBufferEmpty {
            // The previous query comes back for editing; dropped again if left unchanged.
            text = scanner.previousBuffer
            discardIfUnchanged = true
        } else {
            text = scanner.buffer
            discardIfUnchanged = false
        }
        guard let edited = runEditor(on: text, file: file, line: line) else {
            itemSucceeded = false
            return
        }
        switch edited {
        case .changed(let newText): rescanEdited(newText)
        case .unchanged: if discardIfUnchanged { scanner.resetBuffer() } else { rescanEdited(text) }
        }
    }

    /// `\ef [FUNCTION [LINE]]` and `\ev [VIEW [LINE]]`.
    func editDefinition(_ command: MetaCommand, isFunction: Bool) {
        guard editorIsAvailable(command) else { return }
        var text: String
        var line: Int?
        let description = command.arguments.first ?? ""
        if description.allSatisfy({ $0 == " " || $0 == "\t" || $0 == ";" }) {
            text = isFunction ? EditableObject.functionSkeleton : EditableObject.viewSkeleton
        } else {
            let split = EditableObject.splitLineNumber(description)
            if let error = split.error {
                output.errorLine(error)
                itemSucceeded = false
                return
            }
            do {
                let result = try EditableObject.definition(
                    isFunction: isFunction, name: split.name, querying: ConnectionCatalog(connection: connection),
                    serverVersion: connection.serverVersionNumber)
                switch result {
                case .success(let definition): text = definition
                case .failure(let refusal):
                    output.errorLine(refusal.message)
                    itemSucceeded = false
                    return
                }
            } catch let failure as DescribeQueryFailed {
                output.error(failure.message.formatted)
                itemSucceeded = false
                return
            } catch {
                output.errorLine("\(error)")
                recoverLostConnection()
                itemSucceeded = false
                return
            }
            line = split.line.map { isFunction ? EditableObject.functionLine($0, in: text) : $0 }
        }
        guard let edited = runEditor(on: text, file: nil, line: line) else {
            itemSucceeded = false
            return
        }
        switch edited {
        case .changed(let newText): rescanEdited(newText)
        case .unchanged:
            scanner.resetBuffer()
            output.line("No changes")
        }
    }

    private enum EditResult {
        case changed(String)
        case unchanged
    }

    /// Refuses (one line, a failure) unless a person is at a terminal.
    private func editorIsAvailable(_ command: MetaCommand) -> Bool {
        guard isInteractiveInput, isatty(0) == 1 else {
            output.errorLine(
                "\\\(command.name): the editor needs a terminal; pgcoach is reading a script here, so edit the file and run it with \\i")
            itemSucceeded = false
            return false
        }
        return true
    }

    /// Writes `text` to a private temporary file (or edits `file`), runs the editor at `line`,
    /// and reads the file back if its size or modification time changed. nil: it failed (said).
    private func runEditor(on text: String, file: String?, line: Int?) -> EditResult? {
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["PSQL_EDITOR"] ?? environment["EDITOR"] ?? environment["VISUAL"] ?? "vi"
        let path: String
        if let file {
            path = file
        } else {
            path = (environment["TMPDIR"] ?? "/tmp") + "/psql.edit.\(getpid()).sql"
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                output.errorLine("could not open temporary file \"\(path)\": \(String(cString: strerror(errno)))")
                return nil
            }
            var bytes = Array(text.utf8)
            if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            guard written == bytes.count else {
                output.errorLine("\(path): \(String(cString: strerror(errno)))")
                unlink(path)
                return nil
            }
            // A few seconds in the past, so a quick edit still changes the modification time.
            var times = utimbuf(actime: time(nil) - 2, modtime: time(nil) - 2)
            utime(path, &times)
        }
        defer { if file == nil { unlink(path) } }
        var before = stat()
        guard stat(path, &before) == 0 else {
            output.errorLine("\(path): \(String(cString: strerror(errno)))")
            return nil
        }
        var shellLine = "exec \(editor) '\(path)'"
        if let line {
            // Debian's psql 15 has no built-in default for this (upstream's is "+").
            guard let argument = environment["PSQL_EDITOR_LINENUMBER_ARG"] else {
                output.errorLine("environment variable PSQL_EDITOR_LINENUMBER_ARG must be set to specify a line number")
                return nil
            }
            shellLine = "exec \(editor) \(argument)\(line) '\(path)'"
        }
        output.flush()
        queryOutput.flush()
        guard ShellCommand.run(shellLine) else { return nil }
        var after = stat()
        guard stat(path, &after) == 0 else {
            output.errorLine("\(path): \(String(cString: strerror(errno)))")
            return nil
        }
        guard before.st_size != after.st_size || before.st_mtim.tv_sec != after.st_mtim.tv_sec else {
            return .unchanged
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            output.errorLine("\(path): \(String(cString: strerror(errno)))")
            return nil
        }
        return .changed(String(decoding: data, as: UTF8.self))
    }

    /// psql's `PSQL_CMD_NEWEDIT`: the edited text replaces the query buffer and is read again
    /// as input; what is left unfinished is shown and stays in the buffer.
    private func rescanEdited(_ text: String) {
        scanner.resetBuffer()
        scanner.skipRestOfLine()
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        guard !body.isEmpty else { return }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            process(line: String(line))
            if quitRequested { return }
        }
        if !scanner.isBufferEmpty {
            // psql shows what is left after its ready prompt, then prompts to go on.
            let ready = PromptFormatter(label: configuration.promptLabel).prompt(
                database: connection.database, status: conditionals.isActive ? "=" : "@",
                transaction: connection.transactionState, superuser: connection.parameterStatus("is_superuser") == "on")
            output.line(ready + scanner.buffer)
        }
    }
}
