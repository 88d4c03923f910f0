import Testing
@testable import PGCoachCore
@testable import PGCoachKit

/// The psql command table is the one source of dispatch, `\?` and completion: every command
/// in it is listed, completes, and is a real psql 15 command.
@Suite struct MetaCommandTableTests {
    static let companions = [
        MetaCommandSpec(["hint"], "\\hint", "the next hint", group: .tutor),
        MetaCommandSpec(["export"], "\\export [FILE]", "a transcript", group: .journal),
    ]

    @Test func everyCommandIsListedAndCompletes() {
        let registry = MetaCommandRegistry(entries: ReplSession.psqlCommands, companionSpecs: Self.companions)
        let help = registry.helpText
        for spec in registry.entries.map(\.spec) + Self.companions {
            #expect(
                help.contains("  " + spec.synopsis + " ") || help.contains("  " + spec.synopsis + "\n"),
                "\\? lacks \(spec.synopsis)")
            for name in spec.names {
                #expect(registry.completionNames.contains(name), "\\\(name) does not complete")
            }
        }
        #expect(help.hasPrefix("Tutor\n  \\hint"))
        #expect(help.contains("\\export [FILE]"))
    }

    @Test func psqlEntriesAreRealPsqlCommands() {
        for spec in ReplSession.psqlCommands.map(\.spec) {
            for name in spec.names {
                #expect(PsqlCommandCatalog.isPsqlCommand(name), "\\\(name) is not a psql 15 command")
            }
        }
    }

    @Test(arguments: ["dt+", "dtS", "di", "l+", "list", "c", "connect", "gx", "ir", "include_relative", "o", "out"])
    func typedNamesFindTheirEntry(_ typed: String) {
        let registry = MetaCommandRegistry(entries: ReplSession.psqlCommands, companionSpecs: [])
        #expect(registry.entry(for: typed) != nil)
    }

    @Test(arguments: ["dfn", "pset", "copy", "sf", "hint", "bogus"])
    func otherNamesAreNotRunHere(_ typed: String) {
        let registry = MetaCommandRegistry(entries: ReplSession.psqlCommands, companionSpecs: [])
        #expect(registry.entry(for: typed) == nil)
    }
}
