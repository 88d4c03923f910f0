import Dispatch
import PGCoachTestSupport
import PostgresClient
import PsqlCore
import Testing

@Suite("PostgresClient: connections", .enabled(if: hasTestServer()))
struct PostgresClientConnectionTests {
    @Test("properties describe the server and session")
    func properties() throws {
        let connection = try openTestConnection()
        let facts = try connection.query(
            "select current_database(), current_user, pg_backend_pid()::text, current_setting('server_version_num')")
        let row = try #require(facts.rows.first)
        #expect(connection.database == row[0])
        #expect(connection.user == row[1])
        #expect(String(connection.backendPID) == row[2])
        #expect(String(connection.serverVersionNumber) == row[3])
        #expect(connection.serverVersion?.isEmpty == false)
        #expect(!connection.host.isEmpty)
        #expect(!connection.port.isEmpty)
        #expect(!connection.isBad)
        #expect(connection.parameterStatus("client_encoding") == "UTF8")
    }

    @Test("a failed connection reports libpq's message, trimmed")
    func connectionFailure() throws {
        #expect {
            _ = try Connection(conninfo: "host=/nonexistent/socket/dir", applicationName: .fixed("x"))
        } throws: { error in
            guard let error = error as? ConnectionError else { return false }
            return error.message.contains("/nonexistent/socket/dir") && !error.message.hasSuffix("\n")
        }
        #expect(throws: ConnectionError.self) {
            _ = try Connection(conninfo: "postgresql://[broken", applicationName: .fixed("x"))
        }
    }

    @Test("a fixed application name wins over the conninfo's; a fallback does not")
    func applicationName() throws {
        let conninfo = testServerConninfo() + " application_name=from-conninfo"
        let fixed = try Connection(conninfo: conninfo, applicationName: .fixed("pgcoach-fixed"))
        let fallback = try Connection(conninfo: conninfo, applicationName: .fallback("pgcoach-fallback"))
        let plain = try Connection(conninfo: testServerConninfo(), applicationName: .fallback("pgcoach-fallback"))
        let observer = try openTestConnection()

        func nameSeen(_ connection: Connection) throws -> String? {
            try observer.query(
                "select application_name from pg_stat_activity where pid = $1",
                parameters: [String(connection.backendPID)]
            ).scalar
        }
        #expect(try nameSeen(fixed) == "pgcoach-fixed")
        #expect(try nameSeen(fallback) == "from-conninfo")
        #expect(try nameSeen(plain) == "pgcoach-fallback")
        #expect(fixed.parameterStatus("application_name") == "pgcoach-fixed")
    }

    @Test("overriding parameters win over the conninfo")
    func overriding() throws {
        let connection = try Connection(
            conninfo: testServerConninfo() + " options='-c statement_timeout=1234'",
            applicationName: .fixed("pgcoach-check"), overriding: ["options": "-c statement_timeout=4321"])
        #expect(try connection.query("show statement_timeout").scalar == "4321ms")
    }

    @Test("conninfo(replacingDatabase:) keeps the server, changes the database")
    func replacingDatabase() throws {
        let admin = try openTestConnection()
        _ = try admin.query("drop database if exists pgcoach_client_other")
        _ = try admin.query("create database pgcoach_client_other")
        defer { _ = try? admin.query("drop database if exists pgcoach_client_other with (force)") }

        let conninfo = admin.conninfo(replacingDatabase: "pgcoach_client_other")
        #expect(conninfo.contains("dbname='pgcoach_client_other'"))
        #expect(conninfo.contains("application_name='pgcoach-client-test'"))
        do {
            let other = try admin.openNew(database: "pgcoach_client_other")
            #expect(other.database == "pgcoach_client_other")
            #expect(other.host == admin.host)
            #expect(other.port == admin.port)
            #expect(other.user == admin.user)
            #expect(try other.query("select current_database()").scalar == "pgcoach_client_other")
            #expect(try other.query("show application_name").scalar == "pgcoach-client-test")
        }
        // Unchanged when nothing is replaced, even for values that need quoting.
        let same = try Connection(conninfo: admin.conninfo(), applicationName: .fixed("it's a \\ test"))
        #expect(same.database == admin.database)
        #expect(try same.query("show application_name").scalar == "it's a \\ test")
        let reopened = try Connection(conninfo: same.conninfo(), applicationName: .fallback("ignored"))
        #expect(try reopened.query("show application_name").scalar == "it's a \\ test")
    }

    @Test("cancel from another thread stops pg_sleep quickly; the connection stays usable")
    func cancelFromAnotherThread() throws {
        let connection = try openTestConnection()
        let handle = try connection.makeCancelHandle()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) {
            try? handle.cancel()
        }
        let started = ContinuousClock.now
        let result = try collect(connection, "select pg_sleep(30)")
        let elapsed = ContinuousClock.now - started
        #expect(result.digest == ["failed 57014 canceling statement due to user request"])
        #expect(elapsed < .seconds(15), "returns well before pg_sleep(30) would")
        #expect(connection.transactionState == .idle)
        #expect(try connection.query("select 1").scalar == "1")
    }

    @Test("a terminated backend is a lost connection, and reset() recovers", arguments: [false, true])
    func terminatedBackend(streaming: Bool) throws {
        let victim = try openTestConnection("pgcoach-client-victim")
        let killer = try openTestConnection()
        let oldPID = victim.backendPID
        // The timeout form waits until the backend is gone, so the next query meets a dead one.
        let terminated = try killer.query(
            "select pg_terminate_backend($1, 10000)", parameters: [String(oldPID)])
        #expect(terminated.scalar == "t")

        var collector = ResultCollector()
        let lost = #expect(throws: ConnectionLost.self) {
            try victim.execute("select 1", streaming: streaming, into: &collector)
        }
        #expect(victim.isBad)
        #expect(collector.events.isEmpty, "the loss is reported once, by the error: \(collector.digest)")
        // What psql prints: the server's FATAL, then libpq's explanation.
        #expect(lost?.formatted.hasPrefix("FATAL:  terminating connection due to administrator command\n") == true)
        #expect(lost?.formatted.contains("server closed the connection unexpectedly") == true)

        try victim.reset()
        #expect(!victim.isBad)
        #expect(victim.backendPID != oldPID)
        #expect(try victim.query("select 1").scalar == "1")
    }

    @Test("query() on a terminated backend reports the lost connection")
    func terminatedBackendInQuery() throws {
        let victim = try openTestConnection("pgcoach-client-victim")
        let killer = try openTestConnection()
        _ = try killer.query("select pg_terminate_backend($1, 10000)", parameters: [String(victim.backendPID)])
        #expect {
            try victim.query("select 1")
        } throws: { error in
            if case .connectionLost = error as? QueryError { return true }
            return false
        }
        try victim.reset()
        #expect(try victim.query("select 1").scalar == "1")
    }

    // The only test that touches the process-wide foreground slot, so parallel tests cannot
    // disturb it.
    @Test("only one connection is the foreground one, across reset()")
    func foreground() throws {
        let first = try openTestConnection()
        var second: Connection? = try openTestConnection()
        first.makeForeground()
        #expect(first.isForeground)
        second!.makeForeground()
        #expect(!first.isForeground)
        #expect(second!.isForeground)
        second = nil  // going away clears the slot it owns
        #expect(!first.isForeground)

        first.makeForeground()
        let killer = try openTestConnection()
        _ = try killer.query("select pg_terminate_backend($1, 10000)", parameters: [String(first.backendPID)])
        #expect(throws: QueryError.self) { try first.query("select 1") }
        try first.reset()
        #expect(first.isForeground)
        first.resignForeground()
        #expect(!first.isForeground)
    }
}
