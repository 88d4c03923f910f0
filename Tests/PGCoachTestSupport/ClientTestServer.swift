import Foundation
import Sandbox

/// One sandbox shared by the server-backed suites of this test process, started through
/// pgcoach's own Sandbox module on first use and stopped when the process exits.
public final class SharedTestServer: @unchecked Sendable {
    // Guarded by `lock`: suites run in parallel and may ask at the same moment.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var sandbox: Sandbox?
    nonisolated(unsafe) private static var failure: String?

    public static func conninfo() -> String {
        lock.withLock {
            if let sandbox { return sandbox.conninfo() }
            if failure != nil { return "" }
            do {
                let started = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
                sandbox = started
                atexit { SharedTestServer.stop() }
                return started.conninfo()
            } catch {
                failure = "\(error)"
                return ""
            }
        }
    }

    public static func stop() {
        lock.withLock {
            sandbox?.stop()
            sandbox = nil
        }
    }
}

/// The conninfo of the server the PostgresClient tests run against (superuser access):
/// `PGCOACH_TEST_CONNINFO` when set (an external server), else the shared sandbox.
public func testServerConninfo() -> String {
    if let external = ProcessInfo.processInfo.environment["PGCOACH_TEST_CONNINFO"], !external.isEmpty { return external }
    return SharedTestServer.conninfo()
}

/// Whether a test server is available; server-backed suites are `.enabled(if:)` this.
/// (The sandbox needs only PostgreSQL's binaries, which the test setup installs.)
public func hasTestServer() -> Bool {
    !testServerConninfo().isEmpty
}
