/// The one stream of a session's events (`SessionEvent`), delivered to its subscribers by
/// phase (`SessionEventPhase`: record before react), in subscription order within a phase.
///
/// Delivery is synchronous, like the session itself. An event published while another is being
/// delivered (the tutor's effects while it reacts to a result) is delivered whole, through both
/// phases, before the first goes on to its remaining subscribers: consequences are written down
/// where they happened, right after their cause.
public final class SessionEventStream {
    public typealias Subscriber = (SessionEvent) -> Void

    /// Kept sorted by phase; stable within a phase.
    private var subscribers: [(phase: SessionEventPhase, receive: Subscriber)] = []

    public init() {}

    /// Adds a subscriber for the session's remaining events. One added while an event is being
    /// delivered sees the next event, not that one.
    public func subscribe(_ phase: SessionEventPhase, _ receive: @escaping Subscriber) {
        let index = subscribers.firstIndex { $0.phase > phase } ?? subscribers.endIndex
        subscribers.insert((phase, receive), at: index)
    }

    /// Delivers `event` to every subscriber, record phase first.
    public func publish(_ event: SessionEvent) {
        // A copy: subscribing during delivery does not disturb it.
        for subscriber in subscribers { subscriber.receive(event) }
    }
}
