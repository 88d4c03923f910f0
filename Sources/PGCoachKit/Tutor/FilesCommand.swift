import Foundation
import PsqlCore
import Sandbox
import TutorCore

/// `\files [DIR]`: the lesson directories (or one of them, or `data`, the data directory's top
/// level) as rows — name, size, modified — printed like a query result and recorded like one,
/// so evidence rules (`meta_command: [files]`) read them.
enum FilesCommand {
    static let spec = MetaCommandSpec(
        ["files"], "\\files [DIR]", "the lesson's directories (backups, archive, …): name, size, modified", group: .tutor)

    static let columns = ["name", "size", "modified"]

    static func run(_ command: MetaCommand, environment: LessonEnvironment, in session: ReplSession) {
        var observed: [ObservedResult] = []
        defer { session.publishRows(of: command, observed) }
        let directories = environment.lesson.files
        let words = command.rawArguments.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count <= 1 else {
            session.output.errorLine("\\files: give one directory at most (\(known(directories)))")
            return
        }
        if let name = words.first, !directories.knows(name) {
            session.output.errorLine("\\files: no directory \(name) (\(known(directories)))")
            return
        }
        guard let sandbox = environment.sandbox else {
            session.output.errorLine("\\files: only pgcoach's own sandbox has lesson directories")
            return
        }
        let listed = words.first.map { [$0] } ?? directories.names
        if listed.isEmpty {
            session.output.errorLine("\\files: this lesson keeps no files (\\files data lists the data directory)")
            return
        }
        var rows: [[String?]] = []
        for name in listed {
            do {
                for entry in try sandbox.listFiles(in: name) {
                    let shown = words.isEmpty ? name + "/" + entry.displayName : entry.displayName
                    rows.append([shown, String(entry.size), modified(entry.modified)])
                }
            } catch {
                session.output.errorLine("\\files: cannot list \(name): \(error)")
                return
            }
        }
        var options = session.tablePrinter().options
        options.title = words.first.map { "Files in \($0)" } ?? "Lesson files"
        var buffer = OutputBuffer()
        TablePrinter(options: options).render(headers: columns, alignments: [.left, .right, .left], rows: rows, into: &buffer)
        session.output.write(buffer.text)
        observed.append(
            ObservedResult(
                columns: columns, rows: Array(rows.prefix(ObservedResult.keptRowLimit)), rowCount: rows.count, commandTag: ""))
    }

    static func known(_ directories: LessonFileDirectories) -> String {
        "known: " + (directories.names + [LessonFileDirectories.dataDirectoryName]).joined(separator: ", ")
    }

    /// `2026-12-01 16:50:02 UTC`.
    static func modified(_ seconds: Int64) -> String {
        ClockText.text("%Y-%m-%d %H:%M:%S UTC", at: time_t(seconds), utc: true)
    }
}
