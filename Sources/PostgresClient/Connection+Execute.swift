import CLibPQ
import PsqlCore

extension Connection {
    /// Runs a query string of one or more statements and passes every result, row, error and
    /// notice to `consumer` in the order the server produced them (see `QueryConsumer`).
    ///
    /// - Parameters:
    ///   - streaming: deliver each row as soon as it arrives (libpq's single-row mode), so a
    ///     huge result never sits in libpq's memory as a whole, and an error can strike after
    ///     some rows. Measured for 300,000 rows × 3 columns copied into a `RowStore`: the same
    ///     wall time (the server is the bottleneck, about 0.4 s), about half the peak memory
    ///     (46 MB instead of 85 MB), but roughly 40 ms more client CPU (one libpq result per
    ///     row). Without it each statement's result arrives complete: fine for small results.
    /// - Throws: `ConnectionLost` if the connection broke; ordinary SQL errors are not thrown
    ///   but passed to `consumer.failed(_:)`.
    ///
    /// `COPY … FROM STDIN` and `COPY … TO STDOUT` move their data through the consumer when it
    /// takes part in copies (`QueryConsumer.takesPartInCopy`); otherwise the copy is ended at
    /// once (data sent by the server is discarded) and the statement reported as failed.
    public func execute(
        _ sql: String, streaming: Bool, into consumer: inout some QueryConsumer
    ) throws(ConnectionLost) {
        deliverNotices(to: &consumer)
        guard sendQuery(sql) == 1 else {
            if isBad { throw lostConnection() }
            consumer.failed(.libpqError(on: handle))
            return
        }
        // Refused only when called at the wrong moment, which cannot happen right after a
        // successful send; if it ever is, whole results are still correct, only bigger.
        if streaming { _ = PQsetSingleRowMode(handle) }

        var reader = ResultReader()
        // An error is passed on only once the next PQgetResult shows the connection survived
        // it: when the server ends a connection it first sends its FATAL, which libpq returns
        // as an ordinary error result, and only then notices the closed socket. Reporting the
        // FATAL as a statement failure and then again as the lost connection would say it twice.
        var heldFailure: ServerMessage?
        // libpq returns NULL once every statement's result has been handed out; stopping any
        // earlier would leave the connection busy ("another command is already in progress").
        while let result = PQgetResult(handle) {
            if let failure = heldFailure, !isBad {
                consumer.failed(failure)
            }
            heldFailure = nil
            deliverNotices(to: &consumer)
            heldFailure = reader.read(result, on: self, into: &consumer)
            PQclear(result)
        }
        if isBad { throw lostConnection() }
        if let failure = heldFailure { consumer.failed(failure) }
        deliverNotices(to: &consumer)
    }

    /// The connection broke: libpq's whole message, which psql prints as is (the server's
    /// FATAL, if it sent one, then libpq's "server closed the connection unexpectedly").
    func lostConnection() -> ConnectionLost {
        ConnectionLost(formatted: optionalText(PQerrorMessage(handle)) ?? "connection lost\n")
    }

    /// Passes on the notices libpq has parsed so far.
    func deliverNotices(to consumer: inout some QueryConsumer) {
        for notice in notices.take() {
            consumer.notice(notice)
        }
    }

    /// `COPY … FROM STDIN`: sends what the consumer supplies until it is done, then ends the
    /// copy (with the consumer's reason if it gave up). The outcome arrives as the next result:
    /// `COPY n`, or the server's error, after which the connection is ready for more.
    func sendCopyData(from consumer: inout some QueryConsumer) {
        var failure: String?
        reading: while true {
            switch consumer.copyInput() {
            case .data(let bytes):
                let sent = bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
                }
                // A refusal means the connection broke; the next result reports it.
                if sent <= 0 { break reading }
            case .end:
                break reading
            case .fail(let reason):
                failure = reason
                break reading
            }
        }
        _ = PQputCopyEnd(handle, failure)
    }

    /// `COPY … TO STDOUT`: hands every row the server sends to the consumer. The command tag
    /// (`COPY n`) or an error follows as the next result.
    func receiveCopyData(into consumer: inout some QueryConsumer) {
        var buffer: UnsafeMutablePointer<CChar>?
        while true {
            let count = PQgetCopyData(handle, &buffer, 0)
            // -1: done; -2: failed. The next PQgetResult says how it ended either way.
            guard count >= 0 else { break }
            if let data = buffer {
                consumer.copyOutput(UnsafeRawBufferPointer(start: data, count: Int(count)))
                PQfreemem(data)
            }
            buffer = nil
        }
    }

    /// Ends a `COPY` that pgcoach does not support so the connection does not hang waiting for
    /// data: a `COPY FROM STDIN` is aborted with `reason` (the server then fails the statement
    /// with "COPY from stdin failed: reason"), and the rows of a `COPY TO STDOUT` are read and
    /// thrown away.
    func abandonCopy(_ status: ExecStatusType, reason: String) {
        if status == PGRES_COPY_IN || status == PGRES_COPY_BOTH {
            _ = PQputCopyEnd(handle, reason)
        }
        if status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH {
            var buffer: UnsafeMutablePointer<CChar>?
            // -1: the copy is done; -2: it failed. Either way the next PQgetResult tells how.
            while PQgetCopyData(handle, &buffer, 0) >= 0 {
                if let data = buffer { PQfreemem(data) }
                buffer = nil
            }
        }
    }
}

/// Turns the stream of libpq results of one query string into `QueryConsumer` calls, keeping
/// track of the row-returning result in progress (single-row mode splits one statement's
/// result into one libpq result per row plus a final, empty one).
private struct ResultReader {
    private var inRows = false
    private var rowCount = 0
    /// A `COPY TO STDOUT` was abandoned; its completion result must read as a failure.
    private var abandonedCopyOut = false

    private static let copyInUnsupported =
        "COPY FROM STDIN is not supported in pgcoach; use a server-side file or INSERT"
    private static let copyOutUnsupported = ServerMessage.pgcoachError(
        "COPY TO STDOUT is not supported in pgcoach; its output was discarded",
        sqlState: "0A000", hint: "Use SELECT to see the rows, or run psql against the sandbox.")

    /// Passes `result` on to `consumer`, except a failure, which it returns for the caller to
    /// pass on once it knows the connection survived.
    mutating func read(
        _ result: OpaquePointer, on connection: Connection, into consumer: inout some QueryConsumer
    ) -> ServerMessage? {
        let status = PQresultStatus(result)
        switch status {
        case PGRES_SINGLE_TUPLE:
            startRows(result, into: &consumer)
            consumer.row(RowView(result: result, row: 0, columnCount: Int(PQnfields(result))))
            rowCount += 1
        case PGRES_TUPLES_OK:
            startRows(result, into: &consumer)
            let columnCount = Int(PQnfields(result))
            let count = PQntuples(result)
            for row in 0..<count {
                consumer.row(RowView(result: result, row: row, columnCount: columnCount))
            }
            rowCount += Int(count)
            consumer.resultFinished(summary(of: result, kind: .tuples))
            endRows()
        case PGRES_COMMAND_OK where abandonedCopyOut:
            abandonedCopyOut = false
            return Self.copyOutUnsupported
        case PGRES_COMMAND_OK:
            consumer.resultFinished(summary(of: result, kind: .command))
        case PGRES_EMPTY_QUERY:
            consumer.resultFinished(summary(of: result, kind: .empty))
        case PGRES_COPY_IN where consumer.takesPartInCopy:
            consumer.copyStarted(outward: false)
            connection.sendCopyData(from: &consumer)
        case PGRES_COPY_OUT where consumer.takesPartInCopy:
            consumer.copyStarted(outward: true)
            connection.receiveCopyData(into: &consumer)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            abandonedCopyOut = status != PGRES_COPY_IN
            connection.abandonCopy(status, reason: Self.copyInUnsupported)
        default:
            // PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR, PGRES_BAD_RESPONSE: the statement failed,
            // possibly after some rows were delivered.
            abandonedCopyOut = false
            endRows()
            return ServerMessage(result: result)
        }
        return nil
    }

    private mutating func startRows(_ result: OpaquePointer, into consumer: inout some QueryConsumer) {
        guard !inRows else { return }
        inRows = true
        consumer.resultStarted(columns: columns(of: result))
    }

    private mutating func endRows() {
        inRows = false
        rowCount = 0
    }

    private func summary(of result: OpaquePointer, kind: ResultSummary.Kind) -> ResultSummary {
        ResultSummary(
            kind: kind, commandTag: optionalText(PQcmdStatus(result)) ?? "",
            rowsAffected: optionalText(PQcmdTuples(result)).flatMap { Int($0) },
            rowCount: kind == .tuples ? rowCount : 0)
    }
}

/// The column descriptions of a result.
func columns(of result: OpaquePointer) -> [ResultColumn] {
    (0..<PQnfields(result)).map { column in
        ResultColumn(name: optionalText(PQfname(result, column)) ?? "", typeOID: PQftype(result, column))
    }
}

extension Connection {
    /// `PQsendQuery` with the bytes `sql` stands for: invalid UTF-8 the learner typed is sent as
    /// typed (see `RawByteText`), for the server to judge, as psql does.
    func sendQuery(_ sql: String) -> Int32 {
        guard RawByteText.containsRawBytes(sql) else { return PQsendQuery(handle, sql) }
        let bytes = RawByteText.bytes(of: sql).map { CChar(bitPattern: $0) } + [0]
        return bytes.withUnsafeBufferPointer { PQsendQuery(handle, $0.baseAddress) }
    }
}
