import PsqlCore

/// One backslash command the REPL runs: its declaration (names, `\?` text, group) and its
/// handler. Adding a command is adding one entry to `ReplSession.psqlCommands`.
struct MetaCommandEntry: Sendable {
    let spec: MetaCommandSpec
    /// How many arguments the command reads; psql warns about the others and ignores them.
    /// nil: it reads them all (or checks them itself, as the describe commands do).
    let maxArguments: Int?
    let run: @Sendable (ReplSession, MetaCommand) -> Void

    init(
        _ names: [String], _ synopsis: String, _ summary: String, group: MetaCommandSpec.Group, modifiers: String = "",
        maxArguments: Int? = nil, run: @escaping @Sendable (ReplSession, MetaCommand) -> Void
    ) {
        self.spec = MetaCommandSpec(names, synopsis, summary, group: group, modifiers: modifiers)
        self.maxArguments = maxArguments
        self.run = run
    }
}

/// The commands a session answers: the psql table plus what the companions declare. Dispatch,
/// `\?`, completion and the "not run here" line are all read from here.
struct MetaCommandRegistry {
    let entries: [MetaCommandEntry]
    let companionSpecs: [MetaCommandSpec]

    /// The psql entry for a typed name (`dt+` finds `\dt`). A describe command psql accepts
    /// under a looser name (`\dxfoo`, `\dit`) goes to the describe entry, which reads the name
    /// the way psql does.
    func entry(for name: String) -> MetaCommandEntry? {
        if let exact = entries.first(where: { $0.spec.matches(name) }) { return exact }
        guard DescribeCommand.handles(name) else { return nil }
        return entries.first { $0.spec.names == ["d"] }
    }

    /// What `\?` lists: the companions' commands, then psql's.
    var helpText: String {
        MetaCommandHelp.render(companionSpecs + entries.map(\.spec))
    }

    /// Every name Tab completes after a backslash.
    var completionNames: [String] {
        var seen = Set<String>()
        return (companionSpecs + entries.map(\.spec)).flatMap(\.names).filter { seen.insert($0).inserted }
    }
}
