import LibC

/// Buffered standard output plus unbuffered standard error, kept in order.
///
/// Results go to stdout in large buffered writes (a 300,000-row result must not cost a system
/// call per row); errors and notices go to stderr. Like psql (`pg_log_generic` flushes stdout
/// first), stdout is flushed before anything reaches stderr, so `2>&1` output is in the order
/// things happened.
public final class ConsoleOutput {
    /// Flush stdout when the buffer passes this size.
    static let flushThreshold = 64 * 1024

    private var pending: [UInt8] = []
    private let outputDescriptor: Int32
    private let errorDescriptor: Int32
    /// Set once a write to stdout failed (e.g. a closed pipe); further output is dropped.
    public private(set) var outputBroken = false
    /// Why the write to stdout failed (`EPIPE` for a closed pipe, `ENOSPC` for a full device).
    public private(set) var writeError: Int32?
    /// Sees every text written (not the bulk result bytes): set by the session that owns this
    /// output, which publishes it as `SessionEvent.printed`. One observer, never a chain.
    var onPrint: ((ConsoleStream, String) -> Void)?
    /// Put before every message on stderr: psql's `psql:FILE:LINE: ` while a script runs by `\i`.
    public var errorPrefix: String?

    public enum ConsoleStream: Sendable { case output, error }

    public init(outputDescriptor: Int32 = 1, errorDescriptor: Int32 = 2) {
        self.outputDescriptor = outputDescriptor
        self.errorDescriptor = errorDescriptor
        pending.reserveCapacity(Self.flushThreshold * 2)
    }

    deinit { flush() }

    /// Appends text to stdout.
    public func write(_ text: String) {
        onPrint?(.output, text)
        var text = text
        text.withUTF8 { pending.append(contentsOf: $0) }
        if pending.count >= Self.flushThreshold { flush() }
    }

    /// Appends a line (text plus newline) to stdout.
    public func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Appends raw bytes to stdout without notifying `onPrint` (bulk result output;
    /// the caller records what it needs separately).
    public func writeBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: bytes)
        if pending.count >= Self.flushThreshold { flush() }
    }

    /// Appends a block of rendered bytes (the flush target of `OutputBuffer`).
    public func writeBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeBytes($0) }
    }

    /// Writes to stderr after flushing stdout.
    public func error(_ text: String) {
        var text = (errorPrefix ?? "") + text
        onPrint?(.error, text)
        flush()
        _ = text.withUTF8 { writeAll(errorDescriptor, UnsafeRawBufferPointer($0)) }
    }

    /// Writes a line to stderr after flushing stdout. These are pgcoach's own (psql's)
    /// messages: in a script run by `\i`, psql labels them `error: ` after the file and line.
    public func errorLine(_ text: String) {
        error((errorPrefix == nil ? "" : "error: ") + text + "\n")
    }

    /// A warning line on stderr: labelled `warning: ` after the file and line in a script run
    /// by `\i`, as psql labels them.
    public func warningLine(_ text: String) {
        error((errorPrefix == nil ? "" : "warning: ") + text + "\n")
    }

    /// Sends buffered stdout to the descriptor.
    public func flush() {
        guard !pending.isEmpty else { return }
        if !outputBroken {
            let ok = pending.withUnsafeBytes { writeAll(outputDescriptor, $0) }
            if !ok {
                let error = errno
                outputBroken = true
                writeError = error
                // A closed pipe (`| head`) ends the session quietly, as psql's SIGPIPE death
                // does; anything else (a full disk) is said once, in psql's words.
                if error != EPIPE {
                    let text = "could not print result table: \(String(cString: strerror(error)))\n"
                    onPrint?(.error, text)
                    var message = text
                    message.withUTF8 { _ = writeAll(errorDescriptor, UnsafeRawBufferPointer($0)) }
                }
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    @discardableResult
    private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var base = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            left -= n
            base += n
        }
        return true
    }
}
