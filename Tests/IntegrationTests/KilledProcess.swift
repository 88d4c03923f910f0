import Foundation

/// A pgcoach run that is killed with SIGKILL part-way, as a crash or `kill -9` would end it.
enum KilledProcess {
    /// Starts pgcoach with `arguments`, writes `input`, reads its output until it contains
    /// `marker` (or ends), waits `settle` seconds, then kills it with SIGKILL. Returns what it
    /// printed.
    static func run(
        _ arguments: [String], input: String, until marker: String, environment: [String: String], settle: Double = 0
    ) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.pgcoach)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let inputPipe = Pipe()
        let output = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = output
        process.standardError = output
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        var seen = ""
        while !seen.contains(marker) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        if settle > 0 { usleep(useconds_t(settle * 1_000_000)) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return seen
    }
}
