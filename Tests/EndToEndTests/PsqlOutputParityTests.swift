import Foundation
import PGCoachTestSupport
import Testing

/// `\pset` and its shortcuts must print what psql 15 prints, byte for byte.
@Suite(.serialized)
struct PsqlOutputParityTests {
    static let psetScript = #"""
        \pset
        create table t (id int, name text, note text, amount numeric);
        insert into t values (1, 'acme', null, 1234567.5), (2, 'glo"bex', E'two\nlines', -3), (3, ' <b>&', 'a,b', 0);
        \pset border 0
        select * from t order by id;
        \pset border 2
        select * from t order by id;
        \x
        select * from t order by id;
        \pset border 0
        select * from t order by id;
        \t
        select * from t order by id;
        \pset border 1
        select * from t order by id;
        \t
        \x
        \pset format unaligned
        \pset null '∅'
        select * from t order by id;
        \x
        select * from t order by id;
        \x
        \pset fieldsep ','
        \pset recordsep '#'
        select * from t order by id;
        \pset recordsep '\n'
        \pset format csv
        select * from t order by id;
        \pset csv_fieldsep '.'
        select name from t order by id;
        \pset csv_fieldsep ','
        \x
        select * from t order by id;
        \x
        \pset format html
        \pset tableattr 'class="x"'
        \pset title 'Orders <all>'
        select * from t order by id;
        \x
        select * from t order by id;
        \x auto
        \pset format wrapped
        \pset title
        select * from t order by id;
        \pset format a
        \pset format x
        \pset nosuch
        \pset numericlocale
        \pset format aligned
        select * from t order by id;
        \pset numericlocale off
        \pset footer off
        select * from t order by id;
        \dn
        \pset footer
        \a
        \dn
        \a
        \t on
        select 1;
        \t off
        \C 'A title' extra
        select 1;
        \C
        \f
        \f ':'
        \H
        select 1 as one;
        insert into t values (4, 'html', null, 1) returning id;
        update t set note = note where id = 4;
        \H
        \T 'width=5'
        \x foo
        \x on
        \x
        \x auto
        \x
        \pset pager off
        \pset pager
        \pset border
        \pset
        select where false;
        select;
        """#

    /// The wrapped format narrows columns to `\pset columns` exactly as psql does (which
    /// column gives, `.` and `+` marks, wide characters, every border, `\x auto`).
    static let wrappedScript = #"""
        create table w (id int, name text, body text);
        insert into w values (1, 'short', repeat('lorem ipsum ', 8)), (2, 'a much longer name here', E'two\nlines of text that are long enough to wrap'), (3, 'ü漢字テスト名前', repeat('漢', 30));
        \pset format wrapped
        select * from w order by id;
        \pset columns 40
        select * from w order by id;
        \pset border 2
        select * from w order by id;
        \pset border 0
        select * from w order by id;
        \pset border 1
        \pset columns 20
        select * from w order by id;
        \pset columns 60
        \pset title 'A title for the wrapped table'
        select * from w order by id;
        \pset title
        \x auto
        select * from w order by id;
        \pset columns 200
        select * from w order by id;
        \x on
        \pset columns 0
        select 1 as a;
        select * from w order by id;
        \pset columns 30
        select * from w order by id;
        select E'x\ny' || repeat('z', 40) as m, 'q' as "multi
        head";
        \pset border 2
        select * from w order by id;
        select E'x\ny' as m, '' as e;
        \pset border 0
        select * from w order by id;
        \t
        select 1 as a union all select 2;
        """#

    @Test func wrappedPrintsWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.wrappedScript, database: "parity_wrapped", minimumBytes: 2000)
    }

    @Test func psetPrintsWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.psetScript, database: "parity_pset", minimumBytes: 3000)
    }
}

/// `COPY … FROM STDIN` / `TO STDOUT` and `\copy` must behave and print as psql 15 does, and
/// an error in the middle of a copy must leave the session usable.
@Suite(.serialized)
struct PsqlCopyParityTests {
    @Test func copyPrintsWhatPsqlPrints() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.tsv").path
        try "1\tfrom file\n2\tsecond\n\\.\n3\tnot read\n".write(toFile: input, atomically: true, encoding: .utf8)
        let dir = directory.path
        let script = """
            create table t (a int, b text);
            copy t from stdin;
            1\tone
            2\ttwo
            \\N\tnul
            \\.
            select * from t order by a;
            copy t to stdout;
            copy t (b) to stdout with (format csv, header);
            copy t from stdin; select 'after' as x;
            3\tthree
            \\.
            copy t from stdin;
            4\tfour
            x\tbad
            5\tfive
            \\.
            select count(*) from t;
            copy t from stdin with (format csv);
            6,"six
            multi"
            \\.
            copy (select * from t order by a) to stdout;
            copy nosuch from stdin;
            select 0 as before\\; copy t from stdin\\; copy t from stdin\\; select 1 as after;
            10\tfirst block
            \\.
            11\tsecond block
            \\.
            \\copy t from stdin
            7\tseven
            \\.
            \\copy t from '\(input)'
            \\copy t (a, b) from \(input)
            \\copy t to '\(dir)/out.tsv'
            \\copy t from '\(dir)/out.tsv'
            \\copy t to stdout
            \\copy t to pstdout with (format csv, header)
            \\copy (select a, b from t where a > 1 order by a) to stdout csv
            \\copy t from '\(dir)/nonexistent'
            \\copy t from \(dir)
            \\copy t from program 'printf "9\\tprog\\n"'
            \\copy t from program 'exit 3'
            \\copy
            \\copy t sideways stdin
            \\copy t from stdin with (format bogus)
            select count(*) from t;
            copy t from stdin;
            8\teight
            """
        try PsqlParity.expectSameOutput(script, database: "parity_copy", minimumBytes: 500)
    }
}

/// The psql 15 describe commands a DBA types during an incident must print what psql prints.
@Suite(.serialized)
struct PsqlDescribeParityTests {
    static let script = #"""
        create schema app;
        create table app.orders (id int primary key, note text);
        create function app.add(a int, b int) returns int language sql immutable as 'select a + b';
        create function public.touch() returns trigger language plpgsql as $$begin return new; end$$;
        create procedure app.proc(x int) language sql as 'select 1';
        create aggregate app.mysum(int) (sfunc = int4pl, stype = int);
        create function public.win() returns int language sql window as 'select 1';
        create type app.mood as enum ('sad', 'ok');
        create type app.pair as (a int, b text);
        create domain app.posint as int not null default 1 check (value > 0);
        comment on function app.add(int, int) is 'adds';
        create view app.v as select 1 as x;
        create view app.vc with (security_barrier) as select * from app.orders where id > 0 with local check option;
        create sequence app.s;
        create materialized view app.mv as select 1 as y;
        create index orders_note_idx on app.orders(note);
        alter default privileges in schema app grant select on tables to public;
        create statistics app.st on id, note from app.orders;
        select lo_create(4242);
        \df
        \df+
        \df app.*
        \df+ app.*
        \dfa app.*
        \dfn app.*
        \dfp app.*
        \dft
        \dfw
        \dfax
        \dfS int4pl
        create table app.pt (a int, b int) partition by range (a);
        create table app.pt1 partition of app.pt for values from (0) to (10) partition by range (b);
        create table app.pt11 partition of app.pt1 for values from (0) to (5);
        create index pt_a on app.pt(a);
        \dP app.*
        \dPn+ app.*
        \dPt app.*
        \dPi+ app.*
        \dAc brin int4*
        \dAc+ hash int4
        \dAf btree int4
        \dAo brin integer_minmax_ops
        \dAo+ hash integer_ops
        \dAp+ brin integer_minmax_ops
        \dF eng*
        \dF+ english
        \dF+ nosuch
        \dFp+
        \dFd+ english*
        \dFp
        \dFt+
        \da
        \da app.*
        \daS max
        \dA
        \dA+ btree
        create function f1(a int, b text) returns int language sql as 'select 1';
        create function f1(a int) returns int language sql as 'select 1';
        create function f1() returns int language sql as 'select 1';
        create function f1(x numeric[], y float) returns int language sql as 'select 1';
        \df f1 int
        \df f1 integer text
        \df f1 int -
        \df f1 -
        \df f1 *.*
        \df f1 decimal[] float
        \doS + integer integer
        \doS - integer
        \dx
        \dx+
        \dx+ nosuch
        \dT app.*
        \dT+ app.*
        \dT app.mood
        \db
        \ddp
        \ddp app
        \dconfig work_mem
        \dconfig+ work*
        \dconfig nosuch
        \sf app.add
        \sf+ app.add
        \sf app.add(int, int)
        \sf+ public.touch
        \sf nosuch
        \sf
        \sv app.v
        \sv+ app.v
        \sv app.vc
        \sv app.mv
        \dD+ app.*
        \dy
        \dcS utf8_to_win1250
        \dC bigint
        \dL
        \doS ||
        \dOS "C"
        \dl
        \lo_list
        \des
        \det
        \deu
        \dew
        \dRp
        \dRs
        \dX app.*
        \drds nobody
        \di app.*
        \ds app.*
        \dv app.*
        \dm app.*
        comment on constraint orders_pkey on app.orders is 'the key';
        create trigger tr before insert on app.orders for each row execute function public.touch();
        comment on trigger tr on app.orders is 'a trigger';
        \dd
        \dd app.*
        \ddS pg_catalog.*_pkey
        create publication pub1 for table app.orders (id, note) where (id > 0);
        create publication pub2 for all tables;
        create publication pub3 for tables in schema app;
        \dRp
        \dRp+
        \dRp+ nosuch
        drop publication pub1, pub2, pub3;
        \dRp+
        \pset format unaligned
        \df app.*
        \d app.orders
        \pset format aligned
        \pset border 2
        \dx
        \x
        \d app.orders
        \dt app.*
        \t
        \d app.orders
        \dt app.*
        select lo_unlink(4242);
        """#

    @Test func describePrintsWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.script, database: "parity_describe", minimumBytes: 4000)
    }
}

/// `\lo_export`, `\lo_unlink` and `\lo_list` as psql 15 prints them; `\lo_import` gets a new
/// OID each run, so it is checked on its own.
@Suite(.serialized)
struct PsqlLargeObjectParityTests {
    @Test func largeObjectCommandsPrintWhatPsqlPrints() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            select lo_from_bytea(4242, 'forty-two');
            comment on large object 4242 is 'the answer';
            \\lo_list
            \\lo_export 4242 '\(directory.path)/out.bin'
            select pg_catalog.pg_read_binary_file('\(directory.path)/out.bin') is not null as readable;
            \\lo_export 4243 '\(directory.path)/missing.bin'
            begin;
            \\lo_unlink 4242
            rollback;
            \\lo_unlink 4242
            \\lo_unlink 4242
            \\lo_unlink
            \\lo_export 4242
            begin;
            select 1/0;
            \\lo_unlink 4242
            rollback;
            \\dl
            """
        try PsqlParity.expectSameOutput(script, database: "parity_lo", minimumBytes: 300)
    }

    @Test func importCreatesAnObjectAndComment() throws {
        let base = testServerConninfo()
        try #require(!base.isEmpty, "a sandbox is needed")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgcoach-lo-\(UUID().uuidString).txt")
        try "imported bytes".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            \\lo_import '\(file.path)' 'from a file'
            select obj_description(:LASTOID, 'pg_largeobject') = 'from a file' as lastoid_names_the_import;
            select convert_from(lo_get(oid), 'UTF8') as body, obj_description(oid, 'pg_largeobject') as comment
              from pg_largeobject_metadata order by oid desc limit 1;
            select lo_unlink(oid) from pg_largeobject_metadata where obj_description(oid, 'pg_largeobject') = 'from a file';
            \\lo_import /nonexistent/file
            """
        let run = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect", base], input: script)
        #expect(run.output.range(of: #"(?m)^lo_import [0-9]+$"#, options: .regularExpression) != nil, "\(run.output)")
        #expect(run.output.contains(" imported bytes | from a file"), "\(run.output)")
        #expect(run.output.contains("lastoid_names_the_import \n--------------------------\n t\n"), "\(run.output)")
        #expect(run.output.contains("could not open file \"/nonexistent/file\""), "\(run.output)")
    }
}
