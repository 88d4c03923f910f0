import Foundation
import PGCoachTestSupport
import Testing

/// psql's variables, conditionals, scripts and output redirection, and the bugs of issue 12,
/// each compared byte for byte (and exit status) with `psql -X` on the same server.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlVariablesParityTests {
    struct Script: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var files: [String: String] = [:]
        var testDescription: String { name }
    }

    static let scripts: [Script] = [
        Script(
            name: "variables",
            text: #"""
                \set
                \set n 42
                \set t 'it''s'
                \set ident 'My Table'
                \set joined a 'b c' d
                select :n as n, :'t' as lit, 1 as :"ident", :'joined' as joined;
                \echo :n :'t' :"ident" "kept quotes" x:n :nope :'nope'
                \echo -n no newline
                \echo ' then this'
                \set stmt 'select 1 as a; select 2 as b'
                :stmt;
                \set self ':self'
                select :self;
                select :{?n} as set, :{?nope} as unset;
                \unset n
                \echo :n
                \set 1bad x
                \set bad-name x
                \set ON_ERROR_STOP maybe
                \set FETCH_COUNT many
                \set ECHO loud
                \unset ON_ERROR_STOP
                \echo :ON_ERROR_STOP
                \set QUIET
                \echo :QUIET
                create table q (a int);
                \set QUIET off
                drop table q;
                \echo `echo from a backtick` `printf 'x:%s' :'t'`
                select 1/0;
                \echo :ERROR :SQLSTATE :ROW_COUNT :LAST_ERROR_SQLSTATE
                select g from generate_series(1, 3) g;
                \echo :ERROR :SQLSTATE :ROW_COUNT
                \getenv dir PARITY_DIR
                \getenv nothing PGCOACH_SURELY_UNSET_VARIABLE
                \echo :{?dir} :{?nothing}
                \setenv PGCOACH_PARITY_SET hello
                \! echo $PGCOACH_PARITY_SET
                \setenv PGCOACH_PARITY_SET
                \! echo "[$PGCOACH_PARITY_SET]"
                """#),
        Script(
            name: "gset and gexec",
            text: #"""
                select 1 as a, 'two' as b, null as c \gset
                \echo :a :b :c
                select 3 as a \gset pre_
                \echo :pre_a
                select 1 as x where false \gset
                select g as x from generate_series(1, 2) g \gset
                select 1 as "FETCH_COUNT" \gset
                select 'select ' || g || ' as v' from generate_series(1, 3) g \gexec
                select 'create table gx' || g || ' (a int)', 'drop table gx' || g from generate_series(1, 2) g \gexec
                select 'select 1/0', null, 'select ''after''' \gexec
                """#),
        Script(
            name: "if blocks",
            text: #"""
                \set flag on
                \if :flag
                  select 'in true' as branch;
                \elif true
                  select 'not me';
                \else
                  select 'nor me';
                \endif
                \if false
                  \echo skipped
                  select 'skipped' ;
                  \if true \echo nested skipped \endif
                \elif yes
                  \echo elif taken
                \endif
                \if bogus
                  \echo bogus ran
                \else
                  \echo bogus counts as false
                \endif
                select 'kept'
                \if off
                  , 'dropped'
                \endif
                ;
                \if t
                \else
                \else
                \endif
                \elif true
                \endif
                \if 1
                  \if 0 \echo no \elif 1 \echo nested yes \endif
                \endif
                \if true
                  \echo taken
                \elif `touch $PARITY_DIR/elif-ran; echo true`
                  \echo not taken
                \endif
                \! test -f $PARITY_DIR/elif-ran && echo "elif backtick ran" || echo "elif backtick never ran"
                \if on
                select 'unterminated block';
                """#),
        Script(
            name: "include and output",
            text: #"""
                \getenv dir PARITY_DIR
                \set v 'val'
                \i :dir/inc.sql
                \ir :dir/inc.sql
                \i :dir/missing.sql
                \i :dir/quits.sql
                select 'after the included file quit' as outer;
                \o :dir/out.txt
                select 1 as redirected;
                \qecho to the file
                \echo to stdout
                \o
                \! cat $PARITY_DIR/out.txt
                select 2 as g1 \g :dir/g.txt
                \! cat $PARITY_DIR/g.txt
                select 3 as g2, null as n \g (title='My Title' null=[null])
                select 4 as g3 \gx (title=X)
                select 5 as g4 \g (title=unclosed
                \warn to stderr
                \warn -n no newline on stderr
                \echo
                \cd /
                \! pwd
                \o |cat
                select 'piped' as p;
                \o
                """#,
            files: [
                "inc.sql": "select 'included' as x;\nselect nosuch;\n\\echo :'v'\n\\bogus\n\\if true\n",
                "quits.sql": "select 'pending in file'\n\\q\nselect 'not reached';\n",
            ]),
        Script(
            name: "on error stop",
            text: #"""
                \set ON_ERROR_STOP on
                select 'before';
                select nosuch;
                select 'not reached';
                """#),
        Script(
            name: "on error stop in an included file",
            text: #"""
                \set ON_ERROR_STOP on
                \getenv dir PARITY_DIR
                \i :dir/fail.sql
                select 'not reached';
                """#,
            files: ["fail.sql": "select 'in file';\nselect 1/0;\nselect 'not reached in file';\n"]),
        Script(
            name: "echo modes and autocommit",
            text: #"""
                \set ECHO all
                select 1 as echoed;

                -- a comment line
                \set ECHO queries
                select 2 as q;
                \set ECHO errors
                select broken;
                \set ECHO none
                \set AUTOCOMMIT off
                create table ac (a int);
                rollback;
                select count(*) from pg_class where relname = 'ac';
                commit;
                \set AUTOCOMMIT on
                \set VERBOSITY terse
                select 1/0;
                \set VERBOSITY sqlstate
                select 1/0;
                \set VERBOSITY default
                """#),
        Script(
            name: "fetch count",
            text: #"""
                \set FETCH_COUNT 3
                select g, repeat('x', g) as r from generate_series(1, 7) g;
                select g from generate_series(1, 6) g;
                select 1 where false;
                \x
                select g, 'a' as b from generate_series(1, 4) g;
                \x
                begin;
                select g from generate_series(1, 2) g;
                select nosuch from generate_series(1, 2);
                rollback;
                values (1), (2), (3), (4);
                """#),
        // FETCH_COUNT batches in every \pset format: header and title on the first batch only,
        // footer and closing rule on the last, record numbers and row counts across batches,
        // and a last batch that is empty when the row count is a multiple of FETCH_COUNT.
        Script(
            name: "fetch count in every output format",
            text: #"""
                \set FETCH_COUNT 3
                \pset border 2
                \pset title 'Batched'
                select g, repeat('x', g) as r from generate_series(1, 7) g;
                select g from generate_series(1, 6) g;
                \x
                select g, 'a' as b from generate_series(1, 4) g;
                select g, 'a' as b from generate_series(1, 6) g;
                \t on
                select g, 'a' as b from generate_series(1, 4) g;
                \x
                select g from generate_series(1, 7) g;
                \t off
                \pset border 0
                select g, 'a' as b from generate_series(1, 4) g;
                \pset border 1
                \pset format unaligned
                select g, 'a' as b from generate_series(1, 7) g;
                select g from generate_series(1, 6) g;
                \x
                select g, 'a' as b from generate_series(1, 4) g;
                \x
                \t on
                select g from generate_series(1, 6) g;
                \t off
                \pset format csv
                select g, 'a,b' as b from generate_series(1, 7) g;
                \pset format html
                select g from generate_series(1, 7) g;
                \x
                select g, 'a' as b from generate_series(1, 4) g;
                \x
                \pset format wrapped
                \pset columns 20
                select g, repeat('xy ', g * 2) as r from generate_series(1, 5) g;
                """#),
        Script(
            name: "g options use the pset formats; QUIET silences pset",
            text: #"""
                select 1 as a, 'x|y' as b \g (format=csv)
                select 1 as a, 'x' as b \g (format=unaligned fieldsep=; tuples_only)
                select 1 as a \g (format=html border=2 title=T)
                select 1 as a \g (border=2 expanded)
                select 1 as a \g (format=bogus)
                select 1 as a \g (nosuch=1)
                select 'back to the session settings' as a;
                \set QUIET on
                \pset border 2
                \pset border
                \x
                \t
                \a
                \C 'quiet title'
                select 1 as a;
                \pset format bogus
                \pset
                \set QUIET off
                \pset border 1
                """#),
        Script(
            name: "issue 12 bugs",
            text: #"""
                create table pt (a int) partition by range (a);
                create table pt1 partition of pt for values from (1) to (10);
                create table pt2 partition of pt for values from (10) to (20) partition by range (a);
                create table parent (a int);
                create table child () inherits (parent);
                \d+ pt
                \d+ parent
                \d pt;
                \dt pt*;
                set standard_conforming_strings = off;
                select 'it\'s; fine' as s;
                reset standard_conforming_strings;
                select 'it''s; fine' as s;
                set standard_conforming_strings = off; select 'psql lexes the rest of this line as before\' as s;
                reset standard_conforming_strings;
                \echo -n abc
                \echo def
                \echo "-n" 'x'
                \bogus
                select 'pending' as before_quit
                \q
                select 'after quit';
                """#),
        Script(
            name: "extra arguments are named and ignored",
            text: #"""
                \x on off
                \timing on x y
                \r a
                \c - - - - extra
                \conninfo x
                \set x 1 2
                \echo :x
                \unset x y
                \x off
                \timing off
                """#),
        Script(
            name: "gdesc",
            text: #"""
                SELECT NULL AS zero, 1 AS one, 2.0 AS two, 'three' AS three, $1 AS four, sin($2) as five,
                  'foo'::varchar(4) as six, CURRENT_DATE AS now
                \gdesc
                PREPARE test AS SELECT 1 AS first, 2 AS second;
                EXECUTE test \gdesc
                EXPLAIN EXECUTE test \gdesc
                SELECT 1 + \gdesc
                SELECT \gdesc
                CREATE TABLE bububu(a int) \gdesc
                TABLE bububu;
                SELECT 1 AS x, 'Hello', 2 AS y, true AS "dirty\name"
                \gdesc \g
                \p
                """#),
        Script(
            name: "connect to an unreachable host stops the script",
            text: #"""
                select 1 as before;
                \c - - 127.0.0.1 1
                select 2 as after;
                """#),
    ]

    @Test(arguments: scripts)
    func matchesPsql(_ script: Script) throws {
        PsqlParity.expectSame(try PsqlParity.run(script.text, database: "parity_vars", files: script.files))
    }

    /// A real psql 15 command pgcoach does not run gets one line with the short conninfo the
    /// learner would type, and the script goes on; a made-up one is psql's "invalid command".
    @Test func declinedCommandsGetOneShortLine() throws {
        let base = testServerConninfo()
        let script = "\\copyright\n\\h\n\\help select\n\\bogus\nselect 'still running' as s;\n"
        let outcome = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect", base], input: script)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        for name in ["copyright", "h", "help"] {
            let line = try #require(lines.first { $0.hasPrefix("\\\(name) ") }, "no line for \\\(name)")
            #expect(line.hasPrefix("\\\(name) is a psql command pgcoach does not run; use psql on the same server: psql \"host="))
            #expect(line.contains(" port=") && line.contains(" dbname=") && line.contains(" user="))
            #expect(!line.contains("passfile") && !line.contains("sslmode") && !line.contains("target_session_attrs"))
        }
        #expect(lines.contains("invalid command \\bogus"))
        #expect(lines.contains(" still running"))
        #expect(outcome.status == 0)
    }
}
