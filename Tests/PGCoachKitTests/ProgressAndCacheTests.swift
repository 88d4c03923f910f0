import Foundation
import Testing

@testable import PGCoachKit

@Suite struct ProgressAndCacheTests {
    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "pgcoach-pc-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func concurrentSessionsLoseNoAttempts() {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(path: directory + "/progress.tsv")
        // 10 sessions at once, 5 attempts each, on two lessons; each record opens its own lock.
        DispatchQueue.concurrentPerform(iterations: 10) { session in
            for attempt in 0..<5 {
                store.record(lesson: session % 2 == 0 ? "a" : "b", score: session * 10 + attempt, hintsUsed: 0)
            }
        }
        let entries = store.load()
        #expect(entries["a"]?.attempts == 25)
        #expect(entries["b"]?.attempts == 25)
        #expect(entries["b"]?.best == 94)
    }

    @Test func theLessonCacheKeepsTheNewestVariantPerLesson() throws {
        let root = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let names = [
            "final-production-incident-00000000000000aa", "final-production-incident-00000000000000bb",
            "final-production-incident-00000000000000cc", "lock-smoke-0123456789abcdef", "lock-smoke-0123456789abcdef.tmp-12",
        ]
        for (index, name) in names.enumerated() {
            try FileManager.default.createDirectory(atPath: root + "/" + name, withIntermediateDirectories: true)
            try Data(count: 10_000).write(to: URL(fileURLWithPath: root + "/" + name + "/PG_VERSION"))
            let date = Date(timeIntervalSince1970: 1_000_000 + Double(index))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: root + "/" + name)
        }
        #expect(LessonCache.slug(ofEntry: names[0]) == "final-production-incident")
        #expect(LessonCache.slug(ofEntry: names[4]) == nil)
        let before = LessonCache.usage(in: root)
        #expect(before.entries == 4 && before.olderVariants == 2 && before.bytes > 0)

        let removed = LessonCache.trim(in: root)
        #expect(Set(removed.map { URL(fileURLWithPath: $0).lastPathComponent }) == Set(names[0...1]))
        let left = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(left == [names[2], names[3], names[4]].sorted())

        // Saving a new variant evicts the others of that lesson only, and never one a running
        // session holds (it restores from it on \reset).
        let held = LessonCache.hold(root + "/" + names[2])
        defer { close(held) }
        try FileManager.default.createDirectory(atPath: root + "/lock-smoke-fedcba9876543210", withIntermediateDirectories: true)
        LessonCache.evictOlderVariants(than: root + "/lock-smoke-fedcba9876543210")
        try FileManager.default.createDirectory(
            atPath: root + "/final-production-incident-00000000000000dd", withIntermediateDirectories: true)
        LessonCache.evictOlderVariants(than: root + "/final-production-incident-00000000000000dd")
        let after = try FileManager.default.contentsOfDirectory(atPath: root).filter { !$0.hasSuffix(".lock") }.sorted()
        #expect(after == [names[2], names[4], "final-production-incident-00000000000000dd", "lock-smoke-fedcba9876543210"].sorted())
    }
}
