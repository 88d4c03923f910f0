import Foundation
import PGCoachTestSupport
import Testing

/// Dotted patterns of the describe commands that take them their own way (`\dC`, `\ddp`,
/// `\dL`, `\drds`): too many parts, another database, the current one, as psql 15 answers.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlDescribePatternParityTests {
    static let script = #"""
        \dC host.parity_patterns.pg_catalog.int8
        \dC ).pg_catalog.int8
        \dC nonesuch.pg_catalog.int8
        \dC parity_patterns.pg_catalog.int8
        \dC pg_catalog.int8
        \ddp host.parity_patterns.pg_catalog.pg_class
        \ddp {.pg_catalog.pg_class
        \ddp nonesuch.pg_catalog.pg_class
        \ddp "no.such.schema"."no.such.default.access.privilege"
        \ddp "no.such.database"."no.such.schema"."no.such.default.access.privilege"
        \dL host.parity_patterns.plpgsql
        \dL *.plpgsql
        \dL nonesuch.plpgsql
        \dL parity_patterns.plpgsql
        \dL "no.such.schema"."no.such.language"
        \drds nonesuch.lc_messages
        \drds parity_patterns.lc_messages
        \drds postgres
        select 'still here' as done;
        """#

    @Test func dottedPatternsAreAnsweredAsPsqlAnswers() throws {
        try PsqlParity.expectSameOutput(Self.script, database: "parity_patterns", minimumBytes: 800)
    }
}
