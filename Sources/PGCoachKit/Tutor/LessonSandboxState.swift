import PsqlCore
import TutorCore

/// What the lesson environment keeps about files and actions: the saved `files/` tree the
/// sandbox was set up with (what `\reset` restores and `files_removed:` compares with), and the
/// actions run since the last reset, in order.
final class LessonSandboxState {
    /// `<saved cluster>.files`: the lesson directories right after setup (nil without `files:`).
    var savedFiles: String?
    private(set) var actionsTaken: [String] = []
    /// Servers actions made (`restore`): gone again at `\\reset`.
    var createdServers: [String] = []

    func record(_ action: String) {
        actionsTaken.append(action)
    }

    /// After `\reset`: the sandbox is as set up, so no action has run in it.
    func clearActions() {
        actionsTaken = []
    }
}
