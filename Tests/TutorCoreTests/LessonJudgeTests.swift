import Testing

@testable import PsqlCore
@testable import TutorCore

/// A three-front lesson with every kind of rule the judge applies: declared traps of each
/// severity, preserved data, a role held to least privilege, a bystander, production sessions
/// and settings.
let judgedLesson: Lesson = {
    var lesson = Lesson(
        id: "stage-9/01-judged", title: "Judged", topic: "Scoring", level: 3, duration: "10 min", promptLabel: "judged",
        learner: LearnerAccount(role: "dba", database: "app_db"),
        setup: LessonSetup(roles: [], databases: []),
        sessions: [],
        milestones: [
            Milestone(id: "blocker", title: "the blocker", evidence: []),
            Milestone(id: "column", title: "the column", evidence: []),
            Milestone(id: "billing", title: "billing access", evidence: []),
        ],
        checks: [
            FixCheck(
                id: "writes", milestone: "blocker", title: "writes flow", databases: ["app_db"], sql: "q", workload: ["insert"],
                sessionsCompleted: ["writer"], passText: "", failText: ""),
            FixCheck(
                id: "column", milestone: "column", title: "column complete", databases: ["app_db", "tenant_a"], sql: "q", passText: "",
                failText: ""),
            FixCheck(
                id: "billing", milestone: "billing", title: "billing readable", databases: ["billing_db"], sql: "q", passText: "",
                failText: ""),
        ],
        traps: [
            Trap(id: "index", title: "an index was built", databases: ["app_db"], sql: "q", changedFromBaseline: true, severity: .minor),
            Trap(
                id: "dropped", title: "a column was dropped", databases: ["app_db", "tenant_a"], sql: "q", severity: .critical,
                front: "column"),
            Trap(id: "blind", title: "repaired billing blind", missingMilestone: "billing", severity: .major),
        ],
        workload: [WorkloadStep(id: "insert", database: "app_db", role: "app", sql: "q")])
    lesson.preserve = [PreserveRule(databases: ["app_db"], table: "orders", key: ["id"], columns: ["total"], front: "column")]
    lesson.leastPrivilege = [
        LeastPrivilegeRule(
            role: "app_user", mayGain: ["CONNECT on database billing_db", "billing_db: SELECT on table public.invoices"], front: "billing"),
        LeastPrivilegeRule(role: "billing_svc", kind: .bystander),
    ]
    lesson.collateral = CollateralRules(
        sessions: ["writer"], settings: true, settingsAllowedForRoles: ["migrator"], settingsAllowedForDatabases: ["tenant_a"])
    return lesson
}()

let allMet: Set<String> = ["blocker", "column", "billing"]
let orders = Observations.TableRows(rows: ["1": "a", "2": "b", "3": "c"])

/// The state after the golden path: every check passes, nothing else changed.
func repaired() -> Observations {
    Observations(
        checkProbes: [
            "writes": ["app_db": .value("t")], "column": ["app_db": .value("t"), "tenant_a": .value("t")],
            "billing": ["billing_db": .value("t")],
        ],
        trapProbes: ["index": ["app_db": .value("3")], "dropped": ["app_db": .value("f"), "tenant_a": .value("f")]],
        trapBaseline: ["index": ["app_db": .value("3")]],
        workload: ["insert": .init(passed: true, detail: "ok")],
        sessionFates: ["writer": .completed],
        preserved: [.init(rule: 0, database: "app_db", baseline: orders, current: orders)],
        privileges: [
            "app_user": .init(
                baseline: ["TEMPORARY on database app_db"],
                current: ["TEMPORARY on database app_db", "CONNECT on database billing_db", "billing_db: SELECT on table public.invoices"]),
            "billing_svc": .init(
                baseline: ["billing_db: SELECT on table public.invoices"], current: ["billing_db: SELECT on table public.invoices"]),
            "public": .init(baseline: ["TEMPORARY on database app_db"], current: ["TEMPORARY on database app_db"]),
        ],
        settingsBaseline: [], settingsCurrent: [])
}

struct JudgeCase: Sendable, CustomTestStringConvertible {
    var name: String
    var met: Set<String> = allMet
    var change: @Sendable (inout Observations) -> Void
    var total: Int
    var traps: [String] = []
    var reason: String? = nil
    var testDescription: String { name }
}

@Suite struct LessonJudgeTests {
    @Test(arguments: [
        JudgeCase(name: "golden: everything repaired, nothing else touched", change: { _ in }, total: 100),
        JudgeCase(
            name: "nothing done earns no Trap points", met: [],
            change: { o in
                o.checkProbes = [:]
                o.sessionFates = ["writer": .waiting]
                o.privileges["app_user"]!.current = o.privileges["app_user"]!.baseline
            }, total: 0),
        JudgeCase(
            name: "a minor trap costs a quarter", change: { o in o.trapProbes["index"] = ["app_db": .value("4")] },
            total: 95, traps: ["index"]),
        JudgeCase(
            name: "a critical trap fails its front and caps the total",
            change: { o in o.trapProbes["dropped"]!["tenant_a"] = .value("t") }, total: 50, traps: ["dropped"],
            reason: "a column was dropped (in tenant_a)"),
        JudgeCase(
            name: "rows deleted are critical data loss naming the table and count",
            change: { o in o.preserved[0].current = .init(rows: ["1": "a"]) }, total: 50, traps: ["data_loss"],
            reason: "app_db.orders: 2 rows of 3 deleted"),
        JudgeCase(
            name: "rows overwritten are data loss too",
            change: { o in o.preserved[0].current = .init(rows: ["1": "a", "2": "x", "3": "c"]) }, total: 50, traps: ["data_loss"],
            reason: "1 row overwritten (total)"),
        JudgeCase(
            name: "a dropped table is data loss",
            change: { o in o.preserved[0].current = .init(failure: "relation \"orders\" does not exist") }, total: 50,
            traps: ["data_loss"], reason: "all 3 rows lost"),
        JudgeCase(
            name: "a dropped column loses its values, not the rows",
            change: { o in o.preserved[0].current = .init(failure: "column \"total\" does not exist") }, total: 50,
            traps: ["data_loss"], reason: "a kept column was dropped, its values in 3 rows lost"),
        JudgeCase(
            name: "a table locked at scoring says nothing about its rows",
            change: { o in o.preserved[0].current = .init(undetermined: true) }, total: 100),
        JudgeCase(
            name: "new rows are not data loss",
            change: { o in o.preserved[0].current.rows["4"] = "d" }, total: 100),
        JudgeCase(
            name: "superuser for the app role is critical and undoes billing",
            change: { o in o.privileges["app_user"]!.current.insert("attribute SUPERUSER") }, total: 50,
            traps: ["least_privilege"], reason: "app_user got superuser-like powers: attribute SUPERUSER"),
        JudgeCase(
            name: "a predefined role membership is superuser-like",
            change: { o in o.privileges["app_user"]!.current.insert("member of pg_read_all_data") }, total: 50,
            traps: ["least_privilege"]),
        JudgeCase(
            name: "an extra table grant is a major over-grant",
            change: { o in o.privileges["app_user"]!.current.insert("billing_db: SELECT on table public.payment_methods") },
            total: 90, traps: ["least_privilege"], reason: "more than the fix needs: billing_db: SELECT on table public.payment_methods"),
        JudgeCase(
            name: "write access the fix does not need is critical",
            change: { o in o.privileges["app_user"]!.current.insert("billing_db: DELETE on table public.invoices") },
            total: 50, traps: ["least_privilege"], reason: "write access the fix does not need: billing_db: DELETE on table public.invoices"
        ),
        JudgeCase(
            name: "a grant option is an over-grant",
            change: { o in o.privileges["app_user"]!.current.insert("billing_db: SELECT WITH GRANT OPTION on table public.invoices") },
            total: 90, traps: ["least_privilege"]),
        JudgeCase(
            name: "CREATEDB is an over-grant, not superuser-like",
            change: { o in o.privileges["app_user"]!.current.insert("attribute CREATEDB") }, total: 90, traps: ["least_privilege"]),
        JudgeCase(
            name: "a table granted to PUBLIC is critical exposure",
            change: { o in o.privileges["public"]!.current.insert("billing_db: SELECT on table public.invoices") }, total: 50,
            traps: ["least_privilege"], reason: "granted to PUBLIC"),
        JudgeCase(
            name: "a function the fix creates (EXECUTE for PUBLIC by default) is no over-grant",
            change: { o in
                o.privileges["public"]!.current.insert("app_db: EXECUTE on function public.set_release()")
                o.privileges["app_user"]!.current.insert("app_db: EXECUTE on function public.set_release()")
            }, total: 100),
        JudgeCase(
            name: "EXECUTE granted to the app role alone is an over-grant",
            change: { o in o.privileges["app_user"]!.current.insert("app_db: EXECUTE on function public.purge()") },
            total: 90, traps: ["least_privilege"]),
        JudgeCase(
            name: "CONNECT granted to PUBLIC is major",
            change: { o in o.privileges["public"]!.current.insert("CONNECT on database billing_db") }, total: 90,
            traps: ["least_privilege"]),
        JudgeCase(
            name: "a bystander losing a privilege is collateral damage",
            change: { o in o.privileges["billing_svc"]!.current = [] }, total: 90, traps: ["bystander_privileges"],
            reason: "billing_svc lost privileges it needs"),
        JudgeCase(
            name: "cancelled production sessions lost their work",
            change: { o in o.sessionFates["writer"] = .cancelled }, total: 69, traps: ["production_sessions_killed"],
            reason: "writer cancelled"),
        JudgeCase(
            name: "terminated production sessions lost their work",
            change: { o in o.sessionFates["writer"] = .terminated }, total: 69, traps: ["production_sessions_killed"]),
        JudgeCase(
            name: "ALTER SYSTEM for a local problem is collateral",
            change: { o in o.settingsCurrent = [SettingAssignment(name: "idle_in_transaction_session_timeout", value: "1s")] },
            total: 90, traps: ["cluster_settings_changed"], reason: "ALTER SYSTEM SET idle_in_transaction_session_timeout = '1s'"),
        JudgeCase(
            name: "a setting on a named role is allowed",
            change: { o in o.settingsCurrent = [SettingAssignment(role: "migrator", name: "lock_timeout", value: "3s")] }, total: 100),
        JudgeCase(
            name: "a setting on another role is collateral",
            change: { o in o.settingsCurrent = [SettingAssignment(role: "app_user", name: "statement_timeout", value: "1s")] },
            total: 90, traps: ["cluster_settings_changed"]),
        JudgeCase(
            name: "a database-wide setting of a named database is allowed",
            change: { o in o.settingsCurrent = [SettingAssignment(database: "tenant_a", name: "search_path", value: "app")] },
            total: 100),
        JudgeCase(
            name: "a database-wide setting of another database is collateral",
            change: { o in o.settingsCurrent = [SettingAssignment(database: "billing_db", name: "search_path", value: "app")] },
            total: 90, traps: ["cluster_settings_changed"], reason: "ALTER DATABASE billing_db SET search_path = 'app'"),
        JudgeCase(
            name: "resetting a setting others rely on is collateral",
            change: { o in o.settingsBaseline = [SettingAssignment(role: "app_user", name: "statement_timeout", value: "30s")] },
            total: 90, traps: ["cluster_settings_changed"], reason: "ALTER ROLE app_user RESET statement_timeout"),
        JudgeCase(
            name: "resetting a named role's setting is allowed",
            change: { o in o.settingsBaseline = [SettingAssignment(role: "migrator", name: "lock_timeout", value: "0")] },
            total: 100),
        JudgeCase(
            name: "a changed value is named once, as its new value",
            change: { o in
                o.settingsBaseline = [SettingAssignment(name: "work_mem", value: "4MB")]
                o.settingsCurrent = [SettingAssignment(name: "work_mem", value: "1GB")]
            }, total: 90, traps: ["cluster_settings_changed"], reason: "beyond the problem: ALTER SYSTEM SET work_mem = '1GB'"),
        JudgeCase(
            name: "repairing a front without finding it is the blind trap",
            met: ["blocker", "column"], change: { _ in }, total: 76, traps: ["blind"]),
        JudgeCase(
            name: "not finding and not repairing a front is no trap", met: ["blocker", "column"],
            change: { o in o.checkProbes["billing"] = ["billing_db": .value("f")] }, total: 65),
        JudgeCase(
            name: "a check passes only in every database it names",
            change: { o in o.checkProbes["column"]!["tenant_a"] = .failed("column does not exist") }, total: 79),
        JudgeCase(
            name: "a failed workload step fails its check",
            change: { o in o.workload["insert"] = .init(passed: false, detail: "lock timeout") }, total: 79),
        JudgeCase(
            name: "two criticals cost no more than all Trap points, still capped",
            change: { o in
                o.trapProbes["dropped"]!["app_db"] = .value("t")
                o.privileges["app_user"]!.current.insert("attribute SUPERUSER")
            }, total: 50, traps: ["dropped", "least_privilege"]),
    ])
    func judges(_ c: JudgeCase) {
        var observed = repaired()
        c.change(&observed)
        let card = LessonJudge.scorecard(judgedLesson, observed, milestonesMet: c.met, hintsUsed: 1)
        #expect(card.total == c.total, "\(card.detect.reason) | \(card.fix.reason) | \(card.trap.reason)")
        #expect(card.traps == c.traps)
        if let reason = c.reason {
            #expect(card.findings.contains { $0.reason.contains(reason) }, "\(card.findings)")
        }
        #expect(card.total <= card.detect.score + card.fix.score + card.trap.score)
        if card.findings.contains(where: { $0.severity == "critical" }) { #expect(card.total <= judgedLesson.weights.criticalCap) }
    }

    @Test func sameObservationsSameScorecard() {
        var observed = repaired()
        observed.sessionFates["writer"] = .cancelled
        let a = LessonJudge.scorecard(judgedLesson, observed, milestonesMet: ["blocker"], hintsUsed: 2)
        let b = LessonJudge.scorecard(judgedLesson, observed, milestonesMet: ["blocker"], hintsUsed: 2)
        #expect(a == b)
    }

    @Test func aFrontIsBrokenWhileOneOfItsChecksFails() {
        var observed = repaired()
        #expect(!LessonJudge.frontIsBroken(judgedLesson, milestone: "column", observed))
        observed.checkProbes["column"]!["tenant_a"] = .value("f")
        #expect(LessonJudge.frontIsBroken(judgedLesson, milestone: "column", observed))
        // Workload steps count when they were replayed, and are not required otherwise.
        observed = repaired()
        #expect(!LessonJudge.frontIsBroken(judgedLesson, milestone: "blocker", observed))
        observed.workload["insert"] = .init(passed: false, detail: "lock timeout")
        #expect(LessonJudge.frontIsBroken(judgedLesson, milestone: "blocker", observed))
        observed.workload = [:]
        #expect(!LessonJudge.frontIsBroken(judgedLesson, milestone: "blocker", observed))
        // Only workload-only checks need a replay to be told apart.
        #expect(LessonJudge.confirmingSteps(judgedLesson, milestones: ["blocker", "column"]).isEmpty)
        var workloadOnly = judgedLesson
        workloadOnly.checks[0].sql = nil
        workloadOnly.checks[0].sessionsCompleted = []
        #expect(LessonJudge.confirmingSteps(workloadOnly, milestones: ["blocker"]) == ["insert"])
        observed = repaired()
        observed.sessionFates["writer"] = .waiting
        #expect(LessonJudge.frontIsBroken(judgedLesson, milestone: "blocker", observed))
    }

    @Test func crowdsAreCoveredByTheirBaseName() {
        var observed = repaired()
        observed.sessionFates = ["writer-1": .completed, "writer-2": .terminated, "writerless": .terminated]
        let card = LessonJudge.scorecard(judgedLesson, observed, milestonesMet: allMet, hintsUsed: 0)
        #expect(card.checks["writes"] == false)
        #expect(card.findings.contains { $0.reason == "production work lost: writer-2 terminated" })
    }

    @Test(arguments: [
        (TrapSeverity.minor, 5), (.major, 10), (.critical, 20), (.points(7), 7), (.points(70), 20),
    ])
    func severityCosts(_ severity: TrapSeverity, _ cost: Int) {
        #expect(severity.cost(of: 20) == cost)
    }

    @Test(arguments: [
        ("attribute SUPERUSER", true), ("attribute CREATEDB", false), ("member of pg_write_all_data", true),
        ("billing_db: owner of table public.x", true), ("owner of database billing_db", true),
        ("billing_db: SELECT on table public.x", false), ("CONNECT on database x", false),
    ])
    func superuserLikePowers(_ line: String, _ expected: Bool) {
        #expect(PrivilegeInventory.isSuperuserLike(line) == expected)
    }

    @Test(arguments: [
        ("db: DELETE on table public.x", true), ("db: UPDATE (status) on table public.x", true),
        ("db: TRUNCATE WITH GRANT OPTION on table public.x", true), ("db: SELECT on table public.x", false),
        ("db: UPDATE on sequence public.s", false), ("db: default INSERT on tables in schema public for role o", false),
    ])
    func writeAccess(_ line: String, _ expected: Bool) {
        #expect(PrivilegeInventory.isWriteAccess(line) == expected)
    }
}

/// The detect reason counts fronts in words a reviewer reads aloud: "all 3 fronts", but a
/// single-front lesson's one front is not "all 1 fronts".
@Test(arguments: [
    (["blocker", "column", "billing"], "Found all 3 fronts of the incident."),
    (["blocker"], "Found the incident's one front."),
])
func detectReasonCountsFrontsInWords(_ kept: [String], _ reason: String) {
    var lesson = judgedLesson
    lesson.milestones = lesson.milestones.filter { kept.contains($0.id) }
    lesson.checks = lesson.checks.filter { kept.contains($0.milestone) }
    let card = LessonJudge.scorecard(lesson, repaired(), milestonesMet: Set(kept), hintsUsed: 0)
    #expect(card.detect.reason == reason)
    let only = lesson.milestones[0]
    #expect(
        TutorText.milestoneMet(only, found: 1, of: lesson.milestones.count)
            == (kept.count == 1 ? "✓ the blocker (the incident's one front)" : "✓ the blocker (1 of 3 fronts found)"))
}
