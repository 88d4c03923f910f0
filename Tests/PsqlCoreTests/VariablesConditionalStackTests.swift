import Testing

@testable import PsqlCore

/// `\if` blocks as psql's conditional.c runs them: which branches are active, what buffer text
/// is discarded, and psql's messages for misplaced commands.
@Suite struct VariablesConditionalStackTests {
    enum Op: Sendable {
        case ifThen(Bool?)
        case elif(Bool?)
        case otherwise, endIf
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let ops: [Op]
        /// `isActive` after each op.
        let active: [Bool]
        var errors: [String] = []
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "true if", ops: [.ifThen(true), .otherwise, .endIf], active: [true, false, true]),
        Case(name: "false if, else", ops: [.ifThen(false), .otherwise, .endIf], active: [false, true, true]),
        Case(name: "invalid expression counts as false", ops: [.ifThen(nil), .otherwise], active: [false, true]),
        Case(
            name: "first true elif wins", ops: [.ifThen(false), .elif(true), .elif(true), .otherwise, .endIf],
            active: [false, true, false, false, true]),
        Case(
            name: "nested in a skipped branch stays skipped",
            ops: [.ifThen(false), .ifThen(true), .otherwise, .endIf, .otherwise, .endIf],
            active: [false, false, false, false, true, true]),
        Case(name: "endif without if", ops: [.endIf], active: [true], errors: ["\\endif: no matching \\if"]),
        Case(name: "else without if", ops: [.otherwise], active: [true], errors: ["\\else: no matching \\if"]),
        Case(name: "elif without if", ops: [.elif(true)], active: [true], errors: ["\\elif: no matching \\if"]),
        Case(
            name: "elif after else", ops: [.ifThen(true), .otherwise, .elif(true)], active: [true, false, false],
            errors: ["\\elif: cannot occur after \\else"]),
        Case(
            name: "else after else", ops: [.ifThen(false), .otherwise, .otherwise], active: [false, true, true],
            errors: ["\\else: cannot occur after \\else"]),
    ])
    func branches(_ testCase: Case) {
        var stack = ConditionalStack()
        var active: [Bool] = []
        var errors: [String] = []
        for op in testCase.ops {
            var outcome = ConditionalStack.Outcome.ok
            switch op {
            case .ifThen(let value): stack.pushIf(condition: value, bufferLength: 0, parenDepth: 0)
            case .elif(let value): outcome = stack.elif(condition: value, bufferLength: 0, parenDepth: 0)
            case .otherwise: outcome = stack.elseBranch(bufferLength: 0, parenDepth: 0)
            case .endIf: outcome = stack.endIf()
            }
            if case .error(let message) = outcome { errors.append(message) }
            active.append(stack.isActive)
        }
        #expect(active == testCase.active)
        #expect(errors == testCase.errors)
    }

    @Test func skippedBranchTextIsDiscardedTakenBranchTextKept() {
        var stack = ConditionalStack()
        // "select 1" (8 bytes) before \if false; the false branch adds text up to 20 bytes.
        stack.pushIf(condition: false, bufferLength: 8, parenDepth: 1)
        #expect(stack.elseBranch(bufferLength: 20, parenDepth: 2) == .discard(bufferLength: 8, parenDepth: 1))
        #expect(stack.endIf() == .ok)
        // A taken branch's text stays; the skipped else's text goes back to the end of it.
        stack.pushIf(condition: true, bufferLength: 0, parenDepth: 0)
        #expect(stack.elseBranch(bufferLength: 12, parenDepth: 0) == .ok)
        #expect(stack.endIf() == .discard(bufferLength: 12, parenDepth: 0))
    }
}
