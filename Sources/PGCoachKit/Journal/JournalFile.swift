import Foundation
import PGCoachCore

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

    static func read(_ path: String) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "cannot read the journal \(path)")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let decoder = JSONDecoder()
        var events: [JournalEvent] = []
        var notes: [String] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            do {
                events.append(try decoder.decode(JournalEvent.self, from: Data(line)))
            } catch {
                let isLast = lines[(index + 1)...].allSatisfy(\.isEmpty)
                if isLast && data.last != UInt8(ascii: "\n") {
                    notes.append("the last line of the journal was cut off (pgcoach was killed while writing it) and is left out")
                } else {
                    throw Unreadable(description: "\(path):\(index + 1): not a pgcoach journal event (\(Self.reason(error)))")
                }
            }
        }
        if events.isEmpty { throw Unreadable(description: "\(path): no journal events in this file") }
        if !events.contains(where: { $0.kind == .end }) {
            notes.append("the session did not end normally (no end event): it was killed or is still running")
        }
        return Contents(events: events, notes: notes)
    }

    static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.keyNotFound(let key, _) = error { return "missing \(key.stringValue)" }
        if case DecodingError.typeMismatch(_, let context) = error { return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))" }
        return "unreadable"
    }

    /// The directory journals go to: `$XDG_STATE_HOME/pgcoach/sessions`.
    static var directory: String { StatePaths.directory + "/sessions" }
}
