import Testing

@testable import PsqlCore

struct CrosstabViewTests {
    static func store(_ rows: [[String?]], columns: Int) -> RowStore {
        var store = RowStore(columnCount: columns)
        for row in rows {
            for cell in row { store.appendCell(cell) }
            store.finishRow()
        }
        return store
    }

    static let columns = [
        ResultColumn(name: "v", typeOID: 25), ResultColumn(name: "h", typeOID: 25),
        ResultColumn(name: "n", typeOID: 23), ResultColumn(name: "Sort", typeOID: 23),
    ]

    static func pivot(_ rows: [[String?]], _ arguments: [String], null: String = "") -> Result<CrosstabView.Pivot, CrosstabError> {
        CrosstabView.pivot(columns: columns, rows: store(rows, columns: 4), arguments: arguments, nullDisplay: null)
    }

    static func cells(_ pivot: CrosstabView.Pivot) -> [[String?]] {
        (0..<pivot.rows.rowCount).map { row in (0..<pivot.rows.columnCount).map { pivot.rows.string(row: row, column: $0) } }
    }

    @Test func rowsAndColumnsComeInOrderOfFirstAppearance() throws {
        let result = try Self.pivot(
            [["b", "y", "1", nil], ["a", "x", "2", nil], ["b", "x", nil, nil], [nil, nil, "4", nil]], ["v", "h", "n"],
            null: "∅"
        ).get()
        #expect(result.headers == ["v", "y", "x", "∅"])
        #expect(result.alignments == [.left, .right, .right, .right])
        #expect(Self.cells(result) == [["b", "1", "∅", ""], ["a", "", "2", ""], ["∅", "", "", "4"]])
    }

    @Test func sortColumnOrdersHeadersAndTiesKeepByteOrder() throws {
        // Non-integer sort values count as 0; equal keys stay in byte order of the names.
        let result = try Self.pivot(
            [["r", "c", "1", "5"], ["r", "b", "2", "x"], ["r", "a", "3", "-2"], ["r", "B", "4", "0"]], ["1", "2", "3", "4"]
        ).get()
        #expect(result.headers == ["v", "a", "B", "b", "c"])
    }

    @Test(arguments: [
        (["v", "v"], "vertical and horizontal headers must be different columns"),
        (["v", "h"], "data column must be specified when query returns more than three columns"),
        (["9"], "column number 9 is out of range 1..4"),
        (["0"], "column number 0 is out of range 1..4"),
        (["h", "2"], "vertical and horizontal headers must be different columns"),
        (["\"sort\""], "column name not found: \"sort\""),
        (["V", "h", "n", "Sort"], "column name not found: \"sort\""),
        (["v", "h", "n", "\"Sort\"", "x"], "query result contains multiple data values for row \"r\", column \"c\""),
    ])
    func errorsSayWhatPsqlSays(arguments: [String], message: String) {
        let result = Self.pivot([["r", "c", "1", "1"], ["r", "c", "2", "1"]], arguments)
        #expect(throws: CrosstabError(message)) { try result.get() }
    }

    @Test func tooFewColumnsAndTooManyHeaderValuesFail() {
        let two = CrosstabView.pivot(
            columns: Array(Self.columns.prefix(2)), rows: Self.store([], columns: 2), arguments: [], nullDisplay: "")
        #expect(throws: CrosstabError("query must return at least three columns")) { try two.get() }
        let wide = Self.pivot((0...CrosstabView.maximumColumns).map { ["r", String($0), "1", nil] }, ["v", "h", "n"])
        #expect(throws: CrosstabError("maximum number of columns (1600) exceeded")) { try wide.get() }
    }

    @Test(arguments: [("\"A\"\"b\"C", "A\"bc"), ("MiXed", "mixed"), ("\"Keep\"", "Keep"), ("", "")])
    func namesAreDequotedAndDowncasedAsPsqlDoes(typed: String, name: String) {
        #expect(MetaCommand.identifier(typed) == name)
    }
}
