import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct HintsDocumentTests {
    @Test func parsesSectionsAndLevels() throws {
        let doc = try HintsDocument.parse(
            """
            # Title line is allowed
            ## Briefing
            Pager: writes failing.

            ## Milestone: blocker
            ### Where to look
            Sessions.
            ### What to look for
            A migration.
              indented detail
            ## Remediation
            ### 1
            End it.
            ## Postmortem
            Root cause.
            """)
        #expect(doc.text.briefing == "Pager: writes failing.")
        #expect(doc.text.milestoneHints["blocker"] == ["Sessions.", "A migration.\n  indented detail"])
        #expect(doc.text.remediationHints == ["End it."])
        #expect(doc.text.postmortem == "Root cause.")
        #expect(doc.milestoneLines["blocker"] == 5)
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        var source: String
        var line: Int
        var message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Broken(source: "## Briefing\nx\n## Postmortem\ny\n## Epilogue\n", line: 5, message: "unknown section"),
        Broken(source: "stray\n## Briefing\n", line: 1, message: "text before the first"),
        Broken(source: "## Briefing\nx\n## Briefing\n", line: 3, message: "appears twice"),
        Broken(source: "## Briefing\n### level\n", line: 2, message: "belongs under"),
        Broken(source: "## Briefing\nx\n## Milestone: a\nloose text\n## Postmortem\ny", line: 4, message: "must sit under"),
        Broken(source: "## Postmortem\ny", line: 1, message: "missing `## Briefing`"),
        Broken(source: "## Briefing\nx\n## Milestone:\n", line: 3, message: "needs a milestone id"),
        Broken(source: "## Briefing\nx\n## Milestone: a\n### one\n\n## Postmortem\ny", line: 3, message: "is empty"),
    ])
    func reportsProblemsWithLines(_ b: Broken) {
        do {
            _ = try HintsDocument.parse(b.source)
            Issue.record("expected a problem")
        } catch {
            #expect(error.line == b.line)
            #expect(error.message.contains(b.message))
        }
    }
}
