import PostgresClient
import PsqlCore
import TutorCore

/// `\c` to the lesson's pooler. pgbouncer's admin console is its virtual database `pgbouncer`,
/// so `\c pgbouncer` reaches it (its `SHOW POOLS`, `SHOW CLIENTS`, `SHOW CONFIG` come back as
/// ordinary result rows, which evidence rules read like any other); `\c DB - pooler` connects
/// to a lesson database through the pooler, as the application does, and `\c DB - server`
/// (or `- primary`, the home server's name in lessons with several) straight to the server
/// again. Everything else is psql's `\c`. The pooler is no server of its own: what the
/// learner runs through it is located on the home server, like the database it reaches.
///
/// The pooler's socket lives in the sandbox under a path nobody types; the names `pooler` and
/// `server` stand for it as a host would in production.
final class PoolerCompanion: MetaCommandProvider {
    private let environment: LessonEnvironment

    init(environment: LessonEnvironment) {
        self.environment = environment
    }

    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool {
        guard command.name == "c" || command.name == "connect", environment.lesson.pooler != nil else { return false }
        let values = command.arguments.map { MetaCommand.dequoted($0) }
        func argument(_ index: Int) -> String? {
            guard index < values.count else { return nil }
            let (value, wasQuoted) = values[index]
            return (!wasQuoted && (value.isEmpty || value == "-")) ? nil : value
        }
        let database = argument(0)
        let user = argument(1) ?? session.connection.user
        let host = argument(2)
        if values.count > 3 { return false }  // a port given: plain psql \c
        let target: String?
        // Where the learner meant to go, as the tutor places it (on the home server).
        let attempted: String
        switch host {
        case LessonPooler.hostName?:
            attempted = database ?? session.connection.database
            target = environment.poolerConninfo(database: attempted, user: user)
        case nil where database == LessonPooler.consoleDatabase:
            attempted = LessonPooler.consoleDatabase
            target = environment.poolerConninfo(database: attempted, user: user)
        case "server"?, DatabaseLocation.primaryServer?:
            let name = database ?? session.connection.database
            // The console is the pooler's alone; on the server, go to the learner's database.
            attempted = name == LessonPooler.consoleDatabase ? environment.lesson.learner.database : name
            target = environment.server.conninfo(database: attempted, user: user)
        default:
            return false
        }
        guard let target else {
            session.itemSucceeded = false
            session.output.errorLine("\\connect: the pooler is not running (pgbouncer exited; \\reset starts it again)")
            session.output.errorLine("Previous connection kept")
            return true
        }
        let (oldHost, oldPort) = (session.connection.host, session.connection.port)
        do {
            let fresh = try Connection(conninfo: target, applicationName: .fixed(session.configuration.applicationName))
            session.adopt(fresh)
            if !session.variables.quiet {
                session.output.line(session.connectedMessage(fresh, previousHost: oldHost, previousPort: oldPort))
            }
        } catch {
            session.itemSucceeded = false
            session.output.errorLine("\\connect: \(error)")
            session.output.errorLine("Previous connection kept")
            session.publish(
                ExecutionRecord(
                    kind: .metaCommand, input: ReplSession.display(command), database: attempted,
                    error: ConnectionRefusal.message("\(error)")))
        }
        return true
    }
}
