import Foundation
import PGCoachTestSupport
import Testing

/// `\pset linestyle` and the document formats (asciidoc, latex, latex-longtable, troff-ms)
/// must print what psql 15 prints, byte for byte, in every border and expanded combination.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlLineStyleParityTests {
    /// A table with what makes the marks show: names and values over several lines, values
    /// wider than `\pset columns`, NULL, an empty string, numbers right-aligned.
    static let setup = #"""
        create table t (id int, "two\nline name" text, note text, amount numeric);
        insert into t values
          (1, 'short', E'first\nsecond\nthird', 12.5),
          (2, repeat('wide ', 12), null, -3),
          (10, '', E'a\tb', 1234567),
          (3, E'x\ny', repeat('z', 30), null);
        \pset null '(null)'
        \pset columns 40
        """#

    /// Every line style, format, border and expanded mode over the same table.
    static var lineStyleScript: String {
        var lines = [setup]
        for style in ["ascii", "old-ascii", "unicode"] {
            lines.append("\\pset linestyle \(style)")
            for format in ["aligned", "wrapped"] {
                lines.append("\\pset format \(format)")
                for border in 0...2 {
                    lines.append("\\pset border \(border)")
                    for expanded in ["off", "on"] {
                        lines.append("\\pset expanded \(expanded)")
                        lines.append("select * from t order by id;")
                        lines.append("\\pset title 'Titled, and tuples only'")
                        lines.append("\\t on")
                        lines.append("select id, note from t order by id;")
                        lines.append("\\t off")
                        lines.append("\\pset title")
                    }
                }
            }
        }
        lines.append(
            #"""
            \pset expanded off
            \pset format aligned
            \pset border 2
            \pset unicode_border_linestyle double
            select id, note from t order by id;
            \pset unicode_column_linestyle d
            \pset unicode_header_linestyle double
            select id, note from t order by id;
            \x
            select id, note from t order by id;
            \x
            \pset unicode_header_linestyle triple
            \pset linestyle
            \pset linestyle o
            \pset linestyle nosuch
            \pset
            """#)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every document format with each border (3 too: latex rules every row) and expanded mode,
    /// titles, footers, `\t` and LaTeX's and troff's special characters.
    static var documentScript: String {
        var lines = [setup, #"insert into t values (4, 'a|b & $c_d {e} ~f^ \g #h %i <j>', ' ', 7);"#]
        for format in ["asciidoc", "latex", "latex-longtable", "troff-ms"] {
            lines.append("\\pset format \(format)")
            for border in 0...3 {
                lines.append("\\pset border \(border)")
                for expanded in ["off", "on"] {
                    lines.append("\\pset expanded \(expanded)")
                    lines.append("select * from t order by id;")
                    lines.append("\\pset title 'Title: a_b & c'")
                    lines.append("select id, note from t where id < 3 order by id;")
                    lines.append("\\t on")
                    lines.append("select id, note from t where id < 3 order by id;")
                    lines.append("\\t off")
                    lines.append("\\pset title")
                    lines.append("select id from t where false;")
                }
            }
        }
        lines.append(
            #"""
            \pset format latex-longtable
            \pset expanded off
            \pset tableattr '0.2 0.3'
            select * from t order by id;
            \pset border 2
            \pset title 'Long'
            select * from t order by id;
            \pset format troff-ms
            \d t
            \pset format asciidoc
            \d t
            \pset format latex
            \pset footer off
            select id from t order by id;
            \pset footer on
            create sequence s owned by t.id;
            \x on
            \d s
            \pset format aligned
            \d s
            \d t
            \pset format unaligned
            \d s
            \x off
            \pset format aligned
            \dt+ t
            \d+ t
            \set HIDE_TABLEAM on
            \dt+ t
            \d+ t
            """#)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func lineStylesPrintWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.lineStyleScript, database: "parity_linestyle", minimumBytes: 20000)
    }

    @Test func documentFormatsPrintWhatPsqlPrints() throws {
        try PsqlParity.expectSameOutput(Self.documentScript, database: "parity_docformats", minimumBytes: 20000)
    }
}
