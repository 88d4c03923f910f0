import Foundation
import Sandbox
import Testing

/// A program that runs past its limit is stopped (how `lesson check` keeps one hanging path
/// from holding the whole self-test), and one that finishes first is left alone.
@Suite struct ProgramWatchdogTests {
    static func run(
        _ script: String, in program: String = "/bin/sh", limit: Double, gracePeriod: Double?
    ) throws -> (stopped: Bool, status: Int32, reason: Process.TerminationReason) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-c", script]
        try process.run()
        let watchdog = ProgramWatchdog(gracePeriod: gracePeriod)
        watchdog.arm(pid: process.processIdentifier, after: limit)
        process.waitUntilExit()
        return (watchdog.disarm(), process.terminationStatus, process.terminationReason)
    }

    @Test func aProgramPastItsLimitIsAskedToStop() throws {
        // As pgcoach does, the program unblocks SIGTERM (the test runner leaves it blocked,
        // and exec keeps the mask) and ends cleanly on it.
        let python = "/usr/bin/python3"
        try #require(FileManager.default.isExecutableFile(atPath: python), "python3 plays the program (make test installs it)")
        let program = """
            import signal, sys, time
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(7))
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
            time.sleep(30)
            """
        let result = try Self.run(program, in: python, limit: 0.5, gracePeriod: 5)
        #expect(result.stopped)
        #expect(result.reason == .exit && result.status == 7)
    }

    @Test func oneThatIgnoresTheRequestIsKilledAfterTheGracePeriod() throws {
        let result = try Self.run("trap '' TERM; sleep 30 & wait; sleep 30", limit: 0.2, gracePeriod: 0.3)
        #expect(result.stopped)
        #expect(result.reason == .uncaughtSignal && result.status == SIGKILL)
    }

    @Test func aProgramThatFinishesInTimeIsLeftAlone() throws {
        let result = try Self.run("exit 3", limit: 5, gracePeriod: 1)
        #expect(!result.stopped)
        #expect(result.reason == .exit && result.status == 3)
    }
}
