import Foundation
import TutorCore

/// The lesson's transaction-counter jump (`server: {next_xid: N}`, `TransactionCounterJump`):
/// done once, after setup and before the cluster is saved, so warm starts and `\reset` copy
/// a cluster that already stands near the limit.
extension Sandbox {
    /// Stops the primary cleanly (pg_resetwal refuses a cluster that was not shut down),
    /// sets its next transaction id with `pg_resetwal -x` as the server account, writes the
    /// zero-filled `pg_xact` segment the new id lands in when it is missing (an existing one
    /// holds real commit statuses and is left alone), and starts the server again.
    public func jumpTransactionCounter(_ jump: TransactionCounterJump) throws {
        guard !isStopped else { throw SandboxError.sandboxStopped }
        guard nodes.isEmpty else {
            throw SandboxError.nodeNotBuilt(name: Self.primaryName, reason: "next_xid works on a sandbox without standbys only")
        }
        stopPrimaryOnly()
        let (status, output) = try SandboxTrace.timed("pg_resetwal -x \(jump.nextXid)") {
            try runProgram("pg_resetwal", arguments: ["-x", String(jump.nextXid), "-D", dataDirectory], timeout: 30)
        }
        guard status == 0 else {
            throw SandboxError.commandFailed(
                command: "pg_resetwal -x \(jump.nextXid)", status: status ?? -1,
                output: output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let clog = try DirectoryHandle.open(dataDirectory).directory("pg_xact")
        if clog.status(of: jump.clogSegmentName) == nil {
            try clog.writeFile(
                jump.clogSegmentName, [UInt8](repeating: 0, count: TransactionCounterJump.clogSegmentBytes),
                owner: account.needsSwitch ? account : nil)
        }
        try SandboxTrace.timed("server start after pg_resetwal") { try startPrimary() }
    }
}
