import Foundation
import PGCoachTestSupport
import Sandbox
import Testing

/// Exit statuses and output failures as `psql -X` has them on the same input.
@Suite struct ExitStatusTests {
    /// Runs `pgcoach connect CONNINFO` through the shell with `redirections` applied.
    private func shell(_ command: String) throws -> BinaryRunner.Outcome {
        try BinaryRunner.run("/bin/sh", ["-c", command], input: "")
    }

    @Test func closedPipeFullDeviceAndClosedStdout() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let pgcoach = "'\(BinaryRunner.pgcoach)' connect \"\(server.conninfo())\""
        // A closed pipe: quiet, and the status psql's SIGPIPE death gives (141).
        let pipe = try shell("f=$(mktemp); (yes 'select 1;' | head -5000 | \(pgcoach); echo $? > $f) | head -2 >/dev/null; cat $f; rm $f")
        #expect(pipe.output == "141\n", "\(pipe.output)")
        // A full device: said once, status non-zero.
        let full = try shell("printf 'select 1;\\nselect 2;\\n' | \(pgcoach) >/dev/full; echo status=$?")
        #expect(full.output.hasSuffix("status=1\n"), "\(full.output)")
        #expect(full.output.components(separatedBy: "No space left on device").count == 2, "\(full.output)")
        // stdout closed at start: results go nowhere, never into the server connection.
        let closed = try shell("printf 'select 1;\\nselect 2 as two;\\n' | \(pgcoach) >&-; echo status=$?")
        #expect(closed.output == "status=0\n", "\(closed.output)")
    }

    @Test func ctrlCInAScriptCancelsAndStopsWithStatus3() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let command = """
            printf 'select pg_sleep(5);\\nselect 42 as after;\\n' > /tmp/pgcoach-sigint-$$.sql
            '\(BinaryRunner.pgcoach)' connect "\(server.conninfo())" < /tmp/pgcoach-sigint-$$.sql & p=$!
            sleep 1; kill -INT $p; wait $p; echo status=$?; rm -f /tmp/pgcoach-sigint-$$.sql
            """
        let run = try shell(command)
        #expect(run.output.contains("canceling statement due to user request"), "\(run.output)")
        #expect(!run.output.contains("after"), "the script stops: \(run.output)")
        #expect(run.output.hasSuffix("status=3\n"), "\(run.output)")
    }

    @Test func invalidUTF8IsSentAsBytesForTheServerToJudge() throws {
        let server = try Sandbox.start(SandboxOptions(cacheDirectory: SandboxTestSupport.sharedCacheDirectory))
        defer { server.stop() }
        let input = "printf \"select '\\377\\376' as x;\\nselect 'after' as next;\\n\""
        let ours = try shell("\(input) | '\(BinaryRunner.pgcoach)' connect \"\(server.conninfo())\" 2>&1")
        let psql = try shell("\(input) | psql -X \"\(server.conninfo())\" 2>&1")
        #expect(ours.output.contains("invalid byte sequence for encoding \"UTF8\": 0xff"), "\(ours.output)")
        #expect(ours.output == psql.output)
    }
}
