import Testing

@testable import PsqlCore

/// AUTOCOMMIT off: which statements psql opens a transaction for.
@Suite struct VariablesImplicitTransactionTests {
    @Test(arguments: [
        ("select 1", true), ("insert into t values (1)", true), ("  -- note\nupdate t set a = 1", true),
        ("/* a /* nested */ comment */ delete from t", true), ("create table t (a int)", true),
        ("create index i on t (a)", true), ("(select 1)", true), ("prepare p as select 1", true),
        ("begin", false), ("START TRANSACTION", false), ("commit", false), ("end", false), ("rollback", false),
        ("savepoint s", false), ("vacuum t", false), ("create database d", false), ("drop tablespace x", false),
        ("create index concurrently i on t (a)", false), ("create unique index concurrently i on t (a)", false),
        ("reindex database d", false), ("alter system set work_mem = '1MB'", false), ("discard all", false),
        ("prepare transaction 'x'", false), ("cluster", false), ("cluster t", true), ("", false),
    ])
    func needsBegin(_ sql: String, _ expected: Bool) {
        #expect(ImplicitTransaction.needsBegin(sql) == expected)
    }
}
