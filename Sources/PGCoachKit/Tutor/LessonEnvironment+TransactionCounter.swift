import Foundation
import PostgresClient
import Sandbox
import TutorCore

/// `server: {next_xid: N}`: the transaction counter moved ahead after setup
/// (`TransactionCounterJump`, `Sandbox.jumpTransactionCounter`).
extension LessonEnvironment {
    /// Checks that setup left the counter below the target and no prepared transaction so far
    /// behind it that every start would pay for it, then jumps. Cold starts only: the saved
    /// cluster already carries the jump.
    static func jumpTransactionCounter(_ lesson: Lesson, _ sandbox: Sandbox) throws {
        guard let jump = lesson.transactionCounterJump else { return }
        // The connection goes before the server stops (a scope of its own).
        let (current, oldest) = try {
            let admin = try connect(sandbox.conninfo(), name: checkerName, what: "server.next_xid")
            // The control data's next id is as fresh as the last checkpoint (setup ends with
            // one); pg_current_xact_id() would spend an id of its own.
            return (
                try admin.scalar("SELECT split_part(next_xid, ':', 2) FROM pg_catalog.pg_control_checkpoint()"),
                try admin.scalar("SELECT min(transaction::text::bigint) FROM pg_catalog.pg_prepared_xacts")
            )
        }()
        guard let currentValue = current.flatMap({ UInt32($0) }) else {
            throw ScriptFailure(what: "server.next_xid", message: "could not read the server's next transaction id")
        }
        if let problem = jump.problem(current: currentValue, oldestPrepared: oldest.flatMap { UInt32($0) }) {
            throw ScriptFailure(what: "server.next_xid", message: problem)
        }
        try sandbox.jumpTransactionCounter(jump)
    }
}
