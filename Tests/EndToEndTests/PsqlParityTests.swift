import Foundation
import PGCoachTestSupport
import Testing

/// What users compare first: for a script, `pgcoach connect` must print byte for byte what
/// `psql -X` prints (stdout and stderr together), against the same sandbox.
@Suite(.serialized)
struct PsqlParityTests {
    /// A corpus of what on-call work produces: types, NULLs, unicode, multi-line cells, wide
    /// columns, empty results, command tags, errors with detail/hint/caret, notices, EXPLAIN,
    /// expanded output, describe commands, \c and \conninfo.
    static let corpus = #"""
        select 1 as one, 2.50::numeric as price, 'text' as label, null as nothing, true as flag;
        select g as n, repeat('x', g) as bar from generate_series(1, 5) g;
        select 'ünïcödé' as accents, '漢字テスト' as wide, 'e' || chr(769) as combining, '🙂' as emoji;
        select E'first line\nsecond line' as multi, 'a' as b;
        select repeat('wide column ', 12) as long_text;
        select * from pg_class where false;
        select;
        create table orders (id int primary key, customer text not null, amount numeric(10,2) default 0, release_id text);
        insert into orders values (1, 'acme', 10.5, null), (2, 'globex', 20, 'r1');
        insert into orders values (3, 'initech', 5) returning id, amount;
        update orders set amount = amount + 1 where id > 1;
        delete from orders where id = 3;
        select * from orders order by id;
        insert into orders values (1, 'dup', 1);
        select * from orders where nosuchcolumn = 1;
        select 1/0;
        selec 1;
        do $$ begin raise notice 'checking % rows', 2; raise warning 'careful'; end $$;
        explain (costs off) select * from orders where id = 1;
        begin;
        select count(*) from orders;
        select broken;
        select 1;
        rollback;
        \x
        select * from orders order by id;
        \x off
        \x auto
        select 1 as a;
        \x off
        select 'multi
        line statement' as s,
          42 as answer;
        create index orders_customer_idx on orders (customer);
        create role parity_reader login;
        grant select on orders to parity_reader;
        \dt
        \d orders
        \d nosuchtable
        \dp orders
        \dn
        \conninfo
        select 1 \g
        select 'kept' \p
        ;
        \echo done
        create table "MixedCase" (id int);
        \d "MixedCase"
        \d mixedcase
        drop table "MixedCase";
        \r \\ select 1 as after_reset;
        select 1 \g \\ select 2 as second;
        \timing off
        \x
        \x
        \errverbose
        \c postgres
        select current_database();
        \c parity
        drop table orders;
        drop role parity_reader;
        """#

    @Test func connectPrintsWhatPsqlPrints() throws {
        let base = testServerConninfo()
        try #require(!base.isEmpty, "a sandbox is needed")
        let psql = "/usr/bin/psql"
        try #require(FileManager.default.isExecutableFile(atPath: psql), "psql is installed by make test")
        let admin = base
        _ = try BinaryRunner.run(psql, ["-X", "-q", admin], input: "drop database if exists parity;\ncreate database parity;\n")
        let target = base.replacingOccurrences(of: "dbname=postgres", with: "dbname=parity")
        let expected = try BinaryRunner.run(psql, ["-X", target], input: Self.corpus)
        _ = try BinaryRunner.run(psql, ["-X", "-q", admin], input: "drop database parity;\ncreate database parity;\n")
        let actual = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect", target], input: Self.corpus)
        _ = try BinaryRunner.run(psql, ["-X", "-q", admin], input: "drop database parity;\n")

        #expect(expected.output.contains("LINE 1:"), "the corpus must exercise error carets")
        #expect(expected.output.contains("NOTICE:"), "the corpus must exercise notices")
        #expect(actual.output.utf8.count > 2000, "pgcoach printed the corpus")
        #expect(actual.status == expected.status)
        if actual.output != expected.output {
            let a = actual.output.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.output.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record(
                "output differs from psql at line \(first + 1):\n  psql:    \(first < e.count ? String(e[first]) : "<end>")\n  pgcoach: \(first < a.count ? String(a[first]) : "<end>")"
            )
        }
    }
}
