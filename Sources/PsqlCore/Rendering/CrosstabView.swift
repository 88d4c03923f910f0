/// psql's `\crosstabview [COLV [COLH [COLD [SORTCOLH]]]]`: a query result turned on its side.
/// The distinct values of one column (COLV) become the rows, those of another (COLH) the
/// columns, and each cell shows COLD of the one result row with that pair (`crosstabview.c`).
///
/// Rows and columns come in the order their values first appear, or the columns in the order
/// of SORTCOLH's integer values (ties by value, as psql's sort of its name-ordered list).
public enum CrosstabView {
    /// psql's limit on the number of distinct COLH values.
    public static let maximumColumns = 1600

    /// The pivoted table, ready for a `TablePrinter`: every cell is text (NULL already shown as
    /// `\pset null`, missing pairs as empty).
    public struct Pivot: Sendable {
        public var headers: [String]
        public var alignments: [ColumnAlignment]
        public var rows: RowStore
    }

    /// Pivots `rows` of a result with these `columns`; `arguments` are the command's (up to
    /// four, double quotes as typed). Fails with psql's message.
    public static func pivot(
        columns: [ResultColumn], rows: RowStore, arguments: [String], nullDisplay: String
    ) -> Result<Pivot, CrosstabError> {
        guard columns.count >= 3 else { return .failure(CrosstabError("query must return at least three columns")) }
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        let rowField: Int
        let columnField: Int
        let dataField: Int
        var sortField: Int?
        do {
            rowField = try argument(0).map { try indexOfColumn($0, columns) } ?? 0
            columnField = try argument(1).map { try indexOfColumn($0, columns) } ?? 1
            guard rowField != columnField else {
                throw CrosstabError("vertical and horizontal headers must be different columns")
            }
            if let given = argument(2) {
                dataField = try indexOfColumn(given, columns)
            } else {
                guard columns.count == 3 else {
                    throw CrosstabError("data column must be specified when query returns more than three columns")
                }
                dataField = (0..<3).first { $0 != rowField && $0 != columnField }!
            }
            sortField = try argument(3).map { try indexOfColumn($0, columns) }
        } catch let error as CrosstabError {
            return .failure(error)
        } catch {
            return .failure(CrosstabError("\(error)"))
        }

        func value(_ row: Int, _ column: Int) -> [UInt8]? {
            rows.isNull(row: row, column: column) ? nil : rows.withCell(row: row, column: column) { Array($0) }
        }
        // Distinct header values in order of first appearance (their "rank").
        var horizontal = DistinctValues()
        var vertical = DistinctValues()
        for row in 0..<rows.rowCount {
            horizontal.merge(value(row, columnField), sortValue: sortField.flatMap { value(row, $0) })
            if horizontal.values.count > maximumColumns {
                return .failure(CrosstabError("maximum number of columns (\(maximumColumns)) exceeded"))
            }
            vertical.merge(value(row, rowField), sortValue: nil)
        }
        var columnRank = Array(0..<horizontal.values.count)
        if sortField != nil { columnRank = horizontal.ranksBySortValue() }

        let width = horizontal.values.count + 1
        var cells = [[UInt8]?](repeating: nil, count: vertical.values.count * width)
        let null = Array(nullDisplay.utf8)
        for (rank, name) in vertical.values.enumerated() {
            cells[rank * width] = name ?? null
        }
        for row in 0..<rows.rowCount {
            let rowName = value(row, rowField)
            let columnName = value(row, columnField)
            let rowNumber = vertical.index[Key(rowName)]!
            let columnNumber = columnRank[horizontal.index[Key(columnName)]!]
            let cell = rowNumber * width + 1 + columnNumber
            if cells[cell] != nil {
                let shown = { (name: [UInt8]?) in
                    name.map { String(decoding: $0, as: UTF8.self) } ?? (nullDisplay.isEmpty ? "(null)" : nullDisplay)
                }
                return .failure(
                    CrosstabError(
                        "query result contains multiple data values for row \"\(shown(rowName))\", column \"\(shown(columnName))\""))
            }
            cells[cell] = value(row, dataField) ?? null
        }

        var headers = [columns[rowField].name]
        var byRank = [Int](repeating: 0, count: horizontal.values.count)
        for (index, rank) in columnRank.enumerated() { byRank[rank] = index }
        for index in byRank {
            headers.append(horizontal.values[index].map { String(decoding: $0, as: UTF8.self) } ?? nullDisplay)
        }
        let dataAlignment = ColumnAlignment(typeOID: columns[dataField].typeOID)
        let alignments =
            [ColumnAlignment(typeOID: columns[rowField].typeOID)]
            + Array(repeating: dataAlignment, count: horizontal.values.count)
        var store = RowStore(columnCount: width)
        for (position, cell) in cells.enumerated() {
            (cell ?? []).withUnsafeBytes { store.appendCell($0) }
            if position % width == width - 1 { store.finishRow() }
        }
        return .success(Pivot(headers: headers, alignments: alignments, rows: store))
    }

    /// A column named by its number (from 1) or by its name: unquoted parts lower-cased,
    /// double-quoted parts as they are (`""` inside meaning `"`).
    static func indexOfColumn(_ argument: String, _ columns: [ResultColumn]) throws -> Int {
        if !argument.isEmpty, argument.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            let number = atoi(argument)
            guard number >= 1, number <= columns.count else {
                throw CrosstabError("column number \(number) is out of range 1..\(columns.count)")
            }
            return number - 1
        }
        let name = MetaCommand.identifier(argument)
        let matches = columns.indices.filter { columns[$0].name == name }
        guard let first = matches.first else { throw CrosstabError("column name not found: \"\(name)\"") }
        guard matches.count == 1 else { throw CrosstabError("ambiguous column name: \"\(name)\"") }
        return first
    }

    /// C's `atoi` on a string of digits: an int, wrapping past its range as glibc's does.
    static func atoi(_ digits: String) -> Int {
        var value: Int64 = 0
        for byte in digits.utf8 {
            value = min(value &* 10 &+ Int64(byte - UInt8(ascii: "0")), Int64.max / 20)
        }
        return Int(Int32(truncatingIfNeeded: value))
    }

    /// A header value: NULL is a value of its own (psql keys its tree with NULL last).
    struct Key: Hashable {
        let bytes: [UInt8]?
        init(_ bytes: [UInt8]?) { self.bytes = bytes }
    }

    /// The distinct values of one header column, with the first sort value seen for each.
    struct DistinctValues {
        var values: [[UInt8]?] = []
        var sortValues: [[UInt8]?] = []
        var index: [Key: Int] = [:]

        mutating func merge(_ value: [UInt8]?, sortValue: [UInt8]?) {
            let key = Key(value)
            guard index[key] == nil else { return }
            index[key] = values.count
            values.append(value)
            sortValues.append(sortValue)
        }

        /// Each value's rank when ordered by its sort value read as an integer (anything else
        /// counts as 0); psql sorts its name-ordered list, so ties keep byte order, NULL last.
        func ranksBySortValue() -> [Int] {
            let byName = values.indices.sorted { a, b in
                switch (values[a], values[b]) {
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?): return x.lexicographicallyPrecedes(y)
                }
            }
            func integer(_ value: [UInt8]?) -> Int {
                guard let value else { return 0 }
                var digits = value[...]
                if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
                guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return 0 }
                var magnitude: Int64 = 0
                for byte in digits { magnitude = min(magnitude &* 10 &+ Int64(byte - UInt8(ascii: "0")), Int64.max / 20) }
                let signed = value.first == UInt8(ascii: "-") ? -magnitude : magnitude
                return Int(Int32(truncatingIfNeeded: signed))
            }
            // A stable sort, as glibc's qsort (a merge sort) is for arrays this size.
            let ordered = byName.enumerated().map { (position: $0.offset, index: $0.element, key: integer(sortValues[$0.element])) }
                .sorted { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
            var ranks = [Int](repeating: 0, count: values.count)
            for (rank, entry) in ordered.enumerated() { ranks[entry.index] = rank }
            return ranks
        }
    }
}

/// A `\crosstabview` failure, as psql words it (without the `\crosstabview: ` prefix).
public struct CrosstabError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
