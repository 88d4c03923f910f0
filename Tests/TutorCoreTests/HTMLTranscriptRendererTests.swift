import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct HTMLTranscriptRendererTests {
    static let hostile = "<script>alert('x')</script>"

    static var session: [JournalEvent] {
        var j = JournalFixture(learner: "eve\" onload=\"x")
        j.sql("select '\(hostile)' as payload", columns: ["payload"], rows: [[hostile]], types: [25])
        j.milestone("blocker")
        j.hint("tenants", level: 1, text: "compare <b>tenants</b> & their migrations")
        j.note("I think it is the \(hostile) runner")
        j.sql("selec 1", error: syntaxError)
        j.sql(
            "select g from generate_series(1, 40) g", columns: ["g"], rows: (1...40).map { [String($0)] }, types: [23])
        j.score(total: 100, met: ["blocker", "tenants"], debrief: true)
        j.reset()
        return j.events + [
            JournalEvent(kind: .postmortem, time: "", elapsedMilliseconds: 30_000, text: "Root cause: <a migration>."),
            JournalEvent(kind: .end, time: "", elapsedMilliseconds: 31_000),
        ]
    }

    static let page = HTMLTranscriptRenderer.page(session, notes: ["the last line was cut <off>"])

    @Test func learnerTextNeverBecomesMarkup() {
        #expect(!Self.page.contains("<script"))
        #expect(!Self.page.contains("<b>tenants"))
        #expect(!Self.page.contains("<a migration>"))
        #expect(!Self.page.contains("<off>"))
        #expect(!Self.page.contains("eve\" onload"))
        #expect(Self.page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(Self.page.contains("Root cause: &lt;a migration&gt;."))
    }

    @Test func selfContained() {
        #expect(Self.page.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.page.hasSuffix("</html>\n"))
        for external in ["https://", "src=", "<link", "@import", "url("] {
            #expect(!Self.page.contains(external), "external reference: \(external)")
        }
        // The only URL is the SVG namespace, which is a name, not a request.
        #expect(Self.page.components(separatedBy: "http://").count - 1 == 1)
        #expect(Self.page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func sectionsInReadingOrder() throws {
        let order = ["<header>", "id=\"scorecard\"", "id=\"timeline\"", "<svg", "id=\"notes\"", "id=\"session\"", "id=\"postmortem\""]
        var last = Self.page.startIndex
        for marker in order {
            let range = try #require(Self.page[last...].firstRange(of: marker), "missing or out of order: \(marker)")
            last = range.upperBound
        }
    }

    @Test func timelineMarksEveryKindOfEvent() {
        let svg = Self.page[Self.page.firstRange(of: "<svg")!.lowerBound..<Self.page.firstRange(of: "</svg>")!.upperBound]
        #expect(svg.components(separatedBy: "class=\"tick ").count - 1 == 6, "one tick per input (the note is a note, not a tick)")
        #expect(svg.contains("class=\"tick error\""))
        #expect(svg.contains("class=\"tick ok\""))
        #expect(svg.contains("class=\"tick meta-command\""))
        #expect(svg.contains("class=\"milestone\""))
        #expect(svg.contains("class=\"hint\""))
        #expect(svg.contains("class=\"note\""))
        #expect(svg.contains("class=\"score\""))
        #expect(svg.contains("class=\"reset\""))
        #expect(svg.contains("class=\"phase\""))
        #expect(svg.contains("href=\"#step-1\""))
        #expect(Self.page.contains("id=\"step-1\""))
    }

    @Test func longOutputIsFoldedShortIsNot() {
        #expect(Self.page.contains("<details><summary>Result: 43 lines</summary>"), "header, rule, 40 rows, row count")
        #expect(Self.page.components(separatedBy: "<details>").count - 1 == 1)
    }

    @Test func hintAndNoteAppearOnceEach() {
        // Outside the timeline's hover titles.
        let svgStart = Self.page.firstRange(of: "<svg")!.lowerBound
        let svgEnd = Self.page.firstRange(of: "</svg>")!.upperBound
        let text = String(Self.page[..<svgStart] + Self.page[svgEnd...])
        #expect(text.components(separatedBy: "compare &lt;b&gt;tenants&lt;/b&gt;").count - 1 == 1)
        // In the notes section and in place in the session.
        #expect(text.components(separatedBy: "I think it is the").count - 1 == 2)
        #expect(!Self.page.contains("\\note"))
    }

    @Test func scorecardAndGiveUp() {
        #expect(Self.page.contains("<span class=\"big\">100</span>/100"))
        #expect(!Self.page.contains("gave up"))
        var j = JournalFixture()
        j.score("\\giveup", total: 12, met: [], debrief: true)
        let page = HTMLTranscriptRenderer.page(j.events)
        #expect(page.contains("<span class=\"big\">12</span>/100 <span class=\"badge\">gave up</span>"))
        #expect(page.contains("✗ blocker"))
    }

    @Test func severalAttemptsAreSummedUpInTheHeader() {
        var j = JournalFixture()
        j.score("\\giveup", total: 10, met: ["blocker"], debrief: true)
        j.reset()
        j.score(total: 100, met: ["blocker", "tenants"], debrief: true)
        let page = HTMLTranscriptRenderer.page(j.events)
        #expect(page.contains("<tr><th>Attempts</th><td>#1: 10/100 (gave up), #2: 100/100</td></tr>"))
        #expect(page.contains("<span class=\"big\">100</span>/100</div>"), "the scorecard is the last attempt's, not given up")
        #expect(TranscriptRenderer.markdown(j.events).contains("| Attempts | #1: 10/100 (gave up), #2: 100/100 |"))
    }

    @Test(arguments: [
        ("a&b", "a&amp;b"), ("<>", "&lt;&gt;"), ("\"'", "&quot;&#39;"), ("tab\tnl\n", "tab\tnl\n"), ("\u{1}\u{7F}", "\u{FFFD}\u{FFFD}"),
        ("ümlaut €", "ümlaut €"),
    ])
    func escaping(_ raw: String, _ escaped: String) {
        #expect(HTMLText.escape(raw) == escaped)
    }

    @Test(
        arguments: [
            (40.0, 20.0, "40 ms"), (5000, 1000, "5 s"), (30_000, 5000, "30 s"), (120_000, 60_000, "02:00"), (65_000, 5000, "01:05"),
        ] as [(Double, Double, String)])
    func axisLabels(_ t: Double, _ step: Double, _ expected: String) {
        #expect(TimelineSVG.axisLabel(t, step: step) == expected)
    }

    @Test(arguments: [(900.0, 100.0), (10_000, 1000), (25 * 60_000, 300_000), (4 * 3_600_000, 1_800_000)] as [(Double, Double)])
    func axisSteps(_ end: Double, _ expected: Double) {
        #expect(TimelineSVG.axisStep(end) == expected)
    }
}
