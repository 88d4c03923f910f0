import Foundation

/// The pgcoach process a sandbox belongs to.
///
/// A pid alone is not enough to tell whether the owner still lives: after a kill -9 the pid may
/// be reused by an unrelated process. The start time (clock ticks since boot, from
/// /proc/<pid>/stat) makes the pair unique for the life of the machine.
public struct SandboxOwner: Sendable, Equatable, CustomStringConvertible {
    /// The owner's process id.
    public let pid: Int32
    /// The owner's start time in clock ticks since boot.
    public let startTime: UInt64

    /// The name of the owner file inside a sandbox directory.
    static let fileName = "owner"

    /// Creates an owner record.
    public init(pid: Int32, startTime: UInt64) {
        self.pid = pid
        self.startTime = startTime
    }

    /// This pgcoach process.
    public static var current: SandboxOwner {
        let pid = getpid()
        return SandboxOwner(pid: pid, startTime: ProcessTable.startTime(of: pid) ?? 0)
    }

    /// The running process `pid`, or nil when there is none.
    public static func process(_ pid: Int32) -> SandboxOwner? {
        ProcessTable.startTime(of: pid).map { SandboxOwner(pid: pid, startTime: $0) }
    }

    /// Whether the owner is still running: same pid, same start time, not a zombie.
    public var isAlive: Bool {
        ProcessTable.startTime(of: pid) == startTime && ProcessTable.isRunning(pid)
    }

    public var description: String { "pid \(pid) (started at tick \(startTime))" }

    /// Records this owner in `sandboxDirectory`. Written to a temporary name and renamed, so a
    /// reader sees either no owner file or a complete one.
    func write(toSandbox sandboxDirectory: String) throws {
        let path = sandboxDirectory + "/" + Self.fileName
        let temporary = path + ".tmp"
        do {
            try Data("\(pid) \(startTime)\n".utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw SandboxError.fileSystem(operation: "write", path: temporary, errno: errno)
        }
        guard rename(temporary, path) == 0 else { throw FileTree.failure("rename", temporary) }
    }

    /// The owner recorded in `sandboxDirectory`, or nil when the file is missing or malformed.
    static func read(fromSandbox sandboxDirectory: String) -> SandboxOwner? {
        // The server account may have replaced it with a link: read it without following.
        guard let bytes = FileTree.read(sandboxDirectory + "/" + fileName, limit: 256) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let pid = Int32(words[0]), let start = UInt64(words[1]) else { return nil }
        return SandboxOwner(pid: pid, startTime: start)
    }
}
