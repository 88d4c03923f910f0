import Foundation

/// The conninfo of the server the PostgresClient tests run against (superuser access).
///
/// For now it comes from `PGCOACH_TEST_CONNINFO`; it is meant to become a Sandbox started once
/// for the test run, which is why everything goes through this one function.
func testServerConninfo() -> String {
    ProcessInfo.processInfo.environment["PGCOACH_TEST_CONNINFO"] ?? ""
}

/// Whether a test server is available; server-backed suites are `.enabled(if:)` this.
func hasTestServer() -> Bool {
    ProcessInfo.processInfo.environment["PGCOACH_TEST_CONNINFO"] != nil
}
