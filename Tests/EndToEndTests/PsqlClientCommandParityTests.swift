import Foundation
import PGCoachTestSupport
import Testing

/// `\prompt`, `\password`, `\encoding`, `\w` and `\s` must do what psql 15 does. Both clients
/// run without a controlling terminal, so the prompts go to stderr and the answers are the
/// script's next lines, as psql reads them under cron or CI.
@Suite(.serialized, .enabled(if: hasTestServer()))
struct PsqlClientCommandParityTests {
    static let script = #"""
        select 1 as one;
        \prompt 'Your name? ' who
        Alice Smith
        \echo :who
        \prompt answer
        a value; with 'quotes'
        \echo :'answer'
        \prompt
        \prompt 'too many' a b c
        \encoding
        \encoding LATIN1
        \encoding
        \echo :ENCODING
        select 'é' as accent;
        \encoding nosuch
        \encoding UTF8
        select 'é' as accent;
        create role parity_pw login;
        \password parity_pw
        s3cret
        s3cret
        select rolpassword like 'SCRAM-SHA-256$%' as scram, rolpassword not like '%s3cret%' as hidden
          from pg_authid where rolname = 'parity_pw';
        \password parity_pw
        one
        two
        \password "PARITY_PW"
        x
        x
        \password PARITY_PW
        again
        again
        drop role parity_pw;
        select 2 as two
        \w :PARITY_DIR/buffer.sql
        \r
        \w :PARITY_DIR/previous.sql
        \w
        \w /nonexistent/dir/x
        \w |cat
        \! cat "$PARITY_DIR/buffer.sql" "$PARITY_DIR/previous.sql"
        \s
        \s :PARITY_DIR/history
        \set ON_ERROR_STOP on
        \s
        select 'not reached';
        """#

    @Test func clientCommandsDoWhatPsqlDoes() throws {
        try PsqlParity.expectSameOutput(Self.script, database: "parity_client", minimumBytes: 500, withoutTerminal: true)
    }

    @Test func aPasswordAtEndOfInputIsEmpty() throws {
        // Both prompts read nothing: the empty passwords match and the role is looked up.
        try PsqlParity.expectSameOutput(
            "\\password parity_no_such_role\n", database: "parity_client2", minimumBytes: 50, withoutTerminal: true)
    }
}
