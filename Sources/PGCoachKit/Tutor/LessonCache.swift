import Foundation
import Sandbox

/// The saved lesson clusters (`<cache>/lessons/<slug>-<hash>`, one per lesson text and server
/// version), which make warm starts and `\reset` a copy.
///
/// Every edit of a lesson's text makes a new variant of about 80 MB, and only the newest is
/// ever used again, so saving a variant evicts the older ones of the same lesson; `doctor`
/// shows what the cache holds and `doctor --clean` trims it to the newest per lesson.
enum LessonCache {
    /// The cache of lesson clusters under a pgcoach cache directory.
    static func root(in cacheDirectory: String) -> String { cacheDirectory + "/lessons" }

    /// The lesson slug of an entry named `<slug>-<16 hex digits>`, or nil for anything else
    /// (a save in progress, a stray file).
    static func slug(ofEntry name: String) -> String? {
        let parts = name.split(separator: "-")
        guard parts.count >= 2, let hash = parts.last, hash.count == 16, hash.allSatisfy(\.isHexDigit) else { return nil }
        return String(name.dropLast(17))
    }

    /// Marks `entry` (a full path) as in use by this process, for as long as it runs (or until
    /// `release`): a shared lock on `<entry>.lock`. A session starts from its entry and `\reset`
    /// copies from it again, so eviction must never take an entry a running session holds.
    static func hold(_ entry: String) -> Int32 {
        let lock = open(entry + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return -1 }
        if flock(lock, LOCK_SH) != 0 {
            close(lock)
            return -1
        }
        return lock
    }

    /// After `entry` (a full path) was saved: removes the other variants of its lesson that no
    /// running session holds.
    static func evictOlderVariants(than entry: String) {
        let (root, name) = (URL(fileURLWithPath: entry).deletingLastPathComponent().path, URL(fileURLWithPath: entry).lastPathComponent)
        guard let slug = slug(ofEntry: name) else { return }
        for other in entries(in: root) where other != name && Self.slug(ofEntry: other) == slug {
            remove(root + "/" + other)
        }
    }

    /// Keeps the newest variant of every lesson (and any variant a running session holds);
    /// returns the paths removed.
    @discardableResult
    static func trim(in root: String) -> [String] {
        var newest: [String: (name: String, modified: Date)] = [:]
        var removed: [String] = []
        for name in entries(in: root) {
            guard let slug = slug(ofEntry: name) else { continue }
            let modified =
                (try? FileManager.default.attributesOfItem(atPath: root + "/" + name)[.modificationDate] as? Date) ?? .distantPast
            guard let kept = newest[slug] else {
                newest[slug] = (name, modified)
                continue
            }
            let keepNew = modified > kept.modified
            let older = keepNew ? kept.name : name
            if remove(root + "/" + older) { removed.append(root + "/" + older) }
            if keepNew { newest[slug] = (name, modified) }
        }
        return removed
    }

    /// Removes an entry with its baseline and lock files, unless a session holds it.
    @discardableResult
    private static func remove(_ entry: String) -> Bool {
        let lock = open(entry + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return false }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return false }
        try? FileManager.default.removeItem(atPath: entry)
        try? FileManager.default.removeItem(atPath: entry + ".baseline.json")
        try? FileManager.default.removeItem(atPath: entry + ".files")
        unlink(entry + ".lock")
        return true
    }

    /// How many lesson clusters the cache holds, how many are older variants, and their size.
    static func usage(in root: String) -> (entries: Int, olderVariants: Int, bytes: Int64) {
        var slugs = Set<String>()
        var count = 0
        for name in entries(in: root) {
            guard let slug = slug(ofEntry: name) else { continue }
            count += 1
            slugs.insert(slug)
        }
        return (count, count - slugs.count, FileTree.diskUsage(of: root))
    }

    private static func entries(in root: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    }
}
