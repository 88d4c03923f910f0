/// What a transcript says about a tutor event (or a note), whatever the format: a kind for
/// styling, a symbol, a bold label and the text after it. Markdown and HTML only wrap it.
public struct TranscriptCallout: Sendable, Equatable {
    /// `milestone`, `hint`, `phase`, `checks`, `sessions`, `reset`, `scored`, `attempt`, `ignored`,
    /// `postmortem`, `note`, `action`.
    public var kind: String
    public var symbol: String
    public var label: String
    /// Said after the label: `blocker, level 2` for a hint.
    public var qualifier: String?
    public var text: String

    /// Nil for events that are not callouts (inputs, results, output, start, end).
    public init?(_ event: JournalEvent) {
        switch event.kind {
        case .milestone:
            self.init("milestone", "✓", "Milestone", event.text ?? event.milestone ?? "")
        case .hint:
            self.init("hint", "💡", "Hint", event.text ?? "", qualifier: "\(event.milestone ?? "?"), level \(event.level ?? 0)")
        case .phase:
            self.init("phase", "→", "Phase", event.text ?? "?")
        case .checks:
            let list = (event.checks ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value ? "pass" : "FAIL")" }
            self.init("checks", "☐", "Checks", list.joined(separator: ", "))
        case .sessions:
            self.init("sessions", "⚙", "Background sessions", event.text ?? "")
        case .reset:
            self.init("reset", "↺", "Reset", "to the broken state")
        case .scorecard:
            guard let card = event.scorecard else {
                self.init("scored", "▬", "Scored", "?")
                return
            }
            let standing = card.standing == .scored ? "" : " (\(card.standing.rawValue.replacing("_", with: " ")))"
            let findings = card.findings.map { "\n- shortcut (\($0.severity), −\($0.cost)): \($0.reason)" }.joined()
            self.init("scored", "▬", "Scored", "\(card.total)/100\(standing)\(findings)")
        case .attemptStart:
            self.init("attempt", "↻", "Attempt \(event.level ?? 0)", "begins: the incident is broken again, the score starts over")
        case .evidenceIgnored:
            self.init(
                "ignored", "·", "Evidence not counted",
                "“\(event.text ?? event.milestone ?? "")” was seen only after its front was repaired")
        case .postmortem:
            self.init("postmortem", "📖", "Postmortem", "shown (the full text is at the end)")
        case .note:
            self.init("note", "📝", "Note", event.text ?? "")
        case .action:
            self.init("action", "▶", "Action", event.text ?? "")
        case .sessionStart, .input, .result, .output, .end:
            return nil
        }
    }

    init(_ kind: String, _ symbol: String, _ label: String, _ text: String, qualifier: String? = nil) {
        self.kind = kind
        self.symbol = symbol
        self.label = label
        self.qualifier = qualifier
        self.text = text
    }
}
