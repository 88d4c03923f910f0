import Testing

@testable import PGCoachKit

@Suite struct TranscriptExportTests {
    @Test(
        arguments: [
            (nil, TranscriptExport.Format.markdown), ("t.md", .markdown), ("drill.HTML", .html), ("a.htm", .html),
            ("events.json", .json), ("notes.txt", .markdown),
        ] as [(String?, TranscriptExport.Format)])
    func exportFormatFollowsTheFileName(_ file: String?, _ expected: TranscriptExport.Format) {
        #expect(TranscriptExport.format(forFile: file) == expected)
    }
}
