/// The rows of one result, stored compactly so a large result costs little more than its bytes.
///
/// Cell bytes go into fixed-size chunks that are allocated once and never grown, so appending
/// never copies what is already stored (a doubling array would briefly hold the data twice, and
/// pgcoach must not use more memory than psql for a large result). A cell may straddle two
/// chunks; `withCell` hands such a cell over through a temporary copy.
public struct RowStore: Sendable {
    public static let chunkSize = 1 << 20

    public let columnCount: Int
    public private(set) var rowCount = 0
    private var chunks: [[UInt8]] = []
    /// Byte length of every cell, row-major (4 bytes a cell: a PostgreSQL value is under 1 GB).
    private var lengths: [UInt32] = []
    /// Global offset of the first byte of every block of `blockSize` cells, so a cell's start
    /// is its block's start plus the lengths before it in the block: 4 bytes a cell instead of
    /// the 8 an offset would take, which matters for a 300,000-row result.
    private var blockStarts: [Int] = []
    static let blockSize = 32
    private var nullBits: [UInt64] = []
    private var totalBytes = 0

    public init(columnCount: Int) {
        self.columnCount = columnCount
    }

    /// Bytes of cell data held.
    public var byteCount: Int { totalBytes }

    /// Appends the next cell of the current row; `nil` is SQL NULL.
    public mutating func appendCell(_ cell: UnsafeRawBufferPointer?) {
        let index = lengths.count
        if index / 64 >= nullBits.count { nullBits.append(0) }
        if index % Self.blockSize == 0 { blockStarts.append(totalBytes) }
        if let cell {
            var remaining = cell
            while !remaining.isEmpty {
                if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
                    var fresh: [UInt8] = []
                    fresh.reserveCapacity(Self.chunkSize)
                    chunks.append(fresh)
                }
                let last = chunks.count - 1
                let room = Self.chunkSize - chunks[last].count
                let take = min(room, remaining.count)
                chunks[last].append(contentsOf: remaining[remaining.startIndex..<remaining.startIndex + take])
                remaining = UnsafeRawBufferPointer(rebasing: remaining[(remaining.startIndex + take)...])
            }
            totalBytes += cell.count
        } else {
            nullBits[index / 64] |= (1 as UInt64) << UInt64(index % 64)
        }
        lengths.append(UInt32(cell?.count ?? 0))
    }

    /// Appends a cell given as a string; `nil` is SQL NULL.
    public mutating func appendCell(_ text: String?) {
        guard var text else { return appendCell(nil as UnsafeRawBufferPointer?) }
        text.withUTF8 { appendCell(UnsafeRawBufferPointer($0)) }
    }

    /// Closes the current row. Every row must have `columnCount` cells.
    public mutating func finishRow() {
        precondition(lengths.count == (rowCount + 1) * columnCount, "row has the wrong number of cells")
        rowCount += 1
    }

    public func isNull(row: Int, column: Int) -> Bool {
        let index = row * columnCount + column
        return nullBits[index / 64] & ((1 as UInt64) << UInt64(index % 64)) != 0
    }

    /// Calls `body` with the cell's UTF-8 bytes (empty for NULL). The buffer is valid only
    /// inside `body`.
    public func withCell<R>(row: Int, column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let index = row * columnCount + column
        let block = index / Self.blockSize
        var start = blockStarts[block]
        for i in (block * Self.blockSize)..<index { start += Int(lengths[i]) }
        let end = start + Int(lengths[index])
        if start == end {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        let first = start / Self.chunkSize
        let last = (end - 1) / Self.chunkSize
        if first == last {
            return try chunks[first].withUnsafeBufferPointer { chunk in
                let offset = start - first * Self.chunkSize
                return try body(UnsafeBufferPointer(rebasing: chunk[offset..<offset + (end - start)]))
            }
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(end - start)
        var position = start
        while position < end {
            let chunk = position / Self.chunkSize
            let offset = position - chunk * Self.chunkSize
            let take = min(Self.chunkSize - offset, end - position)
            joined.append(contentsOf: chunks[chunk][offset..<offset + take])
            position += take
        }
        return try joined.withUnsafeBufferPointer(body)
    }

    /// The cell as a string, or `nil` for NULL. Invalid UTF-8 is repaired, never trapped on.
    public func string(row: Int, column: Int) -> String? {
        if isNull(row: row, column: column) { return nil }
        return withCell(row: row, column: column) { String(decoding: $0, as: UTF8.self) }
    }
}
