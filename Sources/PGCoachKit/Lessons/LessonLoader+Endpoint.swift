import TutorCore

extension LessonLoader {
    /// `endpoint_sql:` on a workload step: the application's service discovery, a query whose
    /// first value names the server it writes to. Not with a pooler or concurrent sessions,
    /// which have their own routes.
    static func endpointQuery(_ w: YAMLFieldReader, _ step: WorkloadStep) throws -> String? {
        guard let sql = try w.sqlText("endpoint_sql") else { return nil }
        if step.via == .pooler {
            throw w.error("endpoint_sql", "a step through the pooler has its route; drop via: pooler or endpoint_sql")
        }
        if !step.concurrent.isEmpty { throw w.error("endpoint_sql", "a concurrent step runs on its own server; give it sql instead") }
        return sql
    }
}
