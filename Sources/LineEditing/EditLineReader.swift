import CLineEditor
import LibC

/// Supplies completion candidates for the word before the cursor.
public protocol CompletionProviding: AnyObject {
    /// - Parameter beforeCursor: the line up to the cursor.
    /// - Returns: the length in bytes of the word being completed, and full candidate words.
    func completions(beforeCursor: String) -> (wordLength: Int, candidates: [String])
}

/// libedit line editing for a person at a terminal: emacs keys, history (own file, mode 0600),
/// Ctrl-R search, tab completion; Ctrl-C returns `.interrupted`.
public final class EditLineReader: LineReading {
    private let editor: OpaquePointer
    private let historyPath: String?
    public weak var completer: CompletionProviding?
    public var isInteractive: Bool { true }

    /// Returns nil when libedit cannot start (then use `PlainLineReader`).
    public init?(program: String = "pgcoach", historyPath: String?) {
        Self.setUpLocale()
        guard let editor = pgcoach_editor_create(program, 2000) else { return nil }
        self.editor = editor
        self.historyPath = historyPath
        if let historyPath {
            _ = pgcoach_editor_history_load(editor, historyPath)
        }
        pgcoach_editor_set_completer(
            editor,
            { context, before, wordLength in
                guard let context, let before, let wordLength else { return nil }
                let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
                guard let completer = reader.completer else { return nil }
                let (length, candidates) = completer.completions(beforeCursor: String(cString: before))
                guard !candidates.isEmpty else { return nil }
                wordLength.pointee = Int32(length)
                return strdup(candidates.joined(separator: "\n"))
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        pgcoach_editor_destroy(editor)
    }

    /// libedit decodes input with mbrtowc: in the C locale every non-ASCII byte would be dropped.
    static func setUpLocale() {
        if let current = setlocale(LC_CTYPE, ""), String(cString: current) != "C", String(cString: current) != "POSIX" {
            return
        }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }

    public func readLine(prompt: String) -> LineReadResult {
        pgcoach_editor_set_prompt(editor, prompt)
        var count: Int32 = 0
        guard let raw = pgcoach_editor_gets(editor, &count) else {
            if count == 0 { return .endOfInput }
            // EINTR (Ctrl-C or a terminating signal): libedit keeps its buffer unless reset.
            pgcoach_editor_reset(editor)
            return .interrupted
        }
        if pgcoach_editor_take_key_interrupt(editor) != 0 {
            return .interrupted
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func addHistory(_ entry: String) {
        let trimmed = entry.hasSuffix("\n") ? String(entry.dropLast()) : entry
        guard !trimmed.isEmpty else { return }
        _ = pgcoach_editor_history_add(editor, trimmed)
        saveHistory()
    }

    public var historyText: String? {
        guard let text = pgcoach_editor_history_text(editor) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    private func saveHistory() {
        guard let historyPath, historyPath != "/dev/null" else { return }
        let existed = access(historyPath, F_OK) == 0
        if pgcoach_editor_history_save(editor, historyPath) >= 0 && !existed {
            chmod(historyPath, 0o600)
        }
    }
}

/// Whether to use libedit: stdin and stdout are terminals and TERM is not `dumb`.
public enum TerminalCheck {
    public static var stdinIsInteractiveTerminal: Bool {
        guard isatty(0) == 1, isatty(1) == 1 else { return false }
        if let term = getenv("TERM").map({ String(cString: $0) }), term == "dumb" { return false }
        return true
    }
}
