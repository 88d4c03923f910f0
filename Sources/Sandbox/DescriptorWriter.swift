import Foundation

/// Writes all of a text to an open file descriptor, retrying short writes and EINTR.
enum DescriptorWriter {
    static func writeAll(_ text: String, to descriptor: Int32, path: String) throws {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw FileTree.failure("write", path) }
            written += n
        }
    }
}
