import CLibPQ
import CSignals
import LibC
import PsqlCore

/// A blocking connection to a PostgreSQL server, owning its libpq `PGconn`.
///
/// Use it from one thread: libpq connections are not thread-safe, which is also why this
/// class is not `Sendable`. The one thing other threads may do is cancel, through a
/// `CancelHandle`.
public final class Connection {
    /// The libpq connection; valid for the object's whole life (`PQreset` keeps the pointer).
    let handle: OpaquePointer
    /// Receives the notices libpq parses; see `NoticeQueue` for why it is a queue.
    let notices: NoticeQueue
    /// How this connection names itself; reused by `openNew(database:user:)`.
    public let applicationName: ApplicationName

    /// Connects, blocking until the connection is ready or has failed.
    ///
    /// - Parameters:
    ///   - conninfo: a `key=value` string, a `postgresql://` URI, a bare database name, or ""
    ///     for nothing but defaults. libpq fills in whatever it leaves out from the `PG*`
    ///     environment variables (`PGHOST`, `PGPORT`, `PGUSER`, …), exactly as for psql.
    ///   - applicationName: the name shown in `pg_stat_activity`; see `ApplicationName`.
    ///   - overriding: further libpq parameters that win over the conninfo, such as
    ///     `options: "-c statement_timeout=5s"` or `connect_timeout: "5"` for a checker.
    ///
    /// The client encoding is UTF-8 unless the conninfo says otherwise, because every text
    /// pgcoach reads is decoded as UTF-8.
    public init(
        conninfo: String, applicationName: ApplicationName, overriding: [String: String] = [:]
    ) throws(ConnectionError) {
        // Order matters: with expand_dbname, each keyword overrides the ones before it, and the
        // conninfo is expanded in place of `dbname`. So `client_encoding` is only a default,
        // while the application name (when fixed) and `overriding` win.
        var parameters: [(String, String)] = [("client_encoding", "UTF8"), ("dbname", conninfo)]
        parameters.append((applicationName.keyword, applicationName.name))
        for key in overriding.keys.sorted() {
            parameters.append((key, overriding[key]!))
        }
        guard let handle = Self.startConnecting(parameters) else {
            throw ConnectionError(message: "out of memory while starting a connection")
        }
        // Before the handshake runs, so that even a WARNING sent during startup (a collation
        // version mismatch, say) comes to us instead of libpq's default printing to stderr.
        let notices = NoticeQueue()
        notices.install(on: handle)
        if let failure = Self.finishConnecting(handle) {
            // Nothing of self is initialized yet, so deinit cannot run and finish it twice.
            PQfinish(handle)
            throw failure
        }
        self.handle = handle
        self.notices = notices
        self.applicationName = applicationName
    }

    deinit {
        if isForeground {
            pgcoach_foreground_set(nil)
        }
        PQfinish(handle)
    }

    // MARK: - What the connection is connected to

    /// The database name (`PQdb`).
    public var database: String { optionalText(PQdb(handle)) ?? "" }
    /// The user name (`PQuser`).
    public var user: String { optionalText(PQuser(handle)) ?? "" }
    /// The host name, address, or Unix-socket directory actually used (`PQhost`).
    public var host: String { optionalText(PQhost(handle)) ?? "" }
    /// The port (`PQport`), as text the way libpq keeps it.
    public var port: String { optionalText(PQport(handle)) ?? "" }
    /// The server version as a number, e.g. 150018 for 15.18 (`PQserverVersion`); 0 if unknown.
    public var serverVersionNumber: Int { Int(PQserverVersion(handle)) }
    /// The server version as the server spells it, e.g. `15.18 (Debian 15.18-0+deb12u1)`.
    public var serverVersion: String? { parameterStatus("server_version") }
    /// A parameter the server reports to the client (`server_version`, `TimeZone`,
    /// `application_name`, `is_superuser`, …), as of the last command.
    public func parameterStatus(_ name: String) -> String? {
        optionalText(PQparameterStatus(handle, name))
    }
    /// The transaction state after the last command; what psql's `%x` prompt shows.
    public var transactionState: TransactionState { TransactionState(PQtransactionStatus(handle)) }
    /// The server process serving this connection (`pg_backend_pid()`).
    public var backendPID: Int32 { PQbackendPID(handle) }
    /// Whether the connection is broken (`CONNECTION_BAD`): the backend was terminated or the
    /// server went away. Call `reset()` to reconnect.
    public var isBad: Bool { PQstatus(handle) == CONNECTION_BAD }

    // MARK: - Reconnecting

    /// Reconnects with the same parameters (`PQreset`), after the backend was terminated or
    /// the server restarted. Session state (temporary tables, `SET`s, an open transaction) is
    /// gone. If this was the foreground connection it stays so, with a fresh cancel key.
    public func reset() throws(ConnectionError) {
        let wasForeground = isForeground
        PQreset(handle)
        if wasForeground {
            pgcoach_foreground_set(handle)
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            throw ConnectionError(message: libpqText(PQerrorMessage(handle)))
        }
    }

    /// Opens a separate connection to the same server with the same parameters, optionally to
    /// another database or as another user: what psql's `\c dbname` does. This connection is
    /// left untouched; the caller decides when to drop it.
    public func openNew(database: String? = nil, user: String? = nil) throws(ConnectionError) -> Connection {
        try Connection(
            conninfo: conninfo(replacingDatabase: database, user: user), applicationName: applicationName)
    }

    // MARK: - Cancelling

    /// Makes this the connection Ctrl-C cancels: the C SIGINT handler sends its cancel
    /// request to this connection's backend from now on (also across `reset()`).
    public func makeForeground() {
        pgcoach_foreground_set(handle)
    }

    /// Stops Ctrl-C from cancelling this connection's queries, if it is the foreground one.
    public func resignForeground() {
        if isForeground {
            pgcoach_foreground_set(nil)
        }
    }

    /// Whether Ctrl-C currently cancels this connection's queries.
    public var isForeground: Bool { pgcoach_foreground_get() == handle }

    /// A handle another thread can use to cancel this connection's running query.
    public func makeCancelHandle() throws(ConnectionError) -> CancelHandle {
        guard let cancel = CancelHandle(connection: handle) else {
            throw ConnectionError(message: "cannot cancel: the connection is not open")
        }
        return cancel
    }

    // MARK: - Connecting without libpq's stderr

    /// `PQconnectStartParams` with `expand_dbname`, so the conninfo may be a string or URI.
    private static func startConnecting(_ parameters: [(String, String)]) -> OpaquePointer? {
        // strdup'd copies stay valid for the whole call; freed right after it.
        let keywords = parameters.map { UnsafePointer(strdup($0.0)) }
        let values = parameters.map { UnsafePointer(strdup($0.1)) }
        defer {
            for pointer in keywords + values { free(UnsafeMutablePointer(mutating: pointer)) }
        }
        return (keywords + [nil]).withUnsafeBufferPointer { keywordArray in
            (values + [nil]).withUnsafeBufferPointer { valueArray in
                PQconnectStartParams(keywordArray.baseAddress, valueArray.baseAddress, 1)
            }
        }
    }

    /// Drives `PQconnectPoll` to the end, honouring `connect_timeout` the way `PQconnectdb`
    /// would. Returns the failure, or `nil` once connected.
    private static func finishConnecting(_ handle: OpaquePointer) -> ConnectionError? {
        if PQstatus(handle) == CONNECTION_BAD {
            return ConnectionError(message: libpqText(PQerrorMessage(handle)))
        }
        let timeoutSeconds = connectTimeout(of: handle)
        let deadline = timeoutSeconds.map { monotonicSeconds() + Double($0) }
        // libpq's documented protocol: act as if the last poll asked for writing.
        var state = PGRES_POLLING_WRITING
        while true {
            switch state {
            case PGRES_POLLING_OK:
                return nil
            case PGRES_POLLING_FAILED:
                return ConnectionError(message: libpqText(PQerrorMessage(handle)))
            default:
                let events = state == PGRES_POLLING_READING ? Int16(POLLIN) : Int16(POLLOUT)
                // The socket can change between polls (another host or address is tried).
                var socket = pollfd(fd: PQsocket(handle), events: events, revents: 0)
                var waitMilliseconds: Int32 = -1
                if let deadline {
                    let left = deadline - monotonicSeconds()
                    if left <= 0 { return ConnectionError(message: "timeout expired") }
                    waitMilliseconds = Int32(min(left * 1000, Double(Int32.max)).rounded(.up))
                }
                let ready = poll(&socket, 1, waitMilliseconds)
                if ready < 0 {
                    guard errno == EINTR else {
                        return ConnectionError(message: "could not wait for the server: \(String(cString: strerror(errno)))")
                    }
                    if pgcoach_sigint_pending() != 0 {
                        return ConnectionError(message: "connection attempt canceled")
                    }
                    continue
                }
                if ready == 0 { continue }  // timed out: the deadline check above reports it
                state = PQconnectPoll(handle)
            }
        }
    }

    /// `connect_timeout` in seconds, if set (libpq's rule: values below 2 count as 2, 0 means
    /// wait forever).
    private static func connectTimeout(of handle: OpaquePointer) -> Int? {
        guard let options = PQconninfo(handle) else { return nil }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if strcmp(keyword, "connect_timeout") == 0 {
                guard let value = optionalText(option.pointee.val), let seconds = Int(value), seconds > 0 else {
                    return nil
                }
                return max(seconds, 2)
            }
            option += 1
        }
        return nil
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
