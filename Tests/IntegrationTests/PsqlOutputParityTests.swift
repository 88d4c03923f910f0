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
