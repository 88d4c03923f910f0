import Foundation

/// A freshly measured baseline written to the lesson cache on its own thread: encoding half a
/// megabyte of JSON need not stand between a cold start and its first prompt. Waited for before
/// the session ends, so the next start finds it.
final class BaselineSave: Sendable {
    private let done = DispatchSemaphore(value: 0)

    /// Saves what `baseline()` gives (nothing when it gives nil: the measuring failed) to
    /// `path`, as measured on the saved cluster `cluster()` names (nothing when it names none),
    /// on a thread of its own; `cluster()` is asked only once the baseline is there.
    init(to path: String, baseline: @escaping @Sendable () -> Baseline?, cluster: @escaping @Sendable () -> String?) {
        let done = self.done
        Thread.detachNewThread {
            if var baseline = baseline(), let cluster = cluster() {
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
