import Testing

@testable import PsqlCore

/// Declarations: which typed names a spec answers, psql 15's command list, the `\?` page.
@Suite struct MetaCommandRegistryTests {
    @Test(arguments: [
        ("dt", true), ("dt+", true), ("dtS+", true), ("dt+S", true), ("dti", true), ("dtx", false), ("d", false),
        ("dT", false),
    ])
    func modifiersFollowTheName(_ typed: String, _ matches: Bool) {
        let spec = MetaCommandSpec(["dt"], "\\dt", "tables", group: .informational, modifiers: "S+tvmisE")
        #expect(spec.matches(typed) == matches)
    }

    @Test func aliasesMatch() {
        let spec = MetaCommandSpec(["c", "connect"], "\\c", "connect", group: .connection)
        #expect(spec.matches("connect") && spec.matches("c") && !spec.matches("conninfo") && !spec.matches("co"))
    }

    @Test(arguments: [
        "dfn", "df+", "dfaS+", "dX+", "dRp+", "dRs", "dconfig", "dconfig+", "sf+", "sv", "lo_list", "crosstabview", "pset", "H", "html",
        "copy", "gdesc", "dP", "dPit+",
    ])
    func psql15CommandsAreKnown(_ name: String) {
        #expect(PsqlCommandCatalog.isPsqlCommand(name))
    }

    @Test(arguments: ["hint", "bogus", "dtx", "dfz", "bind", "dconfigx", "", "export"])
    func otherNamesAreNot(_ name: String) {
        #expect(!PsqlCommandCatalog.isPsqlCommand(name))
    }

    @Test func helpGroupsCompanionsFirstAndAlignsSummaries() {
        let text = MetaCommandHelp.render([
            MetaCommandSpec(["q"], "\\q", "quit", group: .general),
            MetaCommandSpec(["hint"], "\\hint", "a hint", group: .tutor),
            MetaCommandSpec(["set"], "\\set [NAME [VALUE]]", "set a variable", group: .variables),
            MetaCommandSpec(["c"], "\\c [DB [USER [HOST [PORT]]]]", "connect", group: .connection),
        ])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.prefix(3) == ["Tutor", "  \\hint                  a hint", ""])
        #expect(lines.contains("  \\q                     quit"))
        #expect(lines.firstIndex(of: "General")! < lines.firstIndex(of: "Variables")!)
        #expect(text.hasSuffix("(\\conninfo).\n"))
        // A synopsis wider than the column puts its summary on the next line.
        #expect(text.contains("  \\c [DB [USER [HOST [PORT]]]]\n                         connect\n"))
    }
}
