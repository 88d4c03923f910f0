import PsqlCore
import Sandbox
import TutorCore

/// `\log [N] [REGEX]`: the log of the server the learner is on (the primary's through the
/// pooler) as rows (time, level, message, detail),
/// printed like a query result and recorded like one, so evidence rules (`meta_command: [log]`
/// with `cell:` or `row:`) read it as they read any output.
enum ServerLogCommand {
    static let spec = MetaCommandSpec(
        ["log"], "\\log [N] [REGEX]", "this server's log: its last N messages (20), or those matching REGEX", group: .tutor)

    static func run(_ command: MetaCommand, environment: LessonEnvironment, in session: ReplSession) {
        var observed: [ObservedResult] = []
        defer { session.publishRows(of: command, observed) }
        let query: ServerLogQuery
        switch ServerLogQuery.parse(command.rawArguments) {
        case .success(let parsed): query = parsed
        case .failure(let problem):
            session.output.errorLine("\\log: \(problem.message)")
            return
        }
        guard case .sandbox(let sandbox) = environment.server else {
            session.output.errorLine(
                "\\log: the server log is only readable in pgcoach's own sandbox (this lesson runs on --server); ask that server's administrator"
            )
            return
        }
        // A standby's log is where its walreceiver and startup process say what goes wrong.
        let node = session.serverName.flatMap { sandbox.node(named: $0)?.name }
        let text: String
        do {
            text = try sandbox.serverLogTail(server: node)
        } catch {
            session.output.errorLine("\\log: cannot read the server log: \(error)")
            return
        }
        let entries = query.select(ServerLogEntry.parse(text))
        let rows = entries.map(\.row)
        var options = session.tablePrinter().options
        options.title = node.map { "Server log (\($0))" } ?? "Server log"
        var buffer = OutputBuffer()
        TablePrinter(options: options).render(
            headers: ServerLogEntry.columns, alignments: [.left, .left, .left, .left], rows: rows, into: &buffer)
        session.output.write(buffer.text)
        observed.append(
            ObservedResult(
                columns: ServerLogEntry.columns, rows: Array(rows.prefix(ObservedResult.keptRowLimit)), rowCount: rows.count, commandTag: ""
            ))
    }
}
