import Foundation

/// The cached baseline of a saved lesson cluster, read and decoded on its own thread while the
/// sandbox is copied and started: decoding half a megabyte of JSON is tens of milliseconds that
/// a warm start need not wait for.
final class BaselinePreload: @unchecked Sendable {
    // Written by the thread before `done` is signalled, read after.
    private var baseline: Baseline?
    private let done = DispatchSemaphore(value: 0)

    init(path: String, cluster: String) {
        Thread.detachNewThread { [self] in
            baseline = Baseline.load(path, cluster: cluster)
            done.signal()
        }
    }

    /// The baseline, once read; nil when there was none this pgcoach can use.
    func wait() -> Baseline? {
        done.wait()
        done.signal()
        return baseline
    }
}
