import Foundation

/// Timing notes on stderr when `PGCOACH_TRACE` is set, for the sandbox's own phases (template,
/// copy, server start and stop), in the same form as the application's trace. Silent otherwise.
public enum SandboxTrace {
    public static let enabled = ProcessInfo.processInfo.environment["PGCOACH_TRACE"] != nil

    /// Runs `body` and, when tracing, notes how long it took as `what`.
    @discardableResult
    public static func timed<T>(_ what: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let started = ContinuousClock.now
        defer { note("\(what()) \(milliseconds(ContinuousClock.now - started))") }
        return try body()
    }

    public static func note(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("pgcoach trace: " + text() + "\n").utf8))
    }

    /// A duration as `12.3 ms`.
    public static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format: "%.1f ms", value)
    }
}
