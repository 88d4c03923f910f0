import Foundation
import PGCoachTestSupport
import Testing

/// `\crosstabview` must print what psql 15 prints: the pivot, its orderings, NULLs, the
/// errors, and the results around it.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlCrosstabParityTests {
    static let script = #"""
        create table sales (region text, quarter text, product text, units int, q int);
        insert into sales values
          ('north', 'Q2', 'bolts', 30, 2), ('south', 'Q1', 'nuts', 12, 1), ('north', 'Q1', 'nuts', 5, 1),
          ('east', 'Q4', 'gears', null, 4), ('south', null, 'bolts', 8, null), ('East', 'Q3', 'nuts', 1, 3);
        select region, quarter, sum(units) from sales group by 1, 2 order by 1, 2;
        \crosstabview
        select region, quarter, sum(units) as total, max(q) as q from sales group by 1, 2 order by 1 desc \crosstabview region quarter total q
        select region, quarter, sum(units) as total, -max(q) as q from sales group by 1, 2 order by 1 \crosstabview 1 2 3 4
        select quarter as "The Quarter", region, string_agg(product, E'\n') from sales group by 1, 2 order by 2
        \crosstabview "The Quarter" REGION
        \pset null '(none)'
        select region, quarter, sum(units) from sales group by 1, 2 order by 2, 1 \crosstabview
        \pset null ''
        \x
        select region, quarter, sum(units) from sales group by 1, 2 order by 1 \crosstabview
        \x
        \pset format unaligned
        select region, quarter, sum(units) from sales group by 1, 2 order by 1 \crosstabview
        \pset format aligned
        \set FETCH_COUNT 2
        select region, quarter, count(*) from sales group by 1, 2 order by 1 \crosstabview
        \unset FETCH_COUNT
        select 1 as a, 2 as b \crosstabview
        select region, quarter, units, q from sales \crosstabview
        select region, quarter, units from sales \crosstabview region region
        select region, quarter, units from sales \crosstabview region 7
        select region, quarter, units from sales \crosstabview 0
        select region, quarter, units from sales \crosstabview nosuch
        select region, quarter, units, units from sales \crosstabview 1 2 units
        select region, product, units from sales \crosstabview
        select 1, 2, 3; select region, quarter, max(units) from sales group by 1, 2 \crosstabview
        select g, g % 3, g from generate_series(1, 1601) g \crosstabview 2 1
        insert into sales values ('west', 'Q1', 'nuts', 2, 1) returning region, quarter, units \crosstabview
        create table nothing (x int) \crosstabview
        \crosstabview 1 2 3 4 5
        \set ON_ERROR_STOP on
        select 1, 2 \crosstabview
        select 'not reached';
        """#

    @Test func crosstabViewPrintsWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.script, database: "parity_crosstab", minimumBytes: 2000)
    }
}
