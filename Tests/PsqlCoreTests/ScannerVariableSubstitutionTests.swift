import Testing

@testable import PsqlCore

/// A fake host: fixed variables, backticks answered from a table, warnings collected.
final class FakeScanHost: ScanHost {
    var values: [String: String]
    var commands: [String: String] = [:]
    var warnings: [String] = []
    var skipsArgumentsOf: Set<String> = []
    init(_ values: [String: String]) { self.values = values }
    func substitutesArguments(of name: String) -> Bool { !skipsArgumentsOf.contains(name) }
    func variableValue(_ name: String) -> String? { values[name] }
    /// Backtick commands asked for, in order.
    var ran: [String] = []
    func backtickOutput(_ command: String) -> String? {
        ran.append(command)
        return commands[command]
    }
    func scanWarning(_ message: String) { warnings.append(message) }
}

/// psql's variable substitution in SQL and in meta-command arguments.
@Suite struct ScannerVariableSubstitutionTests {
    static let variables = [
        "n": "42", "t": "it's", "b": "a\\b", "i": "My \"T\"", "stmt": "select 1; select 2", "q": "'open",
        "self": ":self", "empty": "",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let lines: [String]
        let items: [ScannedItem]
        var leftover = ""
        var testDescription: String { lines.joined(separator: "⏎") }
    }

    @Test(arguments: [
        Case(lines: ["select :n;"], items: [statement("select 42;")]),
        Case(lines: ["select :'t';"], items: [statement("select 'it''s';")]),
        Case(lines: ["select :'b';"], items: [statement("select  E'a\\\\b';")]),
        Case(lines: ["select 1 as :\"i\";"], items: [statement("select 1 as \"My \"\"T\"\"\";")]),
        Case(lines: ["select :{?n}, :{?nope};"], items: [statement("select TRUE, FALSE;")]),
        Case(lines: ["select :nope, :'nope', :\"nope\";"], items: [statement("select :nope, :'nope', :\"nope\";")]),
        // The value is lexed again: its `;` ends a statement, its quote opens a string.
        Case(lines: [":stmt;"], items: [statement("select 1;"), statement("select 2;")]),
        Case(lines: ["select :q;", "x';"], items: [statement("select 'open;\nx';")]),
        // Not inside quotes, comments or casts.
        Case(lines: ["select ':n', 1::int; -- :n"], items: [statement("select ':n', 1::int;")]),
        Case(lines: ["select :self;"], items: [statement("select :self;")]),
        Case(
            lines: ["\\echo :n :'t' :\"i\" x:n"],
            items: [meta("echo", ["42", "'it''s'", "\"My \"\"T\"\"\"", "x42"], raw: ":n :'t' :\"i\" x:n")]),
        Case(lines: ["\\echo :empty"], items: [meta("echo", [""], raw: ":empty")]),
    ])
    func substitutes(_ testCase: Case) {
        var scanner = StatementScanner()
        let host = FakeScanHost(Self.variables)
        var items: [ScannedItem] = []
        for line in testCase.lines {
            scanner.startLine(line)
            while let item = scanner.nextItem(host: host) { items.append(item) }
        }
        #expect(items == testCase.items)
        #expect(scanner.buffer == testCase.leftover)
    }

    @Test func recursiveExpansionIsRefusedWithPsqlsWarning() {
        var scanner = StatementScanner()
        let host = FakeScanHost(["self": "1 + :self"])
        scanner.startLine("select :self;")
        #expect(scanner.nextItem(host: host) == statement("select 1 + :self;"))
        #expect(host.warnings == ["skipping recursive expansion of variable \"self\""])
    }

    @Test func backticksRunThroughTheHostWithVariablesInside() {
        var scanner = StatementScanner()
        let host = FakeScanHost(["f": "a b"])
        host.commands = ["echo a b": "ran", "cat 'a b'": "quoted"]
        scanner.startLine("\\echo `echo :f` `cat :'f'`x")
        #expect(scanner.nextItem(host: host) == meta("echo", ["ran", "quotedx"], raw: "`echo :f` `cat :'f'`x"))
    }

    @Test func hostMayLeaveACommandsArgumentsAlone() {
        var scanner = StatementScanner()
        let host = FakeScanHost(["n": "42"])
        host.commands = ["touch x": ""]
        host.skipsArgumentsOf = ["elif"]
        scanner.startLine("\\elif :n `touch x` \\echo :n")
        #expect(scanner.nextItem(host: host) == meta("elif", [":n", "touch x"], raw: ":n `touch x`"))
        #expect(host.ran.isEmpty, "the backtick command must not run")
        #expect(scanner.nextItem(host: host) == meta("echo", ["42"], raw: ":n"))
    }

    @Test func inactiveBranchSubstitutesNothingAndKeepsTheBuffer() {
        var scanner = StatementScanner()
        let host = FakeScanHost(["n": "42"])
        scanner.isInactiveBranch = true
        scanner.startLine("select :n;")
        #expect(scanner.nextItem(host: host) == statement("select :n;"))
        #expect(scanner.buffer == "select :n;")
        scanner.truncateBuffer(to: 0, parenDepth: 0)
        #expect(scanner.isBufferEmpty)
    }
}
