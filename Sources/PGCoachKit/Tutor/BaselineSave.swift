import Foundation

/// A freshly measured baseline written to the lesson cache on its own thread: encoding half a
/// megabyte of JSON need not stand between a cold start and its first prompt. Waited for before
/// the session ends, so the next start finds it.
final class BaselineSave: Sendable {
    private let done = DispatchSemaphore(value: 0)

    /// Saves `baseline` to `path` as measured on the saved cluster `cluster()` names, on a
    /// thread of its own; nothing when it names none.
    init(_ baseline: Baseline, to path: String, cluster: @escaping @Sendable () -> String?) {
        let done = self.done
        Thread.detachNewThread {
            if let cluster = cluster() {
                var baseline = baseline
                baseline.cluster = cluster
                baseline.save(path)
            }
            done.signal()
        }
    }

    func wait() {
        done.wait()
        done.signal()
    }
}
