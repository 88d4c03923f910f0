import Foundation
import Sandbox

/// A freshly measured baseline written to the lesson cache on its own thread: encoding half a
/// megabyte of JSON need not stand between a cold start and its first prompt. Waited for before
/// the session ends, so the next start finds it.
final class BaselineSave: Sendable {
    private let done = DispatchSemaphore(value: 0)

    /// Saves `baseline`, measured on the saved cluster `cluster`, to `path`.
    init(_ baseline: Baseline, of cluster: String, to path: String) {
        let done = self.done
        Thread.detachNewThread {
            var baseline = baseline
            baseline.cluster = cluster
            baseline.save(path)
            done.signal()
        }
    }

    /// Saves `baseline`, measured on a cluster this cold start set up, once `copy` has put that
    /// cluster in the cache as `entry`; not at all when another start's copy got there first
    /// (its cluster is not the one measured).
    init(_ baseline: Baseline, after copy: BackgroundCopy, entry: String, to path: String) {
        let done = self.done
        Thread.detachNewThread {
            if copy.wait(), let cluster = ReadyCluster.name(of: entry) {
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
