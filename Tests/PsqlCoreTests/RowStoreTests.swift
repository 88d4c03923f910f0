import Testing

@testable import PsqlCore

@Suite struct RowStoreTests {
    @Test func storesCellsNullsAndEmptyStrings() {
        var store = RowStore(columnCount: 2)
        store.appendCell("a")
        store.appendCell(nil as String?)
        store.finishRow()
        store.appendCell("")
        store.appendCell("héllo")
        store.finishRow()
        #expect(store.rowCount == 2)
        #expect(store.string(row: 0, column: 0) == "a")
        #expect(store.string(row: 0, column: 1) == nil)
        #expect(store.isNull(row: 0, column: 1))
        #expect(store.string(row: 1, column: 0) == "")
        #expect(!store.isNull(row: 1, column: 0))
        #expect(store.string(row: 1, column: 1) == "héllo")
    }

    @Test func cellsStraddlingChunksReadBackWhole() {
        var store = RowStore(columnCount: 1)
        let big = String(repeating: "x", count: RowStore.chunkSize - 3)
        store.appendCell(big)
        store.finishRow()
        store.appendCell("abcdefgh")  // crosses the first chunk boundary
        store.finishRow()
        let huge = String(repeating: "y", count: RowStore.chunkSize * 2 + 5)
        store.appendCell(huge)
        store.finishRow()
        #expect(store.string(row: 0, column: 0) == big)
        #expect(store.string(row: 1, column: 0) == "abcdefgh")
        #expect(store.string(row: 2, column: 0) == huge)
        #expect(store.byteCount == big.utf8.count + 8 + huge.utf8.count)
    }

    @Test func zeroColumnRowsAreCounted() {
        var store = RowStore(columnCount: 0)
        store.finishRow()
        #expect(store.rowCount == 1)
    }
}
