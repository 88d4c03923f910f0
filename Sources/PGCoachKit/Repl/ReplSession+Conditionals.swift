import PsqlCore

/// `\if`, `\elif`, `\else`, `\endif`: the pure `ConditionalStack` decides, the session cuts
/// the query buffer back when a skipped branch ends, as psql does.
extension ReplSession {
    func beginIf(_ command: MetaCommand) {
        let state = scanner.bufferState
        let condition = conditionals.isActive ? evaluate(command, name: "\\if expression") : nil
        conditionals.pushIf(condition: condition, bufferLength: state.length, parenDepth: state.parenDepth)
    }

    func elseIf(_ command: MetaCommand) {
        let state = scanner.bufferState
        // The expression is read only when no branch was taken yet (psql even skips its
        // variable substitution otherwise; the scanner already substituted, harmlessly).
        let condition = conditionals.elifNeedsCondition ? evaluate(command, name: "\\elif expression") : nil
        apply(conditionals.elif(condition: condition, bufferLength: state.length, parenDepth: state.parenDepth))
    }

    func elseBranch() {
        let state = scanner.bufferState
        apply(conditionals.elseBranch(bufferLength: state.length, parenDepth: state.parenDepth))
    }

    func endIf() {
        apply(conditionals.endIf())
    }

    /// psql joins the arguments with spaces and reads a boolean; anything else is an error
    /// and counts as false.
    private func evaluate(_ command: MetaCommand, name: String) -> Bool? {
        let expression = command.arguments.joined(separator: " ")
        guard let value = PsqlBoolean.parse(expression) else {
            output.errorLine(PsqlBoolean.error(value: expression, name: name))
            return nil
        }
        return value
    }

    private func apply(_ outcome: ConditionalStack.Outcome) {
        switch outcome {
        case .ok:
            break
        case .discard(let length, let depth):
            scanner.truncateBuffer(to: length, parenDepth: depth)
        case .error(let message):
            output.errorLine(message)
            itemSucceeded = false
        }
    }
}
