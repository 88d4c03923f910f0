/// When a subscriber sees an event, relative to the others: every `record` subscriber before
/// any `react` subscriber, whatever order they subscribed in. So the journal has written a
/// result down before the tutor turns it into the milestone it proves, and a transcript never
/// shows a milestone before its cause.
public enum SessionEventPhase: Int, Sendable, CaseIterable, Comparable {
    /// Observers that write down what happened (the journal and its transcript).
    case record
    /// Observers that act on what happened (the tutor, tab completion's cache).
    case react

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
