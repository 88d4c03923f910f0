import PsqlCore

/// One learner input with what it produced, as a transcript shows it.
public struct TranscriptStep: Sendable, Equatable {
    /// Whether the input's result was recorded.
    public enum Completion: Sendable, Equatable {
        case complete
        /// SQL whose result never reached the journal, though the session went on.
        case noResult
        /// The session ended (or was killed) while this ran.
        case interrupted
    }

    public var elapsedMilliseconds: Double
    public var database: String
    public var input: String
    public var isMetaCommand: Bool
    /// Text the meta-command printed, without the hints that the transcript shows on their own.
    public var output: String?
    public var record: ExecutionRecord?
    public var completion: Completion

    /// The record, when it holds anything to show (the tutor's own commands record nothing).
    public var shownRecord: ExecutionRecord? {
        guard let record else { return nil }
        let empty =
            record.kind == .metaCommand && record.results.isEmpty && record.error == nil && record.notices.isEmpty
            && !record.connectionLost
        return empty ? nil : record
    }
}

/// A transcript in reading order: each input with its result, then the tutor events it caused.
public enum TranscriptEntry: Sendable, Equatable {
    case step(TranscriptStep)
    /// Text printed outside any input (rare: older journals).
    case output(elapsedMilliseconds: Double, text: String)
    /// Milestone, hint, phase, checks, sessions, reset, scorecard, postmortem or note.
    case event(JournalEvent)

    /// Pairs inputs with their results and output. Tutor events journaled while a meta-command
    /// was still collecting its output (a hint, a scorecard) come right after that command, so
    /// a transcript reads cause then effect.
    public static func build(_ events: [JournalEvent]) -> [TranscriptEntry] {
        var entries: [TranscriptEntry] = []
        var pending: TranscriptStep?
        var held: [JournalEvent] = []

        func flush() {
            // `\note TEXT` is shown once, as the note it journaled.
            let isNote = pending.map { $0.isMetaCommand && $0.input.hasPrefix("\\note") } == true && held.contains { $0.kind == .note }
            if let step = pending, !isNote { entries.append(.step(step)) }
            pending = nil
            entries += held.map { .event($0) }
            held = []
        }

        for event in events {
            switch event.kind {
            case .sessionStart, .end:
                continue
            case .input:
                if pending?.record == nil, pending?.isMetaCommand == false { pending?.completion = .noResult }
                flush()
                let input = event.input ?? ""
                pending = TranscriptStep(
                    elapsedMilliseconds: event.elapsedMilliseconds, database: event.database ?? "?", input: input,
                    isMetaCommand: event.inputKind == .metaCommand || (event.inputKind == nil && input.hasPrefix("\\")),
                    output: nil, record: nil, completion: .complete)
            case .result:
                guard let record = event.record else { continue }
                if pending == nil {
                    pending = TranscriptStep(
                        elapsedMilliseconds: event.elapsedMilliseconds, database: record.database, input: record.input,
                        isMetaCommand: record.kind == .metaCommand, output: nil, record: nil, completion: .complete)
                }
                pending?.record = record
                // A meta-command's printed text (tutor messages, psql's notes) follows at the next input.
                if record.kind == .sql { flush() }
            case .output:
                // Hints and the postmortem are shown once, as their own events.
                let shownApart = held.filter { $0.kind == .hint || $0.kind == .postmortem }.compactMap(\.text)
                let text = removingHints(shownApart, from: event.text ?? "")
                if pending != nil {
                    pending?.output = text.isEmpty ? nil : text
                    flush()
                } else if !text.isEmpty {
                    entries.append(.output(elapsedMilliseconds: event.elapsedMilliseconds, text: text))
                }
            default:
                if pending != nil { held.append(event) } else { entries.append(.event(event)) }
            }
        }
        if let step = pending, step.record == nil {
            let ended = events.contains { $0.kind == .end }
            if !step.isMetaCommand || !ended { pending?.completion = .interrupted }
        }
        flush()
        return entries
    }

    /// Drops the lines that printed a hint or the postmortem (the transcript shows each once, as
    /// its own event).
    static func removingHints(_ hints: [String], from text: String) -> String {
        var text = text
        for hint in hints where !hint.isEmpty {
            guard let range = text.firstRange(of: hint) else { continue }
            let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            var end = range.upperBound
            if end < text.endIndex, text[end] == "\n" { end = text.index(after: end) }
            text.removeSubrange(lineStart..<end)
        }
        while text.hasSuffix("\n") { text.removeLast() }
        while text.hasPrefix("\n") { text.removeFirst() }
        return text
    }
}
