/// Output bytes on their way to the terminal, handed out in blocks so a large result streams.
///
/// Renderers append here and, between rows, hand the bytes to a caller-supplied flush closure
/// once `flushThreshold` is passed; the buffer is then emptied but keeps its capacity, so
/// printing a million rows costs one allocation, not one per row. Whatever is left at the end
/// belongs to the caller, who may add more (a command tag, a notice) before flushing.
public struct OutputBuffer: Sendable {
    /// About the block size psql's stdio would write in; big enough to make `write(2)` cheap.
    public static let streamingFlushThreshold = 64 * 1024

    /// Bytes appended and not yet flushed.
    public internal(set) var bytes: [UInt8] = []
    /// Size at which renderers flush; `Int.max` collects everything (tests, small outputs).
    public let flushThreshold: Int

    /// Creates an empty buffer that asks to be flushed once it holds `flushThreshold` bytes.
    public init(flushThreshold: Int = .max) {
        self.flushThreshold = flushThreshold
        if flushThreshold < .max {
            // A little headroom so the row that crosses the threshold does not regrow the array.
            bytes.reserveCapacity(flushThreshold + flushThreshold / 4)
        }
    }

    /// The buffered bytes as text; invalid UTF-8 is repaired, which only tests should need.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends raw bytes.
    public mutating func append(_ data: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: data)
    }

    /// Appends a string's UTF-8 bytes.
    public mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// Appends raw bytes.
    public mutating func append(_ data: [UInt8]) {
        bytes.append(contentsOf: data)
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `count` copies of `byte` (padding and rules); nothing if `count` is not positive.
    @inline(__always)
    mutating func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Hands the bytes to `sink` if the threshold is passed, then empties the buffer.
    @inline(__always)
    public mutating func flushIfFull(_ sink: ([UInt8]) -> Void) {
        if bytes.count >= flushThreshold { flush(sink) }
    }

    /// Hands every buffered byte to `sink` and empties the buffer, keeping its capacity.
    public mutating func flush(_ sink: ([UInt8]) -> Void) {
        guard !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
