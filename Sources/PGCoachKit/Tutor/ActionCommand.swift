import PsqlCore
import Sandbox
import TutorCore

/// `\action` lists the lesson's actions, one line each; `\action ID [ARGS]` runs one (asking
/// first when the learner types it; never in a script). A run is shown as rows, recorded like a
/// query result (evidence can read it), journaled as an `action` event, and remembered for
/// `action_taken:` until the next `\reset`.
enum ActionCommand {
    static let spec = MetaCommandSpec(
        ["action"], "\\action [ID [ARGS]]", "list the safe actions this incident allows, or run one", group: .tutor)

    static func run(
        _ command: MetaCommand, environment: LessonEnvironment, in session: ReplSession, journal: ((String) -> Void)?
    ) {
        var observed: [ObservedResult] = []
        defer { session.publishRows(of: command, observed) }
        let lesson = environment.lesson
        let arguments = command.rawArguments.withoutSurroundingSpace
        guard let id = arguments.split(whereSeparator: \.isWhitespace).first.map(String.init) else {
            list(lesson, in: session)
            return
        }
        guard let action = lesson.actions.first(where: { $0.id == id }) else {
            let ids = lesson.actions.map(\.id)
            session.output.errorLine(
                "\\action: no action \(id) (" + (ids.isEmpty ? "this lesson has none" : "actions: \(ids.joined(separator: ", "))") + ")")
            return
        }
        let request: ActionRequest
        switch ActionRequest.parse(ActionRequest.restAfter(words: 1, in: arguments), for: action) {
        case .success(let parsed): request = parsed
        case .failure(let problem):
            session.output.errorLine("\\action: \(problem.message)")
            return
        }
        guard let sandbox = environment.sandbox else {
            session.output.errorLine("\\action: actions run only in pgcoach's own sandbox")
            return
        }
        if let problem = LessonActionRunner.problem(with: request, of: action, lesson: lesson, sandbox: sandbox) {
            session.output.errorLine("\\action: \(action.id): \(problem)")
            return
        }
        if session.isInteractiveInput {
            session.output.flush()
            // Said as typed: `nightly-backup billing_db` is not the whole job.
            let asked = arguments.contains(where: \.isWhitespace) ? arguments : action.id
            let answer = session.reader.readLine(prompt: "\(asked) — \(action.description). Run it? [y/N] ")
            guard case .line(let text) = answer, text.lowercased().hasPrefix("y") else {
                session.output.line("Not run.")
                return
            }
        }
        let outcome = environment.runAction(action, request, sandbox: sandbox)
        if !outcome.rows.isEmpty {
            var options = session.tablePrinter().options
            options.title = "Action \(action.id)"
            var buffer = OutputBuffer()
            TablePrinter(options: options).render(
                headers: outcome.columns, alignments: outcome.columns.map { $0 == "size" || $0 == "line_number" ? .right : .left },
                rows: outcome.rows, into: &buffer)
            session.output.write(buffer.text)
            observed.append(
                ObservedResult(
                    columns: outcome.columns, rows: Array(outcome.rows.prefix(ObservedResult.keptRowLimit)), rowCount: outcome.rows.count,
                    commandTag: ""))
        }
        if let server = outcome.createdServer, let node = sandbox.node(named: server) {
            environment.sandboxState.createdServers.append(server)
            if session.configuration.serverHosts.isEmpty {
                session.configuration.serverHosts[Sandbox.primaryName] = sandbox.socketDirectory
            }
            session.configuration.serverHosts[server] = node.socketDirectory
        }
        if outcome.succeeded {
            environment.sandboxState.record(action.id)
            session.output.line("\(action.id): \(outcome.summary)")
        } else {
            session.output.errorLine("\\action: \(action.id): \(outcome.summary)")
        }
        journal?("\(action.id) \(outcome.succeeded ? "ran" : "failed"): \(outcome.summary)")
    }

    static func list(_ lesson: Lesson, in session: ReplSession) {
        if lesson.actions.isEmpty {
            session.output.line("This incident allows no actions beyond SQL.")
            return
        }
        let width = lesson.actions.map(\.usage.count).max() ?? 0
        var lines = ["Actions (\\action ID runs one):"]
        for action in lesson.actions {
            lines.append("  " + action.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + action.description)
        }
        session.output.line(lines.joined(separator: "\n"))
    }
}

extension String {
    var withoutSurroundingSpace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
