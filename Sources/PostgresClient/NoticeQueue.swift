import CLibPQ
import PsqlCore

/// Collects the notices libpq parses during a call, so `execute` can hand them to the
/// consumer just before the result that call returns.
///
/// A queue because the C callback cannot reach a generic `inout` consumer; the order is the
/// same as calling the consumer from the callback would give. One libpq limit applies either
/// way: libpq parses NOTICE messages in any state, so notices the server sent right after a
/// completed result, and that arrived in the same read, are reported before that result is
/// handed out. Notices therefore keep their relative order and never come late, but may come
/// one result early: in a multi-statement string, before the previous statement's result
/// (psql -c prints them in that order too); when streaming, before the previous row. One
/// statement per `execute`, as psql's REPL sends them, makes statement-level order exact.
final class NoticeQueue {
    private var pending: [ServerMessage] = []

    /// Takes the notices queued so far, oldest first.
    func take() -> [ServerMessage] {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }

    /// Routes the connection's notices here instead of libpq's default, which prints them
    /// to stderr. The connection must not outlive this queue (the `Connection` owns both).
    func install(on connection: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = PQsetNoticeReceiver(
            connection,
            { context, result in
                guard let context, let result else { return }
                let queue = Unmanaged<NoticeQueue>.fromOpaque(context).takeUnretainedValue()
                queue.pending.append(ServerMessage(result: result))
            }, context)
    }
}
