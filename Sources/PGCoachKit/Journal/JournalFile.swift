import Foundation
import PsqlCore
import TutorCore

/// Reads a journal back. A torn last line (pgcoach killed mid-write) is skipped with a note;
/// any other line that is not an event is an error naming the file and line.
enum JournalFile {
    struct Contents {
        var events: [JournalEvent]
        var notes: [String]
    }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a journal. With `outline`, only what attempts are made of is decoded: printed text
    /// is left out and each result keeps only whether it failed, so a report over a class's
    /// large journals does not decode every row they recorded.
    static func read(_ path: String, outline: Bool = false) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "cannot read the journal \(path)")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let decoder = JSONDecoder()
        var events: [JournalEvent] = []
        var notes: [String] = []
        var unknownKinds = 0
        for (index, line) in lines.enumerated() where !line.isEmpty {
            // Unescaped quotes never occur inside JSON strings, and only the top-level `kind` can
            // be `result` or `output` (a record's own kind is `sql` or `metaCommand`).
            if outline && line.range(of: Outline.output) != nil { continue }
            if outline && line.range(of: Outline.result) != nil {
                let failed = line.range(of: Outline.error) != nil
                events.append(
                    JournalEvent(
                        kind: .result, time: "", elapsedMilliseconds: 0,
                        record: ExecutionRecord(kind: .sql, input: "", database: "", error: failed ? Outline.failure : nil)))
                continue
            }
            do {
                events.append(try decoder.decode(JournalEvent.self, from: Data(line)))
            } catch DecodingError.dataCorrupted(let context) where context.codingPath.map(\.stringValue) == ["kind"] {
                // An event a newer pgcoach writes: the rest of the journal is still good.
                unknownKinds += 1
            } catch {
                let isLast = lines[(index + 1)...].allSatisfy(\.isEmpty)
                if isLast && data.last != UInt8(ascii: "\n") {
                    notes.append("the last line of the journal was cut off (pgcoach was killed while writing it) and is left out")
                } else {
                    throw Unreadable(description: "\(path):\(index + 1): not a pgcoach journal event (\(Self.reason(error)))")
                }
            }
        }
        if unknownKinds > 0 {
            notes.append(
                "\(unknownKinds) event\(unknownKinds == 1 ? "" : "s") of a kind this pgcoach does not know (a newer version wrote them) left out"
            )
        }
        if events.isEmpty { throw Unreadable(description: "\(path): no journal events in this file") }
        if !events.contains(where: { $0.kind == .end }) {
            notes.append("the session did not end normally (no end event): it was killed or is still running")
        }
        return Contents(events: events, notes: notes)
    }

    /// Byte patterns of an outline read.
    enum Outline {
        static let output = Data(#""kind":"output""#.utf8)
        static let result = Data(#""kind":"result""#.utf8)
        /// A record's `error` object; nothing else in a result line has that key.
        static let error = Data(#""error":{"#.utf8)
        /// Stands for the error of an outlined result: that there was one is all a report counts.
        static let failure = ServerMessage(severity: "ERROR", severityCode: "ERROR", sqlState: "", message: "", formatted: "")
    }

    /// The journal's first event, read without loading the file (a report tells a `connect`
    /// session from a lesson by it). Nil when the first line is not an event.
    static func firstEvent(_ path: String) -> JournalEvent? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var head = Data()
        while head.count < 1 << 20, !head.contains(UInt8(ascii: "\n")) {
            guard let chunk = try? handle.read(upToCount: 16 << 10), !chunk.isEmpty else { break }
            head.append(chunk)
        }
        let line = head.split(separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: false).first ?? head
        return try? JSONDecoder().decode(JournalEvent.self, from: Data(line))
    }

    static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.keyNotFound(let key, _) = error { return "missing \(key.stringValue)" }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        return "unreadable"
    }

    /// The directory journals go to: `$XDG_STATE_HOME/pgcoach/sessions`.
    static var directory: String { StatePaths.directory + "/sessions" }
}
