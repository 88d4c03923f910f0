import Foundation

/// A value computed on a thread of its own, waited for where it is needed: the cached baseline
/// decoded while the sandbox starts, a fresh baseline measured while the learner reads the
/// briefing.
// @unchecked: `result` is written by the thread before `done` is signalled, read only after.
final class BackgroundResult<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ compute: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { try compute() }
            done.signal()
        }
    }

    /// The value, or what computing it threw; waits for the thread the first time.
    func wait() -> Result<Value, any Error> {
        done.wait()
        done.signal()
        return result ?? .failure(CancellationError())
    }
}
