import Foundation
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

    @Test func psetPrintsWhatPsqlPrints() throws {
        try PsqlParityHarness.expectSameOutput(Self.psetScript, database: "parity_pset", minimumBytes: 3000)
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
        try PsqlParityHarness.expectSameOutput(script, database: "parity_copy", minimumBytes: 500)
    }
}
