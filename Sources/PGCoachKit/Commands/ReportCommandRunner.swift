import Foundation
import TutorCore

/// `pgcoach report [PATH...] [--format text|markdown|csv|json]`: reads journals (files, or
/// directories searched for `*.jsonl`), splits them into attempts and prints the class report.
/// A file that cannot be used is listed with its reason; it never stops the report.
public enum ReportCommandRunner {
    public enum Format: String, CaseIterable { case text, markdown, csv, json }

    public static func run(paths: [String], format: String, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        guard let format = Format(rawValue: format) else {
            output.errorLine("pgcoach report: unknown format \"\(format)\" (text, markdown, csv or json)")
            return 2
        }
        let roots = paths.isEmpty ? [JournalFile.directory] : paths
        let (report, files) = collect(roots)
        guard files > 0 else {
            output.errorLine(
                "pgcoach report: no journals in \(roots.joined(separator: ", ")) (pgcoach start journals each session into \(JournalFile.directory))"
            )
            for s in report.skipped { output.errorLine("  \(s.source): \(s.reason)") }
            return 1
        }
        switch format {
        case .text:
            output.write(ClassReportRenderer.text(report))
        case .markdown:
            output.write(ClassReportRenderer.markdown(report))
        case .csv:
            output.write(ClassReportRenderer.csv(report))
            for s in report.skipped { output.errorLine("pgcoach report: skipped \(s.source): \(s.reason)") }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(ClassReportDocument(report)) else {
                output.errorLine("pgcoach report: could not encode the report as JSON")
                return 1
            }
            output.line(String(decoding: data, as: UTF8.self))
        }
        return 0
    }

    /// Every attempt in the journals under `roots`, and the files skipped. Also returns how many
    /// files were looked at (a report over nothing is an error the user should hear about).
    static func collect(_ roots: [String]) -> (ClassReport, files: Int) {
        var attempts: [Attempt] = []
        var skipped: [ClassReport.Skipped] = []
        var files = 0
        var connectSessions = 0
        for path in journalFiles(roots, skipped: &skipped) {
            files += 1
            // A `connect` session shows in its first line; its (possibly large) rest is not read.
            if let first = JournalFile.firstEvent(path), first.kind == .sessionStart, first.lesson == nil {
                connectSessions += 1
                continue
            }
            do {
                let contents = try JournalFile.read(path, outline: true)
                attempts += try AttemptSplitter.attempts(in: contents.events, source: path)
            } catch AttemptSplitter.NoAttempt.notALesson {
                // `pgcoach connect` sessions are journaled too; they are not attempts, nor broken.
                connectSessions += 1
            } catch {
                skipped.append(.init(source: path, reason: reason(error, path: path)))
            }
        }
        var report = ClassReport(attempts: attempts, skipped: skipped)
        report.connectSessions = connectSessions
        return (report, files)
    }

    /// Files named on the command line are read whatever their name; directories are searched
    /// (recursively: a teacher's folder may hold one folder per student) for `*.jsonl`.
    static func journalFiles(_ roots: [String], skipped: inout [ClassReport.Skipped]) -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        for root in roots {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else {
                skipped.append(.init(source: root, reason: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(root)
                continue
            }
            guard let walker = fm.enumerator(atPath: root) else {
                skipped.append(.init(source: root, reason: "cannot read this directory"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".jsonl") { found.append(root + "/" + relative) }
            }
            files += found.sorted()
        }
        return files
    }

    /// The reason without the path the report already prints beside it.
    static func reason(_ error: Error, path: String) -> String {
        var text = "\(error)"
        for prefix in [path + ": ", path + ":"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            if prefix.hasSuffix(":"), let first = text.first, first.isNumber { text = "line " + text }
            break
        }
        if text.hasPrefix("cannot read the journal") { text = "cannot read this file" }
        return text
    }
}
