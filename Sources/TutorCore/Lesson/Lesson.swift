/// One lesson, as data: what to build, what to break, what counts as finding and fixing it.
/// Loaded from `lessons/<stage>/<NN-slug>/lesson.yaml` plus its hints file.
public struct Lesson: Sendable, Equatable {
    /// The lesson.yaml format this lesson is written in (2 today; see lessons/README.md).
    public var formatVersion: Int = Lesson.currentFormatVersion
    public var id: String
    public var title: String
    public var topic: String
    public var level: Int
    public var duration: String
    public var promptLabel: String
    public var learner: LearnerAccount
    public var setup: LessonSetup
    public var sessions: [BackgroundSessionSpec]
    public var milestones: [Milestone]
    public var checks: [FixCheck]
    public var traps: [Trap]
    public var workload: [WorkloadStep]
    /// Data that must survive the incident response (losing or overwriting it is critical).
    public var preserve: [PreserveRule] = []
    /// Roles held to least privilege, and bystander roles whose privileges must not shrink.
    public var leastPrivilege: [LeastPrivilegeRule] = []
    /// Production work and settings the learner must not damage while fixing a local problem.
    public var collateral: CollateralRules = CollateralRules()
    /// Server settings written into the sandbox's postgresql.conf before its first start
    /// (`server: {settings: …}`): restart-level ones like `max_connections` included.
    public var serverSettings: [SettingValue] = []
    /// The transaction counter moved ahead after setup (`server: {next_xid: N}`), or nil.
    public var transactionCounterJump: TransactionCounterJump?
    /// A connection pooler in front of the server (`pooler:`), or nil.
    public var pooler: LessonPooler?
    /// Directories beside the cluster (`files:`), actions the learner may run (`actions:`) and
    /// pg_hba.conf rules put above the template's at setup (`hba:`). See `Sandbox/`.
    public var files = LessonFileDirectories()
    public var actions: [LessonAction] = []
    public var hbaLines: [String] = []
    /// The servers beside the primary (standbys, a lost server); empty for one server.
    public var servers: [ServerSpec] = []
    public var weights: ScoreWeights
    public var paths: LessonPaths
    public var text: LessonText

    public static let currentFormatVersion = 2

    public init(
        id: String, title: String, topic: String, level: Int, duration: String, promptLabel: String,
        learner: LearnerAccount, setup: LessonSetup, sessions: [BackgroundSessionSpec], milestones: [Milestone],
        checks: [FixCheck], traps: [Trap], workload: [WorkloadStep], weights: ScoreWeights = ScoreWeights(),
        paths: LessonPaths = LessonPaths(), text: LessonText = LessonText()
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.level = level
        self.duration = duration
        self.promptLabel = promptLabel
        self.learner = learner
        self.setup = setup
        self.sessions = sessions
        self.milestones = milestones
        self.checks = checks
        self.traps = traps
        self.workload = workload
        self.weights = weights
        self.paths = paths
        self.text = text
    }

    /// The last path component without its `NN-` prefix: `final-production-incident`.
    public var slug: String {
        let last = id.split(separator: "/").last.map(String.init) ?? id
        if let dash = last.firstIndex(of: "-"), last[..<dash].allSatisfy(\.isNumber) {
            return String(last[last.index(after: dash)...])
        }
        return last
    }
}

/// The account the learner works as, and the database they start in.
public struct LearnerAccount: Sendable, Equatable {
    public var role: String
    public var database: String
    public init(role: String, database: String) {
        self.role = role
        self.database = database
    }
}

/// SQL that builds the lesson's cluster: roles, databases and their contents.
///
/// Each SQL block is a list of steps; every step is sent as one query (its statements share an
/// implicit transaction), so a step of its own can run `VACUUM`, `ALTER SYSTEM` or
/// `CREATE INDEX CONCURRENTLY`, which refuse to run inside a transaction block.
public struct LessonSetup: Sendable, Equatable {
    public struct Database: Sendable, Equatable {
        public var name: String
        public var owner: String?
        public var sql: [String]
        public init(name: String, owner: String? = nil, sql: [String]) {
            self.name = name
            self.owner = owner
            self.sql = sql
        }
    }

    public var roles: [String]
    public var databases: [Database]
    public var after: [String]

    public init(roles: [String], databases: [Database], after: [String] = []) {
        self.roles = roles
        self.databases = databases
        self.after = after
    }

    /// Every cluster-wide role statement, as one text (for reading role names out of it).
    public var rolesSQL: String { roles.joined(separator: "\n") }
}

/// A live session that pgcoach opens at setup and holds: the migration holding a lock, the
/// writers queued behind it.
public struct BackgroundSessionSpec: Sendable, Equatable {
    /// The state to wait for after sending the last statement.
    public enum Settled: String, Sendable, Equatable, CaseIterable {
        case idleInTransaction = "idle_in_transaction"
        case waitingOnLock = "waiting_on_lock"
        case idle
        case running
        /// Running and waiting on a wait event other than a lock (`wait_event:`, e.g. SyncRep).
        case waiting
        /// Sent its statement through the pooler and waits in its queue for a server
        /// connection (`SHOW POOLS` counts it in `cl_waiting`); only with `via: pooler`.
        case queued
    }

    public var name: String
    public var database: String
    public var role: String
    public var applicationName: String
    public var statements: [String]
    public var until: Settled
    /// With `until: waiting`: a case-insensitive regex the session's `wait_event` must match.
    public var waitEvent: String?
    /// Straight to the server, or through the lesson's pooler.
    public var via: ConnectionRoute = .server
    /// Service discovery (`endpoint_sql`): a query on `database` whose first value names the
    /// server the application resolves before it connects; the step then runs on its database
    /// there, so a wrong endpoint fails the step as it fails the application.
    public var endpointSQL: String?

    public init(name: String, database: String, role: String, applicationName: String, statements: [String], until: Settled) {
        self.name = name
        self.database = database
        self.role = role
        self.applicationName = applicationName
        self.statements = statements
        self.until = until
    }
}

/// Detect: a fact the learner must see for themselves.
public struct Milestone: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Any one rule proves the milestone (in each of `acrossDatabases` when given).
    public var evidence: [EvidenceRule]
    public var acrossDatabases: [String]

    public init(id: String, title: String, evidence: [EvidenceRule], acrossDatabases: [String] = []) {
        self.id = id
        self.title = title
        self.evidence = evidence
        self.acrossDatabases = acrossDatabases
    }
}

/// Conditions on one learner input and what it showed; all given conditions must hold.
/// Patterns are case-insensitive regular expressions, kept as text so the core stays pure.
public struct EvidenceRule: Sendable, Equatable {
    public var databases: [String]
    public var input: String?
    public var cell: String?
    public var column: String?
    public var errorSQLState: String?
    public var error: String?
    public var metaCommand: [String]
    /// Cells that must all be shown in one row: the blocker's name *with* its state.
    public var row: [RowCondition]
    /// A notice, warning or INFO message the input produced (its message or detail matches):
    /// VACUUM VERBOSE's "cannot be removed yet".
    public var notice: String?
    /// With no `databases`: the server whose output counts (nil: any).
    public var server: String?

    public init(
        databases: [String] = [], input: String? = nil, cell: String? = nil, column: String? = nil,
        errorSQLState: String? = nil, error: String? = nil, metaCommand: [String] = [], row: [RowCondition] = []
    ) {
        self.databases = databases
        self.input = input
        self.cell = cell
        self.column = column
        self.errorSQLState = errorSQLState
        self.error = error
        self.metaCommand = metaCommand
        self.row = row
    }

    /// Every regular expression the rule uses (for validation and precompiling).
    public var patterns: [String] {
        [input, cell, column, error, notice].compactMap { $0 } + row.flatMap { [$0.column, $0.cell].compactMap { $0 } }
    }
}

/// One cell of an evidence row: a value pattern, optionally tied to a column-name pattern.
public struct RowCondition: Sendable, Equatable {
    /// The column the cell must sit in (regex on the column name); nil: any column.
    public var column: String?
    /// The cell's value (regex; NULL reads as the empty string).
    public var cell: String
    public init(column: String? = nil, cell: String) {
        self.column = column
        self.cell = cell
    }
}

/// Fix: a probe of the state after the workload replay.
public struct FixCheck: Sendable, Equatable {
    public var id: String
    public var milestone: String
    public var title: String
    /// Where `sql` runs; with several, it must pass in each.
    public var databases: [String]
    public var sql: String?
    /// A plan-shape probe instead of `sql`: passes when the plan matches.
    public var plan: PlanProbe?
    /// A probe of the pooler's admin console instead of `sql` (its database is `pgbouncer`).
    public var poolerShow: PoolerShowProbe?
    /// Files that must be in a lesson directory (`file:`), and an action that must have run.
    public var file: FileCondition?
    public var actionTaken: String?
    /// For state that converges (replay catching up, a promotion finishing): the probe is
    /// repeated until it passes or this many milliseconds have passed; the last answer counts.
    public var withinMilliseconds: Int?
    public var workload: [String]
    public var sessionsCompleted: [String]
    public var passText: String
    public var failText: String

    public init(
        id: String, milestone: String, title: String, databases: [String] = [], sql: String? = nil,
        workload: [String] = [], sessionsCompleted: [String] = [], passText: String, failText: String
    ) {
        self.id = id
        self.milestone = milestone
        self.title = title
        self.databases = databases
        self.sql = sql
        self.workload = workload
        self.sessionsCompleted = sessionsCompleted
        self.passText = passText
        self.failText = failText
    }

    /// Whether the check probes the database (`sql` or `plan`).
    public var hasProbe: Bool { sql != nil || plan != nil || poolerShow != nil }
}

/// Trap: a shortcut that looks like a fix but leaves the incident half-resolved or worse.
public struct Trap: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Where `sql` runs; with several, the trap triggers when it triggers in any of them.
    public var databases: [String]
    public var sql: String?
    /// A plan-shape probe instead of `sql`: triggers when the plan matches.
    public var plan: PlanProbe?
    /// A probe of the pooler's admin console instead of `sql`: triggers when it holds.
    public var poolerShow: PoolerShowProbe?
    /// Files whose presence (`file:`) or removal since setup (`files_removed:`) is the
    /// shortcut, or an action whose running is (`action_taken:`).
    public var file: FileCondition?
    public var filesRemoved: FilesRemovedRule?
    public var actionTaken: String?
    /// As for checks: repeated until it triggers or this many milliseconds have passed.
    public var withinMilliseconds: Int?
    public var changedFromBaseline: Bool
    public var sessionsTerminated: [String]
    public var missingMilestone: String?
    public var severity: TrapSeverity
    /// The front whose fix a critical trap undoes (its checks fail).
    public var front: String?

    public init(
        id: String, title: String, databases: [String] = [], sql: String? = nil, changedFromBaseline: Bool = false,
        sessionsTerminated: [String] = [], missingMilestone: String? = nil, severity: TrapSeverity = .major,
        front: String? = nil
    ) {
        self.id = id
        self.title = title
        self.databases = databases
        self.sql = sql
        self.changedFromBaseline = changedFromBaseline
        self.sessionsTerminated = sessionsTerminated
        self.missingMilestone = missingMilestone
        self.severity = severity
        self.front = front
    }

    /// Whether the trap probes the database (`sql` or `plan`).
    public var hasProbe: Bool { sql != nil || plan != nil || poolerShow != nil }
}

/// One step of the production traffic replayed at scoring, rolled back afterwards.
public struct WorkloadStep: Sendable, Equatable {
    public var id: String
    public var database: String
    public var role: String
    public var sql: String
    public var expectTrue: Bool
    public var lockTimeoutMilliseconds: Int
    /// Connection settings (`-c name=value`), custom `app.*` names included: what the
    /// application sets for its session (a tenant id for row-level security).
    public var settings: [SettingValue] = []
    /// Instead of `sql`: statements of several sessions replayed in this order, each waited
    /// for until it finishes or queues on a lock (see `ConcurrentStatement`).
    public var concurrent: [ConcurrentStatement] = []
    /// Straight to the server, or through the lesson's pooler.
    public var via: ConnectionRoute = .server
    /// Service discovery (`endpoint_sql`): a query on `database` whose first value names the
    /// server the application resolves before it connects; the step then runs on its database
    /// there, so a wrong endpoint fails the step as it fails the application.
    public var endpointSQL: String?

    public init(id: String, database: String, role: String, sql: String, expectTrue: Bool = false, lockTimeoutMilliseconds: Int = 300) {
        self.id = id
        self.database = database
        self.role = role
        self.sql = sql
        self.expectTrue = expectTrue
        self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
    }
}

/// Points per dimension (40/40/20 by default; lessons/README.md, "How the judge scores").
public struct ScoreWeights: Sendable, Equatable {
    public var detect: Int
    public var fix: Int
    public var trap: Int
    /// The highest total an attempt with a critical trap can reach.
    public var criticalCap: Int
    public init(detect: Int = 40, fix: Int = 40, trap: Int = 20, criticalCap: Int = 50) {
        self.detect = detect
        self.fix = fix
        self.trap = trap
        self.criticalCap = criticalCap
    }
    public var total: Int { detect + fix + trap }
}

/// Learner-facing text from the hints file.
public struct LessonText: Sendable, Equatable {
    public var briefing: String
    /// Per milestone id: where to look → what signal → mechanism.
    public var milestoneHints: [String: [String]]
    public var remediationHints: [String]
    public var postmortem: String

    public init(briefing: String = "", milestoneHints: [String: [String]] = [:], remediationHints: [String] = [], postmortem: String = "") {
        self.briefing = briefing
        self.milestoneHints = milestoneHints
        self.remediationHints = remediationHints
        self.postmortem = postmortem
    }
}

/// One statement of a concurrent workload step: which session sends it (opened as `role` on
/// first use, inside a transaction rolled back at the end) and what it sends. Replaying
/// sessions statement by statement in a fixed order makes races reproducible: a gate session
/// holding rows releases two writers at once, and a deadlock either happens or cannot.
public struct ConcurrentStatement: Sendable, Equatable {
    public var session: String
    public var role: String
    public var sql: String
    public init(session: String, role: String, sql: String) {
        self.session = session
        self.role = role
        self.sql = sql
    }
}
