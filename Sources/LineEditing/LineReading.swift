/// What one attempt to read an input line produced.
public enum LineReadResult: Sendable, Equatable {
    /// A line, without its trailing newline.
    case line(String)
    /// End of input (Ctrl-D on an empty line, or the end of a script).
    case endOfInput
    /// Ctrl-C while typing: the caller discards the pending input.
    case interrupted
}

/// A source of input lines: the libedit editor on a terminal, plain reading otherwise.
public protocol LineReading: AnyObject {
    /// Reads the next line, showing `prompt` first when the reader is interactive.
    func readLine(prompt: String) -> LineReadResult
    /// True when a person is typing (prompts, banners and confirmations make sense).
    var isInteractive: Bool { get }
    /// Records a complete statement or command in history (multi-line input as one entry).
    func addHistory(_ entry: String)
    /// True when the next `readLine` returns at once, from input already read (a script).
    var hasBufferedLine: Bool { get }
    /// The history, oldest first (psql's `\s`); nil when the reader keeps none, as psql keeps
    /// none when it is not reading from a terminal.
    var historyText: String? { get }
}

extension LineReading {
    public func addHistory(_ entry: String) {}
    public var hasBufferedLine: Bool { false }
    public var historyText: String? { nil }
}
