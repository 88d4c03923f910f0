import CSignals
import Foundation
import LibC
import LineEditing
import PostgresClient
import PsqlCore

/// `COPY … FROM STDIN` data read from the session's own input, as psql reads it from the
/// script or terminal that sent the statement.
extension ReplSession {
    /// A copy source over the session's input: lines until `\.` on a line by itself or the end
    /// of input. On a terminal psql's banner comes first and each line gets the `>> ` prompt;
    /// Ctrl-C abandons the copy ("canceled by user"). Several copies in one query string
    /// (`copy a from stdin\; copy b from stdin`) each read up to their own `\.`.
    func inputCopySource() -> () -> CopyInput {
        var started = false
        var terminal = TerminalLines()
        return { [unowned self] in
            let interactive = reader.isInteractive
            if !started {
                started = true
                if interactive {
                    output.line("Enter data to be copied followed by a newline.")
                    output.line("End with a backslash and a period on a line by itself, or an EOF signal.")
                }
            }
            let result: LineReadResult
            if interactive {
                // psql reads copy data with plain fgets, not the line editor: a Tab is data,
                // not a completion request.
                output.write(">> ")
                output.flush()
                result = terminal.next()
            } else {
                result = reader.readLine(prompt: "")
            }
            switch result {
            case .line(let line):
                if line == "\\." || line == "\\.\r" {
                    started = false
                    return .end
                }
                return .data(Array(line.utf8) + [UInt8(ascii: "\n")])
            case .endOfInput:
                started = false
                return .end
            case .interrupted:
                pgcoach_sigint_reset()
                started = false
                return .fail("canceled by user")
            }
        }
    }
}

/// Lines read straight from standard input on a terminal (canonical mode hands over one line
/// per read); Ctrl-C interrupts the read, since the SIGINT handler does not restart it.
struct TerminalLines {
    private var pending: [UInt8] = []

    mutating func next() -> LineReadResult {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                if pending.isEmpty { return .endOfInput }
                defer { pending.removeAll() }
                return .line(String(decoding: pending, as: UTF8.self))
            } else if errno == EINTR {
                if pgcoach_sigint_pending() != 0 || pgcoach_terminate_signal() != 0 { return .interrupted }
            } else {
                return .endOfInput
            }
        }
    }
}

/// `\copy`: psql's client-side copy between a table and a file, a program, or the session.
extension ReplSession {
    /// Runs `\copy …` as psql does: opens the file or starts the program, sends the `COPY`
    /// statement psql would send, moves the data, and prints `COPY n` (except when the rows
    /// went to standard output themselves).
    func runSlashCopy(_ command: MetaCommand) {
        // Fails (for ON_ERROR_STOP) unless the COPY ran and succeeded.
        var ran = false
        defer { itemSucceeded = ran && !lastStatementFailed }
        let home = ProcessInfo.processInfo.environment["HOME"]
        let parsed: SlashCopyCommand
        switch SlashCopyCommand.parse(command.rawArguments, home: home) {
        case .success(let value): parsed = value
        case .failure(let error):
            output.errorLine(error.message)
            return
        }
        switch (parsed.isFrom, parsed.endpoint) {
        case (true, .session), (true, .processStandardStream):
            ran = true
            runStatement(parsed.statement)
        case (false, .session), (false, .processStandardStream):
            ran = true
            runStatement(parsed.statement)
        case (true, .file(let path)):
            guard let data = readCopyFile(path) else { return }
            ran = true
            runStatement(parsed.statement, copySource: Self.lineSource(data))
        case (false, .file(let path)):
            guard let file = openCopyFileForWriting(path) else { return }
            ran = true
            runStatement(parsed.statement, copySink: { bytes in file.write(Data(bytes)) })
            try? file.close()
        case (true, .program(let shellCommand)):
            output.flush()
            guard let run = try? Self.runProgram(shellCommand, input: nil) else {
                output.errorLine("could not execute command \"\(shellCommand)\": No such file or directory")
                return
            }
            ran = true
            runStatement(parsed.statement, copySource: Self.lineSource(run.output))
            if let reason = run.failure { output.errorLine("\(shellCommand): \(reason)") }
        case (false, .program(let shellCommand)):
            var collected = Data()
            ran = true
            runStatement(parsed.statement, copySink: { bytes in collected.append(contentsOf: bytes) })
            output.flush()
            let run = try? Self.runProgram(shellCommand, input: collected)
            if let reason = run?.failure { output.errorLine("\(shellCommand): \(reason)") }
        }
    }

    /// The file's bytes, or nil after printing psql's message (`FILE: No such file or directory`,
    /// `FILE: cannot copy from/to a directory`).
    private func readCopyFile(_ path: String) -> Data? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            output.errorLine("\(path): cannot copy from/to a directory")
            return nil
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            output.errorLine("\(path): \(String(cString: strerror(errno)))")
            return nil
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        return (try? handle.readToEnd()) ?? Data()
    }

    private func openCopyFileForWriting(_ path: String) -> FileHandle? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            output.errorLine("\(path): cannot copy from/to a directory")
            return nil
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else {
            output.errorLine("\(path): \(String(cString: strerror(errno)))")
            return nil
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Copy data from a file or program: line by line, ending at a `\.` line as psql does.
    static func lineSource(_ data: Data) -> () -> CopyInput {
        let bytes = [UInt8](data)
        var position = 0
        return {
            guard position < bytes.count else { return .end }
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = Array(bytes[position..<end])
            position = end
            if line == Array("\\.\n".utf8) || line == Array("\\.\r\n".utf8) {
                position = bytes.count
                return .end
            }
            return .data(line)
        }
    }

    /// Runs `command` with `/bin/sh -c`, feeding it `input` (or reading its output); the
    /// failure is psql's wording for a non-zero exit.
    static func runProgram(_ command: String, input: Data?) throws -> (output: Data, failure: String?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        if let input {
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(input)
            try? pipe.fileHandleForWriting.close()
            process.waitUntilExit()
            return (Data(), exitFailure(process))
        }
        process.standardOutput = pipe
        try process.run()
        let output = (try? pipe.fileHandleForReading.readToEnd()) ?? Data()
        process.waitUntilExit()
        return (output, exitFailure(process))
    }

    private static func exitFailure(_ process: Process) -> String? {
        guard process.terminationStatus != 0 else { return nil }
        if process.terminationReason == .uncaughtSignal {
            return "child process was terminated by signal \(process.terminationStatus)"
        }
        return "child process exited with exit code \(process.terminationStatus)"
    }
}
