import PsqlCore
import TutorCore

/// Workload steps that resolve their server the way the application does (`endpoint_sql`).
extension LessonEnvironment {
    /// The location key the step runs on: its database on the server its endpoint query names
    /// (asked as the bootstrap superuser on the step's own database), or why the application
    /// could not connect anywhere. On a connection of its own: the audits use the cached
    /// checkers on other threads while the workload runs.
    func resolveEndpoint(of step: WorkloadStep) -> EndpointResolution {
        guard let sql = step.endpointSQL else { return .database(step.database) }
        let name: String?
        do {
            let connection = try Self.connect(
                server.conninfo(database: step.database), name: Self.checkerName, what: "endpoint of \(step.id)",
                options: Self.checkerOptions)
            name = try connection.scalar(sql)
        } catch {
            return .failed(
                WorkloadOutcome(passed: false, detail: "its endpoint could not be resolved: \(LessonActionRunner.message(error))"))
        }
        let servers = ServerSpec.withPrimary(lesson.servers).map(\.name)
        guard let name, servers.contains(name) else {
            return .failed(
                WorkloadOutcome(
                    passed: false,
                    detail:
                        "its endpoint resolves to \(name.map { "\"\($0)\"" } ?? "nothing"), which is no server (servers: \(servers.joined(separator: ", ")))"
                ))
        }
        return .database(DatabaseLocation(database: DatabaseLocation(key: step.database).database, server: name).key)
    }
}

/// Where a workload step runs: a location key, or the outcome of an application that could
/// not find its server.
enum EndpointResolution {
    case database(String)
    case failed(WorkloadOutcome)
}
