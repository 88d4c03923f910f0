import PsqlCore

/// psql's output settings: `\pset` and its shortcuts `\a`, `\C`, `\f`, `\H`, `\t`, `\x`. The
/// rules live in `PrintSettings`; these handlers read the arguments, print psql's messages and
/// warn about extra arguments as psql does.
extension ReplSession {
    /// `\pset [NAME [VALUE]]`: without arguments lists every setting; with a name alone shows
    /// it (or toggles it, for the on/off ones); with a value sets it.
    func runPset(_ command: MetaCommand) {
        guard let name = command.arguments.first else {
            for line in settings.print.listing { output.line(line) }
            return
        }
        applyPrintSetting(name, command.arguments.dropFirst().first)
        warnExtraArguments(command, beyond: 2)
    }

    /// `\a`: switches between aligned and unaligned.
    func toggleUnaligned(_ command: MetaCommand) {
        runPsetShortcut(command, "format", settings.print.format == .aligned ? "unaligned" : "aligned")
    }

    /// `\H`: switches between HTML and aligned.
    func toggleHTML(_ command: MetaCommand) {
        runPsetShortcut(command, "format", settings.print.format == .html ? "aligned" : "html")
    }

    /// `\C [TITLE]`: sets the table title, or unsets it.
    func setTitle(_ command: MetaCommand) { runPsetShortcut(command, "title") }

    /// `\f [SEPARATOR]`: sets the unaligned field separator, or shows it.
    func setFieldSeparator(_ command: MetaCommand) { runPsetShortcut(command, "fieldsep") }

    /// `\T [ATTRIBUTES]`: sets the HTML table tag's attributes, or unsets them.
    func setTableAttributes(_ command: MetaCommand) { runPsetShortcut(command, "tableattr") }

    /// `\t [on|off]`: tuples only, or toggles it.
    func setTuplesOnly(_ command: MetaCommand) { runPsetShortcut(command, "tuples_only") }

    /// `\x [on|off|auto]`: expanded output, or toggles it (auto toggles to off, as in psql).
    func setExpanded(_ command: MetaCommand) { runPsetShortcut(command, "expanded") }

    /// A shortcut for one `\pset` parameter: with `fixedValue` it takes no argument, otherwise
    /// its one optional argument is the value.
    private func runPsetShortcut(_ command: MetaCommand, _ name: String, _ fixedValue: String? = nil) {
        if let fixedValue {
            applyPrintSetting(name, fixedValue)
            warnExtraArguments(command, beyond: 0)
        } else {
            applyPrintSetting(name, command.arguments.first)
            warnExtraArguments(command, beyond: 1)
        }
    }

    private func applyPrintSetting(_ name: String, _ value: String?) {
        switch settings.print.apply(name, value) {
        // psql's QUIET silences what `\pset` and its shortcuts report, not their errors.
        case .changed(let message): if !variables.quiet { output.line(message) }
        case .silent: break
        case .failed(let message):
            output.errorLine(message)
            itemSucceeded = false
        }
    }

    /// psql names and ignores arguments a command does not take.
    func warnExtraArguments(_ command: MetaCommand, beyond count: Int) {
        for extra in command.arguments.dropFirst(count) {
            output.warningLine("\\\(command.name): extra argument \"\(extra)\" ignored")
        }
    }
}
