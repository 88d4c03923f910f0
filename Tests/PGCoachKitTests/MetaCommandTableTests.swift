import Testing

@testable import PGCoachKit
@testable import PsqlCore

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
        // psql 15's layout: groups in its order, a long synopsis pushes the text to the next line.
        #expect(help.contains("Informational\n"))
        #expect(help.contains("\nLarge Objects\n  \\lo_export LOBOID FILE write large object to file\n"))
        #expect(help.contains("  \\lo_import FILE [COMMENT]\n                         read large object from file\n"))
        #expect(help.contains("  \\pset [NAME [VALUE]]   set table output option\n"))
        let order = ["Informational", "Large Objects", "Formatting", "Connection"].map { help.range(of: "\n\($0)\n")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func psqlEntriesAreRealPsqlCommands() {
        for spec in ReplSession.psqlCommands.map(\.spec) {
            for name in spec.names {
                #expect(PsqlCommandCatalog.isPsqlCommand(name), "\\\(name) is not a psql 15 command")
            }
        }
    }

    @Test(arguments: [
        "dt+", "dtS", "di", "l+", "list", "c", "connect", "gx", "ir", "include_relative", "o", "out", "dfn", "pset",
        "copy", "sf+", "H", "html", "lo_import", "lo_list+", "dAc+", "dP", "dxfoo", "crosstabview",
    ])
    func typedNamesFindTheirEntry(_ typed: String) {
        let registry = MetaCommandRegistry(entries: ReplSession.psqlCommands, companionSpecs: [])
        #expect(registry.entry(for: typed) != nil)
    }

    @Test(arguments: ["copyright", "dfz", "hint", "bogus"])
    func otherNamesAreNotRunHere(_ typed: String) {
        let registry = MetaCommandRegistry(entries: ReplSession.psqlCommands, companionSpecs: [])
        #expect(registry.entry(for: typed) == nil)
    }
}
