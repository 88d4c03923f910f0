import Foundation

/// Timing notes on stderr when `PGCOACH_TRACE` is set: how long setup, saving and scoring
/// take, for whoever is chasing a slow start. Silent otherwise.
enum Trace {
    static let enabled = ProcessInfo.processInfo.environment["PGCOACH_TRACE"] != nil

    static func note(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("pgcoach trace: " + text() + "\n").utf8))
    }
}
