import LineEditing

/// A reader whose first line waits until `ready()` says the lesson may be touched: the prompt
/// comes up while the judge's baseline is still being measured, and nothing the learner types
/// may change the state before it is. A learner reading the briefing never waits; a script's
/// first line does. When `ready()` says no, the input ends there.
final class FirstLineGate: LineReading {
    private let reader: any LineReading
    private var ready: (() -> Bool)?

    init(_ reader: any LineReading, ready: @escaping () -> Bool) {
        self.reader = reader
        self.ready = ready
    }

    func readLine(prompt: String) -> LineReadResult {
        let result = reader.readLine(prompt: prompt)
        guard case .line = result, let ready else { return result }
        self.ready = nil
        return ready() ? result : .endOfInput
    }

    var isInteractive: Bool { reader.isInteractive }
    func addHistory(_ entry: String) { reader.addHistory(entry) }
    var hasBufferedLine: Bool { reader.hasBufferedLine }
    var historyText: String? { reader.historyText }
}
