import Testing

@testable import PsqlCore

@Suite struct RenderPrinterTests {
    private static func store(_ rows: [[String?]], columns: Int) -> RowStore {
        var store = RowStore(columnCount: columns)
        for row in rows {
            for cell in row { store.appendCell(cell) }
            store.finishRow()
        }
        return store
    }

    /// Tables and command tags in the order psql prints them. Expected text is psql 15.18's
    /// output for `create table t(a int, b text); insert into t values (1,'x');
    /// insert into t values (2,'y') returning *; begin; update t set a = a returning a; commit;`.
    @Test func commandTagsFollowTablesAsInPsql() {
        var output = OutputBuffer()
        CommandStatusLine.render("CREATE TABLE", into: &output)
        CommandStatusLine.render("INSERT 0 1", into: &output)
        let columns = [ResultColumn(name: "a", typeOID: 23), ResultColumn(name: "b", typeOID: 25)]
        TablePrinter().render(columns: columns, rows: Self.store([["2", "y"]], columns: 2), into: &output)
        if CommandStatusLine.isPrintedAfterRows(commandTag: "INSERT 0 1") {
            CommandStatusLine.render("INSERT 0 1", into: &output)
        }
        CommandStatusLine.render("BEGIN", into: &output)
        TablePrinter().render(
            columns: [ResultColumn(name: "a", typeOID: 23)], rows: Self.store([["1"], ["2"]], columns: 1),
            into: &output)
        if CommandStatusLine.isPrintedAfterRows(commandTag: "UPDATE 2") {
            CommandStatusLine.render("UPDATE 2", into: &output)
        }
        CommandStatusLine.render("COMMIT", into: &output)
        #expect(
            output.text == """
                CREATE TABLE
                INSERT 0 1
                 a | b 
                ---+---
                 2 | y
                (1 row)

                INSERT 0 1
                BEGIN
                 a 
                ---
                 1
                 2
                (2 rows)

                UPDATE 2
                COMMIT

                """)
    }

    @Test(arguments: [
        ("SELECT 3", false), ("INSERT 0 1", true), ("UPDATE 2", true), ("DELETE 0", true),
        ("MERGE 1", false), ("FETCH 1", false), ("COPY 5", false),
    ])
    func onlyDataChangingTagsFollowRows(tag: String, printed: Bool) {
        #expect(CommandStatusLine.isPrintedAfterRows(commandTag: tag) == printed)
    }

    @Test func flushesWholeRowsOnceTheThresholdIsPassed() {
        let rows = (0..<5000).map { ["\($0)", String(repeating: "v", count: $0 % 40)] }
        let columns = [ResultColumn(name: "n", typeOID: 23), ResultColumn(name: "v", typeOID: 25)]
        var collected = OutputBuffer()
        TablePrinter().render(columns: columns, rows: Self.store(rows, columns: 2), into: &collected)

        var streamed = OutputBuffer(flushThreshold: 4096)
        var chunks: [[UInt8]] = []
        TablePrinter().render(columns: columns, rows: Self.store(rows, columns: 2), into: &streamed) {
            chunks.append($0)
        }
        #expect(chunks.count > 10)
        for chunk in chunks {
            #expect(chunk.count >= 4096)
            #expect(chunk.last == UInt8(ascii: "\n"))
        }
        streamed.flush { chunks.append($0) }
        #expect(Array(chunks.joined()) == collected.bytes)
        #expect(streamed.bytes.isEmpty)
    }

    @Test func stringRowsPrintLikeARowStore() {
        let rows: [[String?]] = [["a", nil], ["b\nc", "d"]]
        let headers = ["x", "y"]
        let alignments: [ColumnAlignment] = [.left, .right]
        let printer = TablePrinter(options: PrintOptions(title: "T", footers: ["F"]))
        var fromStrings = OutputBuffer()
        printer.render(headers: headers, alignments: alignments, rows: rows, into: &fromStrings)
        var fromStore = OutputBuffer()
        printer.render(headers: headers, alignments: alignments, rows: Self.store(rows, columns: 2), into: &fromStore)
        #expect(fromStrings.bytes == fromStore.bytes)
    }

    @Test(arguments: [nil, 0] as [Int?])
    func expandedAutoNeedsAKnownTerminalWidth(columns: Int?) {
        let rows = Self.store([["1", String(repeating: "x", count: 300)]], columns: 2)
        let headers = ResultColumn(name: "a", typeOID: 23)
        let wide = [headers, ResultColumn(name: "b", typeOID: 25)]
        var auto = OutputBuffer()
        TablePrinter(options: PrintOptions(expanded: .auto, terminalColumns: columns))
            .render(columns: wide, rows: rows, into: &auto)
        var aligned = OutputBuffer()
        TablePrinter().render(columns: wide, rows: rows, into: &aligned)
        #expect(auto.bytes == aligned.bytes)
    }

    @Test(arguments: [ClientEncoding.utf8, .singleByte], [ExpandedMode.off, .on])
    func arbitraryBytesNeverTrapAndNeverReachTheTerminalRaw(encoding: ClientEncoding, expanded: ExpandedMode) {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func nextByte() -> UInt8 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        var store = RowStore(columnCount: 3)
        for row in 0..<400 {
            for _ in 0..<3 {
                let cell = (0..<(row % 23)).map { _ in nextByte() }
                cell.withUnsafeBytes { store.appendCell($0) }
            }
            store.finishRow()
        }
        let printer = TablePrinter(options: PrintOptions(expanded: expanded, encoding: encoding))
        var output = OutputBuffer()
        printer.render(
            headers: ["a\u{1}", "b\u{85}", "c"], alignments: [.left, .right, .left], rows: store, into: &output)
        #expect(!output.bytes.isEmpty)
        // psql escapes controls and, in UTF-8, deletes bytes that cannot start a character.
        for byte in output.bytes {
            #expect(byte == 0x0A || (byte >= 0x20 && byte != 0x7F))
            if encoding == .utf8 { #expect(byte != 0xC0 && byte != 0xC1 && byte < 0xF5) }
        }
    }

    @Test func truncatedAndInvalidUTF8IsDroppedNotPrinted() {
        let cells: [[UInt8]] = [[0x61, 0xFF, 0x62], [0x61, 0xE6, 0x97], [0xC0, 0x80], [0x61, 0x00, 0x62]]
        var store = RowStore(columnCount: 1)
        for cell in cells {
            cell.withUnsafeBytes { store.appendCell($0) }
            store.finishRow()
        }
        var output = OutputBuffer()
        TablePrinter().render(headers: ["v"], alignments: [.left], rows: store, into: &output)
        // Not a psql capture: a UTF8 server never sends psql invalid UTF-8, so this follows psql's
        // source (mbvalidate, C strings): invalid bytes and a cut-off character are deleted, and a
        // NUL ends the value.
        #expect(output.text == " v  \n----\n ab\n a\n \n a\n(4 rows)\n\n")
    }
}
