import PsqlCore

/// Receives everything a query string produces, in the order the server produced it.
///
/// For each statement of the string, one of:
/// - a row-returning statement: `resultStarted`, any number of `row`, then `resultFinished`
///   with kind `.tuples`;
/// - any other statement: only `resultFinished` (kind `.command` or `.empty`);
/// - a failing statement: `failed`. It may come after `resultStarted` and some rows when
///   streaming (the error struck mid-result); then no `resultFinished` follows for that
///   result. After a server error the server runs none of the later statements, just as when
///   psql sends the same string.
///
/// `notice` calls come in between, where the server raised them; libpq may report a notice
/// up to one result (or, when streaming, one row) early, never late (see `NoticeQueue`).
public protocol QueryConsumer {
    /// A row-returning statement begins; rows follow.
    mutating func resultStarted(columns: [ResultColumn])
    /// One row. The view and the bytes it exposes are valid only during this call: copy what
    /// you keep (for example with `RowView.append(to:)`).
    mutating func row(_ row: borrowing RowView)
    /// The statement completed.
    mutating func resultFinished(_ summary: ResultSummary)
    /// The statement failed (an `ERROR` from the server, or an error libpq or pgcoach raised,
    /// such as an unsupported `COPY`). Rows already delivered stay delivered.
    mutating func failed(_ error: ServerMessage)
    /// A `NOTICE`, `WARNING`, `INFO`, `LOG` or `DEBUG` message.
    mutating func notice(_ notice: ServerMessage)

    /// Whether this consumer moves `COPY … FROM STDIN` / `TO STDOUT` data (psql does). When
    /// false (the default) a copy is ended at once and the statement fails.
    var takesPartInCopy: Bool { get }
    /// A copy begins: data will flow out of the server (`TO STDOUT`) or into it (`FROM STDIN`).
    mutating func copyStarted(outward: Bool)
    /// The next piece of data for a `COPY … FROM STDIN`; asked again until `.end` or `.fail`.
    mutating func copyInput() -> CopyInput
    /// A piece of a `COPY … TO STDOUT` (a row, as the server sent it); valid only during the call.
    mutating func copyOutput(_ bytes: UnsafeRawBufferPointer)
}

extension QueryConsumer {
    public var takesPartInCopy: Bool { false }
    public mutating func copyStarted(outward: Bool) {}
    public mutating func copyInput() -> CopyInput { .end }
    public mutating func copyOutput(_ bytes: UnsafeRawBufferPointer) {}
}
