import Foundation

/// Who goes first on a busy machine: sandbox starts and restores before spare copies.
///
/// One lock file in the cache (`spare-copy.lock`). A spare copy takes it exclusively (one copy
/// at a time on the machine), and only while nobody holds it shared; starts and restores hold
/// it shared while they run, without ever waiting for it. So when twenty learners start at
/// once, the spare copies wait until the starts are over instead of sharing the cores with them.
enum SpareTurn {
    static let fileName = "spare-copy.lock"

    /// Marks a start or restore as running, if no spare copy is running right now (it is not
    /// waited for): the descriptor to pass to `release`, or -1.
    static func holdForStart(cacheDirectory: String) -> Int32 {
        let turn = open(cacheDirectory + "/" + fileName, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard turn >= 0 else { return -1 }
        guard flock(turn, LOCK_SH | LOCK_NB) == 0 else {
            close(turn)
            return -1
        }
        return turn
    }

    /// Ends what `holdForStart` marked.
    static func release(_ turn: Int32) {
        if turn >= 0 { close(turn) }
    }
}
