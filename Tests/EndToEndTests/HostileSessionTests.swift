import Foundation
import PGCoachTestSupport
import Testing

/// Garbage at the prompt of a real session (random bytes, invalid UTF-8, unclosed quotes,
/// stray backslash commands): pgcoach answers with errors and never crashes or hangs.
@Suite struct HostileSessionTests {
    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomInputAgainstARealServer(seed: UInt64) throws {
        let base = testServerConninfo()
        try #require(!base.isEmpty)
        var state = seed
        var text = ""
        let pieces = [
            "'", "\"", "$$", "/*", "*/", "--", "\\x", "\\dt", "\\p", "\\bogus", ";", "(", ")", "select ", "from ",
            "\u{FFFD}", "é", "漢", "\n", "\n", "1", "pg_class", " ",
        ]
        for _ in 0..<20_000 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            text += pieces[Int(state % UInt64(pieces.count))]
        }
        // No tail can be guaranteed to run (an unclosed quote swallows it, as in psql).
        let result = try BinaryRunner.run(BinaryRunner.pgcoach, ["connect", base], input: text)
        #expect(result.status == 0, "exit status \(result.status): \(result.output.suffix(500))")
        #expect(result.output.contains("invalid command") || result.output.contains("ERROR:"), "the input was processed")
    }
}
