import PGCoachTestSupport
import PostgresClient
import PsqlCore
import Testing

@Suite("PostgresClient: errors and transaction state", .enabled(if: hasTestServer()))
struct PostgresClientErrorTests {
    /// The failure of a string that should fail exactly once.
    private func failure(_ connection: Connection, _ sql: String) throws -> ServerMessage? {
        let result = try collect(connection, sql)
        for case .failed(let error, _) in result.events { return error }
        Issue.record("no failure in \(result.digest)")
        return nil
    }

    @Test("position and the caret exactly as psql prints them")
    func position() throws {
        let connection = try openTestConnection()
        let error = try #require(try failure(connection, "select foo from bar;"))
        #expect(error.severity == "ERROR")
        #expect(error.severityCode == "ERROR")
        #expect(error.sqlState == "42P01")
        #expect(error.message == #"relation "bar" does not exist"#)
        #expect(error.position == 17)
        #expect(
            error.formatted == """
                ERROR:  relation "bar" does not exist
                LINE 1: select foo from bar;
                                        ^

                """)
        let verbose = try #require(error.verbose)
        #expect(verbose.hasPrefix("ERROR:  42P01: relation \"bar\" does not exist\nLINE 1: select foo from bar;\n"))
        #expect(verbose.contains("LOCATION:  "))
    }

    @Test("the caret on a later line of a multi-line statement")
    func positionOnLaterLine() throws {
        let connection = try openTestConnection()
        let error = try #require(try failure(connection, "select 1,\n  2 +\n;"))
        #expect(error.sqlState == "42601")
        #expect(
            error.formatted == """
                ERROR:  syntax error at or near ";"
                LINE 3: ;
                        ^

                """)
    }

    @Test("detail, hint and context")
    func detailHintContext() throws {
        let connection = try openTestConnection()
        let error = try #require(
            try failure(
                connection,
                "do $$ begin raise exception 'boom' using detail = 'the detail', hint = 'the hint', errcode = '22012'; end $$"))
        #expect(error.sqlState == "22012")
        #expect(error.message == "boom")
        #expect(error.detail == "the detail")
        #expect(error.hint == "the hint")
        #expect(error.position == nil)
        #expect(error.context == "PL/pgSQL function inline_code_block line 1 at RAISE")
        #expect(
            error.formatted == """
                ERROR:  boom
                DETAIL:  the detail
                HINT:  the hint
                CONTEXT:  PL/pgSQL function inline_code_block line 1 at RAISE

                """)
    }

    @Test("a unique violation's detail")
    func uniqueViolation() throws {
        let connection = try openTestConnection()
        let error = try #require(
            try failure(
                connection, "create temp table u(id int primary key); insert into u values (1); insert into u values (1)"))
        #expect(error.sqlState == "23505")
        #expect(error.detail == "Key (id)=(1) already exists.")
    }

    @Test("transaction state through BEGIN, an error and ROLLBACK", arguments: [false, true])
    func transactionState(streaming: Bool) throws {
        let connection = try openTestConnection()
        #expect(connection.transactionState == .idle)
        _ = try collect(connection, "begin", streaming: streaming)
        #expect(connection.transactionState == .inTransaction)
        _ = try collect(connection, "select 1", streaming: streaming)
        #expect(connection.transactionState == .inTransaction)
        _ = try collect(connection, "select 1/0", streaming: streaming)
        #expect(connection.transactionState == .inFailedTransaction)
        let blocked = try #require(try failure(connection, "select 1"))
        #expect(blocked.sqlState == "25P02")
        #expect(connection.transactionState == .inFailedTransaction)
        let rollback = try collect(connection, "rollback", streaming: streaming)
        #expect(rollback.digest == ["command ROLLBACK"])
        #expect(connection.transactionState == .idle)
    }
}
