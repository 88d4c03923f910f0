import Foundation

/// The order `lesson check` runs paths in, shared by its worker threads. A lesson's first path
/// (its golden path, which builds the lesson's cache entry) goes before the lesson's other
/// paths, which become ready the moment it ends: no worker waits for the slowest golden path
/// of the whole catalog before the others' paths may start. Firsts are taken before the rest,
/// so every lesson's cache is built early and the rest fill the tail.
final class PathQueue<Item>: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [Item]
    private var waiting: [String: [Item]]
    private var running = 0
    private var handedOut = 0
    private var closed = false

    /// `firsts` run first, in order; each of `rests` once its group's first (`group`) has ended.
    /// A rest whose group has no first is ready at once.
    init(firsts: [Item], rests: [Item], group: (Item) -> String) {
        let firstGroups = Set(firsts.map(group))
        ready = firsts
        waiting = Dictionary(grouping: rests.filter { firstGroups.contains(group($0)) }, by: group)
        ready += rests.filter { !firstGroups.contains(group($0)) }
    }

    /// The next item to run and how many were handed out before it, waiting while every
    /// remaining item waits for a running first; nil when nothing is left (or the queue was closed).
    func take() -> (item: Item, index: Int)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if closed { return nil }
            if !ready.isEmpty {
                running += 1
                handedOut += 1
                return (ready.removeFirst(), handedOut - 1)
            }
            if running == 0 { return nil }
            condition.wait()
        }
    }

    /// `item` ended; when it was its group's first, the group's other items are ready now.
    func finished(_ item: Item, wasFirstOf group: String?) {
        condition.lock()
        defer { condition.unlock() }
        running -= 1
        if let group, let rests = waiting.removeValue(forKey: group) { ready += rests }
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
