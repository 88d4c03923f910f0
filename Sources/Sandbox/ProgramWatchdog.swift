import Foundation

/// Stops a program that runs too long, unless it finished first. Without a grace period it
/// kills the program's whole process group at once (a program run in a session of its own);
/// with one it asks with SIGTERM first, so that the program can clean up after itself, and
/// kills it only if it is still there when the grace period is over.
public final class ProgramWatchdog: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var pid: pid_t = 0
    private var finished = false
    private var fired = false
    private let gracePeriod: Double?

    public init(gracePeriod: Double? = nil) {
        self.gracePeriod = gracePeriod
    }

    public func arm(pid: pid_t, after seconds: Double) {
        lock.withLock { self.pid = pid }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            guard
                let grace = lock.withLock({ () -> Double?? in
                    guard !finished, self.pid > 0 else { return nil }
                    fired = true
                    return .some(gracePeriod)
                })
            else { return }
            guard let grace else { return killNow() }
            lock.withLock { _ = kill(self.pid, SIGTERM) }
            DispatchQueue.global().asyncAfter(deadline: .now() + grace) { [self] in killNow() }
        }
    }

    private func killNow() {
        lock.withLock {
            guard !finished else { return }
            kill(-self.pid, SIGKILL)
            kill(self.pid, SIGKILL)
        }
    }

    /// Marks the program finished (its pid may be reused from now on); returns whether the
    /// watchdog had stopped it.
    public func disarm() -> Bool {
        lock.withLock {
            finished = true
            return fired
        }
    }
}
