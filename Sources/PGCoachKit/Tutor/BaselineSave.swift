import Foundation

/// A freshly measured baseline written to the lesson cache on its own thread: encoding half a
/// megabyte of JSON need not stand between a cold start and its first prompt. Waited for before
/// the session ends, so the next start finds it.
final class BaselineSave: Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(_ baseline: Baseline, to path: String) {
        let done = self.done
        Thread.detachNewThread {
            baseline.save(path)
            done.signal()
        }
    }

    func wait() {
        done.wait()
        done.signal()
    }
}
