import Foundation

/// Best score, attempts and hints used per lesson, in one small tab-separated text file under
/// the state directory (`progress.tsv`), easy to read, diff or copy to another machine.
struct ProgressStore {
    struct Entry: Equatable {
        var best: Int?
        var attempts: Int
        var hintsAtBest: Int?
    }

    let path: String

    init(path: String = StatePaths.directory + "/progress.tsv") {
        self.path = path
    }

    func load() -> [String: Entry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let attempts = Int(fields[2]) else { continue }
            entries[fields[0]] = Entry(best: Int(fields[1]), attempts: attempts, hintsAtBest: Int(fields[3]))
        }
        return entries
    }

    /// Counts an attempt; keeps the score if it is the best so far. The read-modify-write runs
    /// under an exclusive lock on `progress.tsv.lock`, so concurrent sessions (a class on one
    /// machine) never lose each other's attempts; the file is replaced by rename, so a reader
    /// never sees half of it.
    func record(lesson: String, score: Int?, hintsUsed: Int) {
        guard StatePaths.ensureDirectory((path as NSString).deletingLastPathComponent) != nil else { return }
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return }
        defer { close(lock) }  // releases the lock
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { return }
        }
        var entries = load()
        var entry = entries[lesson] ?? Entry(best: nil, attempts: 0, hintsAtBest: nil)
        entry.attempts += 1
        if let score, score > (entry.best ?? -1) || (score == entry.best && hintsUsed < (entry.hintsAtBest ?? .max)) {
            entry.best = score
            entry.hintsAtBest = hintsUsed
        }
        entries[lesson] = entry
        var text = "# lesson\tbest\tattempts\thints_at_best\n"
        for (id, e) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(id)\t\(e.best.map(String.init) ?? "")\t\(e.attempts)\t\(e.hintsAtBest.map(String.init) ?? "")\n"
        }
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
