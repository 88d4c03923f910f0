import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct ObservedResultJournalBoundTests {
    @Test func smallResultsAreKeptWhole() {
        let result = ObservedResult(columns: ["a"], rows: [["1"], [nil], ["three"]], rowCount: 3, commandTag: "SELECT 3")
        #expect(result.boundedForJournal(cellLimit: 5, resultLimit: 100) == result)
    }

    @Test func longCellsAreCutAtACharacterAndCounted() {
        let value = String(repeating: "é", count: 10)  // 20 bytes
        let result = ObservedResult(columns: ["a"], rows: [[value]], rowCount: 1, commandTag: "SELECT 1")
        let bounded = result.boundedForJournal(cellLimit: 5, resultLimit: 100)
        #expect(bounded.rows == [["éé…"]])
        #expect(bounded.bytesOmitted == 16)
    }

    @Test func rowsPastTheResultBudgetAreDroppedAndCounted() {
        let rows = (0..<10).map { _ in [String?("abcd")] }
        let result = ObservedResult(columns: ["a"], rows: rows, rowCount: 10, commandTag: "SELECT 10")
        let bounded = result.boundedForJournal(cellLimit: 100, resultLimit: 12)
        #expect(bounded.rows.count == 3)
        #expect(bounded.rowsOmitted == 7)
        #expect(bounded.bytesOmitted == 28)
    }
}
