import PGCoachTestSupport
import PostgresClient
import PsqlCore
import Testing

@Suite("PostgresClient: executing query strings", .enabled(if: hasTestServer()))
struct PostgresClientExecuteTests {
    /// A connection with `pg_temp.noise(text)`, which raises a NOTICE and returns true.
    private func openTestConnection() throws -> Connection {
        let connection = try PGCoachTestSupport.openTestConnection()
        _ = try connection.query(
            """
            create function pg_temp.noise(message text) returns boolean language plpgsql as
            $$ begin raise notice '%', message; return true; end $$
            """)
        return connection
    }

    @Test("every result of a multi-statement string, in order", arguments: [false, true])
    func multipleStatements(streaming: Bool) throws {
        let connection = try openTestConnection()
        let result = try collect(
            connection,
            "select 1 as a; create temp table t(x int); insert into t values (1),(2); select x from t order by x",
            streaming: streaming)
        #expect(
            result.digest == [
                "rows(a) [1] SELECT 1",
                "command CREATE TABLE",
                "command INSERT 0 2",
                "rows(x) [1; 2] SELECT 2",
            ])
    }

    @Test("an error stops the string: later statements do not run", arguments: [false, true])
    func errorInTheMiddle(streaming: Bool) throws {
        let connection = try openTestConnection()
        _ = try collect(connection, "create temp table t(x int)")
        let result = try collect(
            connection, "insert into t values (1); select 1/0; insert into t values (2)", streaming: streaming)
        #expect(result.digest == ["command INSERT 0 1", "failed 22012 division by zero"])
        // Without an explicit transaction the string is one implicit transaction, as in psql.
        #expect(try connection.query("select count(*) from t").scalar == "0")
        #expect(connection.transactionState == .idle)
    }

    @Test("single-row streaming delivers many rows one by one")
    func streamingManyRows() throws {
        struct Counter: QueryConsumer {
            var columns: [ResultColumn] = []
            var rows = 0
            var sum = 0
            var summary: ResultSummary?
            mutating func resultStarted(columns: [ResultColumn]) { self.columns = columns }
            mutating func row(_ row: borrowing RowView) {
                rows += 1
                sum += Int(row.string(0)!)!
                #expect(row.withCell(1) { $0?.count } == 32)
            }
            mutating func resultFinished(_ summary: ResultSummary) { self.summary = summary }
            mutating func failed(_ error: ServerMessage) { Issue.record("unexpected error \(error.formatted)") }
            mutating func notice(_ notice: ServerMessage) {}
        }
        let connection = try openTestConnection()
        var counter = Counter()
        try connection.execute(
            "select g, md5(g::text) from generate_series(1, 100000) g", streaming: true, into: &counter)
        #expect(counter.columns.map(\.name) == ["g", "md5"])
        #expect(counter.columns.map(\.typeOID) == [23, 25])
        #expect(counter.rows == 100_000)
        #expect(counter.sum == 100_000 * 100_001 / 2)
        #expect(counter.summary == ResultSummary(kind: .tuples, commandTag: "SELECT 100000", rowsAffected: 100_000, rowCount: 100_000))
    }

    @Test("streaming keeps the rows sent before an error")
    func errorAfterSomeRows() throws {
        let connection = try openTestConnection()
        let result = try collect(
            connection, "select 10 / (3 - g) as q from generate_series(1, 5) g", streaming: true)
        #expect(result.digest == ["failed 22012 division by zero after 2 rows"])
        let whole = try collect(connection, "select 10 / (3 - g) as q from generate_series(1, 5) g")
        #expect(whole.digest == ["failed 22012 division by zero"])
    }

    @Test("zero rows still give a header", arguments: [false, true])
    func zeroRows(streaming: Bool) throws {
        let connection = try openTestConnection()
        let result = try collect(connection, "select 1 as one where false", streaming: streaming)
        #expect(result.digest == ["rows(one) [] SELECT 0"])
    }

    @Test("NULL and the empty string are different", arguments: [false, true])
    func nullVersusEmpty(streaming: Bool) throws {
        let connection = try openTestConnection()
        let result = try collect(connection, "select null::text as n, ''::text as e", streaming: streaming)
        guard case .rows(let rows, _) = result.events.first else {
            Issue.record("no rows: \(result.digest)")
            return
        }
        #expect(rows.rows.isNull(row: 0, column: 0))
        #expect(!rows.rows.isNull(row: 0, column: 1))
        #expect(rows.rows.string(row: 0, column: 0) == nil)
        #expect(rows.rows.string(row: 0, column: 1) == "")
    }

    @Test("a statement's notices come before its result", arguments: [false, true])
    func noticesBeforeTheirResult(streaming: Bool) throws {
        let connection = try openTestConnection()
        let result = try collect(
            connection, "do $$ begin raise notice 'first'; raise warning 'second'; end $$", streaming: streaming)
        #expect(result.digest == ["NOTICE first", "WARNING second", "command DO"])
        guard case .notice(let notice) = result.events.first else { return }
        // What psql prints for it (after its own "psql:file:line: " prefix, if any).
        #expect(notice.formatted == "NOTICE:  first\n")
        #expect(notice.severityCode == "NOTICE")
        #expect(notice.sqlState == "00000")
        guard case .notice(let warning) = result.events[1] else { return }
        #expect(warning.sqlState == "01000")

        let select = try collect(
            connection, "select 1 as a from (select 1) s where (select true from pg_temp.noise('in select'))",
            streaming: streaming)
        #expect(select.digest == ["NOTICE in select", "rows(a) [1] SELECT 1"])
    }

    @Test("multi-statement notices keep their order and never come after a later result", arguments: [false, true])
    func noticesInMultiStatementString(streaming: Bool) throws {
        let connection = try openTestConnection()
        let result = try collect(
            connection,
            """
            select 1 as a;
            do $$ begin raise notice 'first'; raise warning 'second'; end $$;
            select 2 as b;
            do $$ begin raise notice 'third'; end $$
            """,
            streaming: streaming)
        let digest = result.digest
        #expect(
            digest.filter { !$0.hasPrefix("NOTICE") && !$0.hasPrefix("WARNING") } == [
                "rows(a) [1] SELECT 1", "command DO", "rows(b) [2] SELECT 1", "command DO",
            ])
        #expect(
            digest.filter { $0.hasPrefix("NOTICE") || $0.hasPrefix("WARNING") } == [
                "NOTICE first", "WARNING second", "NOTICE third",
            ])
        // libpq may parse a notice before handing out the previous statement's result, so it
        // can come one result early; it must never come after its own statement's result.
        let firstDO = try #require(digest.firstIndex(of: "command DO"))
        #expect(digest.firstIndex(of: "WARNING second")! < firstDO)
        #expect(digest.firstIndex(of: "NOTICE third")! < digest.lastIndex(of: "command DO")!)
        #expect(digest.firstIndex(of: "NOTICE third")! > firstDO)
    }

    @Test("streaming passes a row's notices no later than the row")
    func noticesBetweenRows() throws {
        struct Order: QueryConsumer {
            var log: [String] = []
            mutating func resultStarted(columns: [ResultColumn]) { log.append("start") }
            mutating func row(_ row: borrowing RowView) { log.append("row \(row.string(0)!)") }
            mutating func resultFinished(_ summary: ResultSummary) { log.append(summary.commandTag) }
            mutating func failed(_ error: ServerMessage) { log.append("failed") }
            mutating func notice(_ notice: ServerMessage) { log.append(notice.message) }
        }
        let connection = try openTestConnection()
        var order = Order()
        try connection.execute(
            "select pg_temp.noise('notice ' || g) is null, g from generate_series(1, 3) g", streaming: true,
            into: &order)
        let log = order.log
        #expect(log.filter { $0.hasPrefix("row") } == ["row f", "row f", "row f"])
        #expect(log.filter { $0.hasPrefix("notice") } == ["notice 1", "notice 2", "notice 3"])
        #expect(log.last == "SELECT 3")
        var rowsSeen = 0
        for entry in log {
            if entry.hasPrefix("row") { rowsSeen += 1 }
            if entry.hasPrefix("notice "), let number = Int(entry.dropFirst(7)) {
                #expect(rowsSeen < number, "notice \(number) came after its row: \(log)")
            }
        }
    }

    @Test("an empty statement is reported as empty")
    func emptyStatement() throws {
        let connection = try openTestConnection()
        let result = try collect(connection, "-- nothing here")
        #expect(result.events.count == 1)
        guard case .command(let summary) = result.events.first else { return }
        #expect(summary.kind == .empty)
        #expect(summary.commandTag == "")
    }

    @Test("COPY TO STDOUT is refused without hanging; later statements still run", arguments: [false, true])
    func copyOut(streaming: Bool) throws {
        let connection = try openTestConnection()
        let result = try collect(
            connection, "copy (select g from generate_series(1, 1000) g) to stdout; select 1 as after",
            streaming: streaming)
        #expect(
            result.digest == [
                "failed 0A000 COPY TO STDOUT is not supported in pgcoach; its output was discarded",
                "rows(after) [1] SELECT 1",
            ])
        #expect(try connection.query("select 2").scalar == "2")
    }

    @Test("COPY FROM STDIN is aborted without hanging", arguments: [false, true])
    func copyIn(streaming: Bool) throws {
        let connection = try openTestConnection()
        _ = try collect(connection, "create temp table t(x int)")
        let result = try collect(connection, "copy t from stdin; select 1", streaming: streaming)
        #expect(result.events.count == 1)
        guard case .failed(let error, _) = result.events.first else {
            Issue.record("expected a failure: \(result.digest)")
            return
        }
        #expect(error.message.contains("COPY FROM STDIN is not supported in pgcoach"))
        #expect(try connection.query("select count(*) from t").scalar == "0")
        #expect(throws: QueryError.self) { try connection.query("copy t from stdin") }
        #expect(try connection.query("select 3").scalar == "3")
    }

    @Test("query() passes parameters and decodes text")
    func simpleQuery() throws {
        let connection = try openTestConnection()
        let result = try connection.query(
            "select $1::int + 1 as n, $2::text as t, $3::text is null as isnull", parameters: ["41", "it's", nil])
        #expect(result.columns.map(\.name) == ["n", "t", "isnull"])
        #expect(result.rows == [["42", "it's", "t"]])
        #expect(result.commandTag == "SELECT 1")
        #expect(result.rowsAffected == 1)

        let noisy = try connection.query("do $$ begin raise notice 'hi'; end $$")
        #expect(noisy.notices.map(\.message) == ["hi"])
        #expect(noisy.commandTag == "DO")
        #expect(noisy.rowsAffected == nil)

        #expect {
            try connection.query("select * from no_such_table")
        } throws: { error in
            (error as? QueryError)?.serverMessage?.sqlState == "42P01"
        }
    }
}
