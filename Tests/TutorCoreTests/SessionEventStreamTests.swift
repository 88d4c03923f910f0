import PsqlCore
import Testing
import TutorCore

/// The session's event stream: who sees an event when. The order is the stream's, not the order
/// in which the journal, the transcript and the tutor happened to subscribe.
@Suite struct SessionEventStreamTests {
    static let result = SessionEvent.finished(ExecutionRecord(kind: .sql, input: "select 1", database: "shop"))
    static let milestone = SessionEvent.tutorEffect(.milestoneMet(id: "blocker", title: "the blocking session"))

    /// Subscribers in the order they subscribe, and the order they see one event in.
    static let deliveries: [(subscribed: [(SessionEventPhase, String)], delivered: [String])] = [
        ([], []),
        ([(.record, "journal")], ["journal"]),
        ([(.react, "tutor"), (.record, "journal")], ["journal", "tutor"]),
        ([(.record, "journal"), (.react, "tutor")], ["journal", "tutor"]),
        ([(.react, "tutor"), (.react, "completion")], ["tutor", "completion"]),
        ([(.react, "completion"), (.react, "tutor")], ["completion", "tutor"]),
        (
            [(.react, "tutor"), (.record, "journal"), (.react, "completion"), (.record, "transcript")],
            ["journal", "transcript", "tutor", "completion"]
        ),
    ]

    @Test(arguments: deliveries.indices) func recordersSeeAnEventBeforeReactors(row: Int) {
        let (subscribed, delivered) = Self.deliveries[row]
        let stream = SessionEventStream()
        var seen: [String] = []
        for (phase, name) in subscribed { stream.subscribe(phase) { _ in seen.append(name) } }
        stream.publish(Self.result)
        #expect(seen == delivered, "subscribed as \(subscribed.map { "\($0.0) \($0.1)" })")
    }

    /// What a reaction publishes (the tutor's milestone, while it reacts to a result) is recorded
    /// and reacted to at once, before the result reaches the subscribers after the tutor.
    @Test func aReactionsEventsAreDeliveredWholeBeforeTheCauseGoesOn() {
        let stream = SessionEventStream()
        var seen: [String] = []
        stream.subscribe(.react) { event in
            seen.append("tutor \(Self.name(event))")
            if event == Self.result { stream.publish(Self.milestone) }
        }
        stream.subscribe(.react) { seen.append("completion \(Self.name($0))") }
        stream.subscribe(.record) { seen.append("journal \(Self.name($0))") }
        stream.publish(Self.result)
        #expect(
            seen == [
                "journal result", "tutor result",
                "journal milestone", "tutor milestone", "completion milestone",
                "completion result",
            ])
    }

    @Test func aSubscriberAddedDuringDeliverySeesOnlyLaterEvents() {
        let stream = SessionEventStream()
        var seen: [String] = []
        stream.subscribe(.record) { event in
            guard event == Self.result else { return }
            stream.subscribe(.record) { seen.append("late \(Self.name($0))") }
        }
        stream.publish(Self.result)
        stream.publish(Self.milestone)
        #expect(seen == ["late milestone"])
    }

    static func name(_ event: SessionEvent) -> String {
        event == result ? "result" : event == milestone ? "milestone" : "other"
    }
}
