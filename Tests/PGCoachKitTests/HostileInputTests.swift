import Foundation
import LineEditing
import PGCoachTestSupport
import PsqlCore
import Testing

/// The input path a script takes (raw bytes → PlainLineReader → StatementScanner) never traps
/// or hangs, whatever the bytes: invalid UTF-8, NULs, carriage returns, 1 MB lines, unclosed
/// quotes and comments.
@Suite struct HostileInputTests {
    static func hostileBytes(seed: UInt64, count: Int) -> [UInt8] {
        var generator = SeededRandom(seed: seed)
        let pieces: [[UInt8]] = [
            Array("'".utf8), Array("\"".utf8), Array("$$".utf8), Array("$tag$".utf8), Array("/*".utf8), Array("*/".utf8),
            Array("--".utf8), Array("\\".utf8), Array("\\g".utf8), Array(";".utf8), Array("(".utf8), Array(")".utf8),
            [0], [0xFF, 0xFE], [0xC3], [0xE2, 0x82], Array("\r\n".utf8), Array("\n".utf8), Array("é漢".utf8), Array(" select ".utf8),
        ]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            let r = generator.next()
            if r % 3 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: r >> 8))
            } else {
                bytes += pieces[Int((r >> 16) % UInt64(pieces.count))]
            }
        }
        return bytes
    }

    func scanAll(_ bytes: [UInt8]) throws -> Int {
        let path = NSTemporaryDirectory() + "/hostile-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let reader = PlainLineReader(descriptor: fd)
        var scanner = StatementScanner()
        var items = 0
        var lines = 0
        while case .line(let line) = reader.readLine(prompt: "") {
            lines += 1
            items += scanner.feed(line: line).count
            #expect(lines <= bytes.count + 1, "the reader must make progress")
        }
        if scanner.finish() != nil { items += 1 }
        return items
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomBytesNeverTrap(seed: UInt64) throws {
        _ = try scanAll(Self.hostileBytes(seed: seed, count: 200_000))
    }

    @Test func oneMegabyteLinesAndUnterminatedConstructs() throws {
        let huge = Array(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for opener in ["'", "\"", "$$", "/*", "("] {
            var bytes = Array("select \(opener)".utf8) + huge + Array("\n".utf8)
            bytes += Array(repeating: Array("more\n".utf8), count: 10_000).flatMap { $0 }
            #expect(try scanAll(bytes) <= 1, "an unterminated \(opener) swallows the rest as one statement at most")
        }
        #expect(try scanAll(Array("select 1;".utf8) + huge + Array(";\n".utf8)) == 2)
    }
}
