import Foundation
import Testing

@testable import PGCoachKit

/// `lesson check`'s order: each lesson's first path before its others, which are ready the
/// moment it ends (not when every lesson's first has ended).
@Suite struct PathQueueTests {
    /// Items are "lesson/path"; the group is the lesson.
    static func queue(firsts: [String], rests: [String]) -> PathQueue<String> {
        PathQueue(firsts: firsts, rests: rests) { String($0.split(separator: "/")[0]) }
    }

    @Test func firstsGoFirstAndEachLessonsRestFollowsItsOwnFirst() {
        let queue = Self.queue(firsts: ["a/golden", "b/golden"], rests: ["a/noop", "a/trap", "b/noop"])
        let first = queue.take()
        #expect(first?.item == "a/golden")
        #expect(first?.opens == "a")
        #expect(queue.take()?.item == "b/golden")
        // b's golden path ends first: b's rest is ready although a's golden path still runs.
        queue.finished(opening: "b")
        #expect(queue.take()?.item == "b/noop")
        queue.finished(opening: nil)
        queue.finished(opening: "a")
        let next = queue.take()
        #expect(next?.item == "a/noop")
        #expect(next?.index == 3)
        #expect(next?.opens == nil)
        #expect(queue.take()?.item == "a/trap")
        queue.finished(opening: nil)
        queue.finished(opening: nil)
        #expect(queue.take() == nil)
    }

    @Test func aLessonWithoutAFirstPathHasItsRestReadyAtOnce() {
        let queue = Self.queue(firsts: ["a/golden"], rests: ["a/noop", "c/noop"])
        #expect(queue.take()?.item == "a/golden")
        #expect(queue.take()?.item == "c/noop")
        queue.finished(opening: nil)
        queue.finished(opening: "a")
        #expect(queue.take()?.item == "a/noop")
    }

    @Test func aWorkerWaitingForAFirstGetsItsRestWhenItEnds() {
        let queue = Self.queue(firsts: ["a/golden"], rests: ["a/noop"])
        #expect(queue.take()?.item == "a/golden")
        let got = DispatchSemaphore(value: 0)
        let box = TakenBox()
        Thread.detachNewThread {
            box.item = queue.take()?.item
            got.signal()
        }
        queue.finished(opening: "a")
        #expect(got.wait(timeout: .now() + 10) == .success)
        #expect(box.item == "a/noop")
    }

    @Test func aClosedQueueHandsOutNothing() {
        let queue = Self.queue(firsts: ["a/golden", "b/golden"], rests: [])
        #expect(queue.take()?.item == "a/golden")
        queue.close()
        #expect(queue.take() == nil)
    }

    @Test func anEmptyQueueEndsAtOnce() {
        #expect(Self.queue(firsts: [], rests: []).take() == nil)
    }
}

private final class TakenBox: @unchecked Sendable {
    var item: String?
}
