import Foundation
import PGCoachTestSupport
import Testing

/// Query strings of several statements (`\;`), as psql 15 prints them: each result once the
/// next has arrived (so a later statement's notices come first), only the last one for
/// `\gset`, `\gexec` and `\crosstabview` or with SHOW_ALL_RESULTS off; and ON_ERROR_ROLLBACK.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlCombinedQueryParityTests {
    static let script = #"""
        create function warn(msg text) returns boolean language plpgsql
          as $$ begin raise notice 'warn %', msg; return true; end $$;
        create function fail(msg text) returns boolean language plpgsql
          as $$ begin raise exception 'fail %', msg; end $$;
        select 1 as one \; select warn('1.5') \; select 2 as two;
        select 3 as three \; select warn('3.5') \; select 4 as four \gset
        \echo :three :four
        select 'select 5 as five' \; select 'select 6 as six' \gexec
        select 5 \; select 6 + \; select warn('6.5') \; select 7;
        select 8 as eight \; select fail('8.5') \; select 9 as nine;
        create table t (a int) \; insert into t values (1) \; select warn('in insert') \; copy t to stdout \; select 10 as ten;
        \set SHOW_ALL_RESULTS off
        select 11 as eleven \; select warn('11.5') \; select 12 as twelve;
        insert into t values (2) \; select 13 as thirteen;
        select 14 as fourteen \; insert into t values (3);
        \set SHOW_ALL_RESULTS on
        \set ON_ERROR_ROLLBACK on
        begin;
        create table bla (s no_such_type);
        create table bla (s text);
        select fail('oops');
        insert into bla values ('Calvin'), ('Hobbes');
        commit;
        select * from bla order by 1;
        begin;
        insert into bla values ('Susie');
        insert into bla values ('Rosalyn') \; select 'before error' as show \; select fail('boum') \; select 'after' as noshow;
        insert into bla values ('Moe') \; select fail('bam');
        savepoint mine \; insert into bla values ('Mine');
        rollback to mine;
        insert into bla values ('Miss Wormwood');
        commit;
        select * from bla order by 1;
        \set AUTOCOMMIT off
        insert into bla values ('Dad');
        select fail('bad');
        insert into bla values ('Mum') \; select count(*) as mums from bla where s = 'Mum' \; select fail('bad');
        commit;
        select count(*) as mums from bla where s = 'Mum' \; select * from bla order by 1;
        \set AUTOCOMMIT on
        \set ON_ERROR_ROLLBACK interactive
        begin;
        select fail('not interactive');
        select 1;
        rollback;
        \set ON_ERROR_ROLLBACK off
        \pset format l
        \pset format latex-
        \pset format ''
        \pset format aligned
        \pset csv_fieldsep '\0'
        \echo 'a\0b'
        \set foo bar
        \pset fieldsep | `nosuchcommand` :foo :'foo' :"foo"
        \unset foo extra :foo `echo never`
        \x on `echo never` :foo
        \crosstabview 1 2 3 4 `echo never` :foo
        \if false
          \lo arg1
          \bogus
          \echo `echo never` :foo
          \crosstabview
        \endif
        """#

    @Test func combinedQueriesPrintWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.script, database: "parity_combined", minimumBytes: 1500)
    }
}
