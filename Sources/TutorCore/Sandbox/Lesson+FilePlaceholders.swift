extension Lesson {
    /// Every SQL text and server setting of the lesson, for placeholder checks: (where, text).
    public var placeholderTexts: [(field: String, text: String)] {
        var texts: [(String, String)] = setup.roles.map { ("setup.roles", $0) } + setup.after.map { ("setup.after", $0) }
        for database in setup.databases { texts += database.sql.map { ("setup.databases \(database.name).sql", $0) } }
        for session in sessions { texts += session.statements.map { ("sessions \(session.name).statements", $0) } }
        for check in checks { texts += [check.sql, check.plan?.sql].compactMap { $0 }.map { ("checks \(check.id).sql", $0) } }
        for trap in traps { texts += [trap.sql, trap.plan?.sql].compactMap { $0 }.map { ("traps \(trap.id).sql", $0) } }
        for step in workload {
            texts += [("workload \(step.id).sql", step.sql)] + step.concurrent.map { ("workload \(step.id).concurrent", $0.sql) }
        }
        texts += serverSettings.map { ("server.settings.\($0.name)", $0.value) }
        for action in actions {
            if case .backup(let backup) = action.kind, let query = backup.databasesQuery {
                texts.append(("actions \(action.id).databases_sql", query.sql))
            }
        }
        return texts
    }

    /// The lesson with `{{dir}}` placeholders in its SQL and settings replaced by the lesson
    /// directories' server paths (`LessonFileDirectories.substitute`).
    public func substitutingFilePlaceholders() -> Lesson {
        guard !files.names.isEmpty else { return self }
        let s = files.substitute
        var lesson = self
        lesson.setup.roles = setup.roles.map(s)
        lesson.setup.after = setup.after.map(s)
        for i in lesson.setup.databases.indices { lesson.setup.databases[i].sql = lesson.setup.databases[i].sql.map(s) }
        for i in lesson.sessions.indices { lesson.sessions[i].statements = lesson.sessions[i].statements.map(s) }
        for i in lesson.checks.indices {
            lesson.checks[i].sql = lesson.checks[i].sql.map(s)
            if let plan = lesson.checks[i].plan { lesson.checks[i].plan?.sql = s(plan.sql) }
        }
        for i in lesson.traps.indices {
            lesson.traps[i].sql = lesson.traps[i].sql.map(s)
            if let plan = lesson.traps[i].plan { lesson.traps[i].plan?.sql = s(plan.sql) }
        }
        for i in lesson.workload.indices {
            lesson.workload[i].sql = s(lesson.workload[i].sql)
            for j in lesson.workload[i].concurrent.indices {
                lesson.workload[i].concurrent[j].sql = s(lesson.workload[i].concurrent[j].sql)
            }
        }
        for i in lesson.serverSettings.indices { lesson.serverSettings[i].value = s(lesson.serverSettings[i].value) }
        for i in lesson.actions.indices {
            if case .backup(var backup) = lesson.actions[i].kind, let query = backup.databasesQuery {
                backup.databasesQuery?.sql = s(query.sql)
                lesson.actions[i].kind = .backup(backup)
            }
        }
        return lesson
    }
}
