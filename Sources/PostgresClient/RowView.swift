import CLibPQ
import PsqlCore

/// One row of a result, read in place from libpq's buffers: no copy and no `String` until you
/// ask for one. Non-copyable so it cannot outlive the `QueryConsumer.row(_:)` call that lends
/// it (the bytes die with the libpq result).
public struct RowView: ~Copyable {
    private let result: OpaquePointer?
    private let rowIndex: Int32
    /// The cells of a row that did not come from libpq (a scripted connection in tests); nil
    /// for every row a server sent.
    private let scriptedCells: [[UInt8]?]?
    /// The number of columns (cells) in the row.
    public let columnCount: Int

    init(result: OpaquePointer, row: Int32, columnCount: Int) {
        self.result = result
        self.rowIndex = row
        self.columnCount = columnCount
        self.scriptedCells = nil
    }

    /// A row from cells in memory (`nil`: SQL NULL), for connections that stand in for a
    /// server in tests.
    public init(cells: [String?]) {
        self.result = nil
        self.rowIndex = 0
        self.columnCount = cells.count
        self.scriptedCells = cells.map { $0.map { Array($0.utf8) } }
    }

    /// Whether the cell is SQL NULL (libpq shows NULL as an empty string, so this is the only
    /// way to tell NULL from `''`).
    public func isNull(_ column: Int) -> Bool {
        precondition(column >= 0 && column < columnCount, "column out of range")
        guard let result else { return scriptedCells?[column] == nil }
        return PQgetisnull(result, rowIndex, Int32(column)) != 0
    }

    /// Calls `body` with the cell's text bytes (UTF-8 on pgcoach's connections), or `nil` for
    /// SQL NULL. The buffer is valid only inside `body`.
    public func withCell<R>(_ column: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        if isNull(column) { return try body(nil) }
        guard let result else {
            return try scriptedCells![column]!.withUnsafeBytes { try body($0) }
        }
        let column = Int32(column)
        let length = Int(PQgetlength(result, rowIndex, column))
        return try body(UnsafeRawBufferPointer(start: PQgetvalue(result, rowIndex, column), count: length))
    }

    /// The cell as a string, or `nil` for SQL NULL. Invalid UTF-8 is repaired, never trapped on.
    public func string(_ column: Int) -> String? {
        withCell(column) { bytes in
            bytes.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Copies every cell straight from libpq's buffer into `store` and closes the row there.
    public func append(to store: inout RowStore) {
        for column in 0..<columnCount {
            withCell(column) { store.appendCell($0) }
        }
        store.finishRow()
    }
}
