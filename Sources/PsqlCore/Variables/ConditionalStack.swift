/// psql's `\if` / `\elif` / `\else` / `\endif` state (`conditional.c`): a stack of branch states
/// with, per level, the query-buffer length and parenthesis depth to go back to when a skipped
/// branch ends (text typed in a skipped branch is discarded, as psql does).
public struct ConditionalStack: Sendable, Equatable {
    /// One `\if` level.
    public enum Branch: Sendable, Equatable {
        /// In a true branch.
        case active
        /// No branch taken yet; this one is false.
        case inactiveLookingForTrue
        /// A branch was taken already, or the whole block sits in a skipped outer branch.
        case ignored
        /// In the `\else` of a block that took no branch.
        case elseActive
        /// In the `\else` of a block that took a branch.
        case elseInactive
    }

    /// What a branching command asks the REPL to do.
    public enum Outcome: Sendable, Equatable {
        /// Nothing beyond the new state.
        case ok
        /// Cut the query buffer back to this length (and parenthesis depth): text from a
        /// skipped branch.
        case discard(bufferLength: Int, parenDepth: Int)
        /// psql's error message; the state is unchanged.
        case error(String)
    }

    private struct Level: Sendable, Equatable {
        var branch: Branch
        var bufferLength: Int
        var parenDepth: Int
    }

    private var levels: [Level] = []

    public init() {}

    /// True when statements and commands run (no `\if` open, or all open branches true).
    public var isActive: Bool {
        guard let top = levels.last else { return true }
        return top.branch == .active || top.branch == .elseActive
    }

    /// True when no `\if` is open.
    public var isEmpty: Bool { levels.isEmpty }

    /// The innermost branch state, nil outside any `\if`.
    public var top: Branch? { levels.last?.branch }

    /// `\if`: `condition` is evaluated only when the surrounding branch is active (pass the
    /// parsed boolean, nil for an expression that is not one, which counts as false as in psql).
    /// Remember the buffer state at the `\if`.
    public mutating func pushIf(condition: Bool?, bufferLength: Int, parenDepth: Int) {
        let branch: Branch = isActive ? (condition == true ? .active : .inactiveLookingForTrue) : .ignored
        levels.append(Level(branch: branch, bufferLength: bufferLength, parenDepth: parenDepth))
    }

    /// Whether `\elif` must evaluate its expression (only when no branch was taken yet).
    public var elifNeedsCondition: Bool { top == .inactiveLookingForTrue }

    /// `\elif`.
    public mutating func elif(condition: Bool?, bufferLength: Int, parenDepth: Int) -> Outcome {
        switch top {
        case nil: return .error("\\elif: no matching \\if")
        case .elseActive, .elseInactive: return .error("\\elif: cannot occur after \\else")
        case .active: return endTakenBranch(next: .ignored, bufferLength: bufferLength, parenDepth: parenDepth)
        case .inactiveLookingForTrue: return endSkippedBranch(next: condition == true ? .active : .inactiveLookingForTrue)
        case .ignored: return endSkippedBranch(next: .ignored)
        }
    }

    /// `\else`.
    public mutating func elseBranch(bufferLength: Int, parenDepth: Int) -> Outcome {
        switch top {
        case nil: return .error("\\else: no matching \\if")
        case .elseActive, .elseInactive: return .error("\\else: cannot occur after \\else")
        case .active: return endTakenBranch(next: .elseInactive, bufferLength: bufferLength, parenDepth: parenDepth)
        case .inactiveLookingForTrue: return endSkippedBranch(next: .elseActive)
        case .ignored: return endSkippedBranch(next: .elseInactive)
        }
    }

    /// The taken branch ends: its text stays (remembered as the point to cut back to).
    private mutating func endTakenBranch(next: Branch, bufferLength: Int, parenDepth: Int) -> Outcome {
        levels[levels.count - 1] = Level(branch: next, bufferLength: bufferLength, parenDepth: parenDepth)
        return .ok
    }

    /// A skipped branch ends: its text goes.
    private mutating func endSkippedBranch(next: Branch) -> Outcome {
        levels[levels.count - 1].branch = next
        let level = levels[levels.count - 1]
        return .discard(bufferLength: level.bufferLength, parenDepth: level.parenDepth)
    }

    /// `\endif`.
    public mutating func endIf() -> Outcome {
        guard let level = levels.popLast() else { return .error("\\endif: no matching \\if") }
        switch level.branch {
        case .active, .elseActive: return .ok
        case .inactiveLookingForTrue, .ignored, .elseInactive:
            return .discard(bufferLength: level.bufferLength, parenDepth: level.parenDepth)
        }
    }

    /// The branching commands, which run even in a skipped branch.
    public static func isBranchingCommand(_ name: String) -> Bool {
        name == "if" || name == "elif" || name == "else" || name == "endif"
    }
}
