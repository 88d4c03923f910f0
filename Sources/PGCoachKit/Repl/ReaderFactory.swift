import LineEditing
import TutorCore

/// Picks the line reader: libedit with history and completion for a person at a terminal,
/// plain reading for scripts and pipes.
struct ReaderFactory {
    let reader: LineReading
    private let completer: SessionCompleter?

    static func make(interactive: Bool) -> ReaderFactory {
        if interactive, let editor = EditLineReader(historyPath: StatePaths.historyFile) {
            let completer = SessionCompleter()
            editor.completer = completer
            return ReaderFactory(reader: editor, completer: completer)
        }
        return ReaderFactory(reader: PlainLineReader(descriptor: 0, interactive: interactive), completer: nil)
    }

    /// Connects completion to the session's connection and keeps its name cache fresh.
    func attach(to session: ReplSession) {
        guard let completer else { return }
        completer.session = session
        session.events.subscribe(.react) { [weak completer] in completer?.observe($0) }
    }
}
