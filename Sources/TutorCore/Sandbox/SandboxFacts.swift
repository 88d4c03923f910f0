/// What the app found in the sandbox beyond SQL, for one evaluation: the lesson directories
/// judged against the file checks and traps, and the actions run since the last reset.
public struct SandboxFacts: Sendable, Equatable {
    /// Check id → whether its `file:` condition holds.
    public var checkFiles: [String: FileVerdict]
    /// Trap id → whether its `file:` condition holds (the trap then triggers).
    public var trapFiles: [String: FileVerdict]
    /// Trap id → files of its `files_removed:` rule that were there after setup and are gone.
    public var removedFiles: [String: [String]]
    /// Action ids run since the sandbox was (re)set, in order.
    public var actionsTaken: [String]

    public init(
        checkFiles: [String: FileVerdict] = [:], trapFiles: [String: FileVerdict] = [:], removedFiles: [String: [String]] = [:],
        actionsTaken: [String] = []
    ) {
        self.checkFiles = checkFiles
        self.trapFiles = trapFiles
        self.removedFiles = removedFiles
        self.actionsTaken = actionsTaken
    }
}

/// The judge's reading of the sandbox facts: pure, called from `LessonJudge`.
public enum SandboxJudging {
    /// Whether a check's file and action conditions hold (true when it has none).
    public static func passes(_ check: FixCheck, _ facts: SandboxFacts) -> Bool {
        if check.file != nil && facts.checkFiles[check.id]?.holds != true { return false }
        if let action = check.actionTaken, !facts.actionsTaken.contains(action) { return false }
        return true
    }

    /// Why a trap's file or action condition triggered it, or nil.
    public static func trapReason(_ trap: Trap, _ facts: SandboxFacts) -> String? {
        if trap.file != nil, let verdict = facts.trapFiles[trap.id], verdict.holds {
            return trap.title
        }
        if let removed = facts.removedFiles[trap.id], !removed.isEmpty {
            let shown = removed.prefix(5).joined(separator: ", ") + (removed.count > 5 ? ", …" : "")
            return "\(trap.title) (\(removed.count) removed: \(shown))"
        }
        if let action = trap.actionTaken, facts.actionsTaken.contains(action) {
            return trap.title
        }
        return nil
    }

    /// Whether a check has anything for `passes` to judge.
    public static func hasCondition(_ check: FixCheck) -> Bool {
        check.file != nil || check.actionTaken != nil
    }

    /// Whether a trap has anything for `trapReason` to judge.
    public static func hasCondition(_ trap: Trap) -> Bool {
        trap.file != nil || trap.filesRemoved != nil || trap.actionTaken != nil
    }
}
