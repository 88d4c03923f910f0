import Foundation

/// The order `lesson check` runs paths in, shared by its worker threads. A lesson's first path
/// (its golden path, which builds the lesson's cache entry) goes before the lesson's other
/// paths, which become ready the moment it ends: no worker waits for the slowest golden path
/// of the whole catalog before the others' paths may start. Firsts are taken before the rest,
/// so every lesson's cache is built early and the rest fill the tail.
final class PathQueue<Item>: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    /// Items ready to run, each with the group it opens when it ends (a first's own group).
    private var ready: [(item: Item, opens: String?)]
    private var waiting: [String: [Item]]
    private var running = 0
    private var handedOut = 0
    private var closed = false

    /// `firsts` run first, in order; each of `rests` once its group's first (`group`) has ended.
    /// A rest whose group has no first is ready at once.
    init(firsts: [Item], rests: [Item], group: (Item) -> String) {
        let firstGroups = Set(firsts.map(group))
        ready = firsts.map { ($0, group($0)) }
        waiting = Dictionary(grouping: rests.filter { firstGroups.contains(group($0)) }, by: group)
        ready += rests.filter { !firstGroups.contains(group($0)) }.map { ($0, nil) }
    }

    /// The next item to run, how many were handed out before it, and the group its end opens
    /// (for `finished`), waiting while every remaining item waits for a running first; nil
    /// when nothing is left (or the queue was closed).
    func take() -> (item: Item, index: Int, opens: String?)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if closed { return nil }
            if !ready.isEmpty {
                running += 1
                handedOut += 1
                let next = ready.removeFirst()
                return (next.item, handedOut - 1, next.opens)
            }
            if running == 0 { return nil }
            condition.wait()
        }
    }

    /// An item ended; the group it `opens` (as `take` said) has its other items ready now.
    func finished(opening group: String?) {
        condition.lock()
        defer { condition.unlock() }
        running -= 1
        if let group, let rests = waiting.removeValue(forKey: group) { ready += rests.map { ($0, nil) } }
        condition.broadcast()
    }

    /// No more items are handed out (the self-test was interrupted).
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }
}
