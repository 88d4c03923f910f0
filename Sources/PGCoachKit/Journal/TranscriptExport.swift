import Foundation
import TutorCore

/// Turns a journal into a transcript file: Markdown for reviewers, one self-contained HTML page
/// with a timeline, or the normalized event list as JSON.
public enum TranscriptExport {
    public enum Format: String, Sendable, CaseIterable { case markdown, json, html }

    /// Writes the transcript and returns its path. Without `destination`, it goes to
    /// `transcripts/` under the current directory when that exists, else the current directory.
    public static func write(journal: String, format: Format, to destination: String?) throws -> String {
        let contents = try JournalFile.read(journal)
        let data: Data
        switch format {
        case .markdown:
            data = Data(TranscriptRenderer.markdown(contents.events, notes: contents.notes).utf8)
        case .html:
            data = Data(HTMLTranscriptRenderer.page(contents.events, notes: contents.notes).utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(contents.events) + Data("\n".utf8)
        }
        let path = destination ?? defaultPath(for: journal, format: format)
        // 0600 like the journal it comes from: a transcript holds everything the learner saw.
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard file >= 0 else { throw JournalFile.Unreadable(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(file) }
        guard fchmod(file, 0o600) == 0 else { throw JournalFile.Unreadable(description: "cannot make \(path) private") }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(file, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard written else {
            throw JournalFile.Unreadable(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return path
    }

    /// `\export page.html` writes HTML, `\export events.json` JSON, anything else Markdown.
    static func format(forFile file: String?) -> Format {
        let lower = file?.lowercased() ?? ""
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".json") { return .json }
        return .markdown
    }

    static func defaultPath(for journal: String, format: Format) -> String {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let base =
            fm.fileExists(atPath: "transcripts", isDirectory: &isDirectory) && isDirectory.boolValue
            ? "transcripts" : "."
        let name = URL(fileURLWithPath: journal).deletingPathExtension().lastPathComponent
        let ext =
            switch format {
            case .markdown: "md"
            case .json: "json"
            case .html: "html"
            }
        return "\(base)/\(name).\(ext)"
    }

    /// `pgcoach export JOURNAL [--format markdown|json|html] [-o FILE]`.
    public static func run(journal: String, format: String, output file: String?, console: ConsoleOutput = ConsoleOutput()) -> Int32 {
        guard let format = Format(rawValue: format) else {
            console.errorLine("pgcoach export: unknown format \"\(format)\" (markdown, json or html)")
            return 2
        }
        do {
            let path = try write(journal: journal, format: format, to: file)
            console.line("Transcript written to \(path)")
            return 0
        } catch {
            console.errorLine("pgcoach export: \(error)")
            return 1
        }
    }
}
