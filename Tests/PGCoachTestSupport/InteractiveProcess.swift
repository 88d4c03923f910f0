import Foundation

/// A program fed through a pipe, for tests that type something, wait until the output shows a
/// marker, then kill the program where it stands (a session killed during a query, a sandbox
/// left behind by `kill -9`).
public final class InteractiveProcess {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// Everything the program printed so far (stdout and stderr together).
    public private(set) var seen = ""

    /// Starts `executable` (the built pgcoach by default) with `arguments`, the test's environment plus
    /// `environment`; caches in this checkout's test cache unless `environment` names one.
    public init(_ arguments: [String], executable: String = BinaryRunner.pgcoach, environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": SandboxTestSupport.cacheHome]) { $1 }
            .merging(environment) { $1 }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    /// Writes `text` to the program's standard input.
    public func type(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Reads until the output so far contains `marker`, or the program closes its output.
    @discardableResult
    public func read(until marker: String) -> String {
        while !seen.contains(marker) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        return seen
    }

    /// Sends `signal` (SIGKILL by default: nothing of the program's own cleanup runs) and waits
    /// for the program to end.
    public func kill(_ signal: Int32 = SIGKILL) {
        _ = Foundation.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }
}
