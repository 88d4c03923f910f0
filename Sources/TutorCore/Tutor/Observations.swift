/// What the app measured against the sandbox for one evaluation (`\check`, `\score`): the raw
/// facts the pure `LessonJudge` turns into a verdict. No clock, network or randomness enters
/// here; the same state gives the same observations.
public struct Observations: Sendable, Equatable {
    /// What one probe query answered in one database.
    public enum Probe: Sendable, Equatable, Codable {
        /// The first value of the first row (nil for NULL or no row).
        case value(String?)
        /// The probe failed (the object is gone, a syntax error): never a pass.
        case failed(String)
        /// A `plan:` probe: whether the plan matched its patterns, and why not.
        case plan(matches: Bool, reason: String)

        public var isTrue: Bool {
            switch self {
            case .value(let text): return text == "t"
            case .plan(let matches, _): return matches
            case .failed: return false
            }
        }
    }

    public struct WorkloadResult: Sendable, Equatable {
        public var passed: Bool
        public var detail: String
        public init(passed: Bool, detail: String) {
            self.passed = passed
            self.detail = detail
        }
    }

    /// The rows of one preserved table in one database: key text → fingerprint of the row.
    public struct TableRows: Sendable, Equatable, Codable {
        public var rows: [String: String]
        /// Why the rows could not be read (the table was dropped), when they could not.
        public var failure: String?
        /// The rows could not be read for now (someone holds a lock on the table): nothing
        /// committed is known to be lost, so the judge says nothing about them.
        public var undetermined: Bool
        public init(rows: [String: String] = [:], failure: String? = nil, undetermined: Bool = false) {
            self.rows = rows
            self.failure = failure
            self.undetermined = undetermined
        }

        private enum CodingKeys: String, CodingKey { case pairs, failure, undetermined }

        /// The rows as one string, `key NUL fingerprint NUL key …` in key order: a lesson's
        /// table of 200,000 rows is read back from the baseline cache in milliseconds, where
        /// a JSON object of 200,000 members took 400 ms of a warm start. Text from PostgreSQL
        /// never holds NUL.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let pairs = rows.keys.sorted().flatMap { [$0, rows[$0] ?? ""] }.joined(separator: "\u{0}")
            try container.encode(pairs, forKey: .pairs)
            try container.encodeIfPresent(failure, forKey: .failure)
            try container.encode(undetermined, forKey: .undetermined)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let pairs = try container.decode(String.self, forKey: .pairs)
            var rows: [String: String] = [:]
            if !pairs.isEmpty {
                let fields = pairs.split(separator: "\u{0}", omittingEmptySubsequences: false)
                guard fields.count % 2 == 0 else {
                    throw DecodingError.dataCorruptedError(forKey: .pairs, in: container, debugDescription: "an odd number of fields")
                }
                rows.reserveCapacity(fields.count / 2)
                var index = 0
                while index < fields.count {
                    rows[String(fields[index])] = String(fields[index + 1])
                    index += 2
                }
            }
            self.rows = rows
            failure = try container.decodeIfPresent(String.self, forKey: .failure)
            undetermined = try container.decode(Bool.self, forKey: .undetermined)
        }
    }

    /// One `PreserveRule` in one database: right after setup and now.
    public struct PreservedTable: Sendable, Equatable {
        public var rule: Int
        public var database: String
        public var baseline: TableRows
        public var current: TableRows
        public init(rule: Int, database: String, baseline: TableRows, current: TableRows) {
            self.rule = rule
            self.database = database
            self.baseline = baseline
            self.current = current
        }
    }

    /// A role's privilege inventory right after setup and now (`PrivilegeInventory` lines).
    public struct RolePrivileges: Sendable, Equatable {
        public var baseline: Set<String>
        public var current: Set<String>
        public init(baseline: Set<String>, current: Set<String>) {
            self.baseline = baseline
            self.current = current
        }
    }

    /// check id → database → probe answer.
    public var checkProbes: [String: [String: Probe]]
    /// trap id → database → probe answer now, and right after setup.
    public var trapProbes: [String: [String: Probe]]
    public var trapBaseline: [String: [String: Probe]]
    public var workload: [String: WorkloadResult]
    /// Background session name → what became of it.
    public var sessionFates: [String: SessionFate]
    public var preserved: [PreservedTable]
    /// Role name (`public` for PUBLIC) → inventory.
    public var privileges: [String: RolePrivileges]
    /// Settings outside a session's own scope, right after setup and now.
    public var settingsBaseline: Set<SettingAssignment>
    public var settingsCurrent: Set<SettingAssignment>
    /// Lesson directories and actions run (`SandboxJudging`).
    public var sandbox = SandboxFacts()

    public init(
        checkProbes: [String: [String: Probe]] = [:], trapProbes: [String: [String: Probe]] = [:],
        trapBaseline: [String: [String: Probe]] = [:], workload: [String: WorkloadResult] = [:],
        sessionFates: [String: SessionFate] = [:], preserved: [PreservedTable] = [],
        privileges: [String: RolePrivileges] = [:], settingsBaseline: Set<SettingAssignment> = [],
        settingsCurrent: Set<SettingAssignment> = []
    ) {
        self.checkProbes = checkProbes
        self.trapProbes = trapProbes
        self.trapBaseline = trapBaseline
        self.workload = workload
        self.sessionFates = sessionFates
        self.preserved = preserved
        self.privileges = privileges
        self.settingsBaseline = settingsBaseline
        self.settingsCurrent = settingsCurrent
    }
}

/// What became of a background session.
public enum SessionFate: String, Sendable, Equatable, Codable {
    /// Its last statement is still running (queued on a lock, usually).
    case waiting
    /// Done with its statements and holding its transaction open, as set up.
    case idleInTransaction = "idle in transaction"
    /// Done with its statements, idle.
    case idle
    /// Its blocked statement went through.
    case completed
    /// Its blocked statement failed with an error.
    case failed
    /// Its statement was cancelled (`pg_cancel_backend`, a statement timeout): its work is lost.
    case cancelled
    /// Its backend was terminated (or the connection otherwise lost).
    case terminated

    /// The session's work was lost.
    public var lostWork: Bool { self == .failed || self == .cancelled || self == .terminated }
}

/// A setting assigned beyond one session: `ALTER SYSTEM`, `ALTER DATABASE … SET`,
/// `ALTER ROLE … [IN DATABASE …] SET`.
public struct SettingAssignment: Sendable, Hashable, Comparable, Codable {
    /// Empty for `ALTER SYSTEM`.
    public var role: String
    /// Empty for all databases.
    public var database: String
    public var name: String
    public var value: String

    public init(role: String = "", database: String = "", name: String, value: String) {
        self.role = role
        self.database = database
        self.name = name
        self.value = value
    }

    /// How a DBA would write it.
    public var statement: String {
        switch (role.isEmpty, database.isEmpty) {
        case (true, true): return "ALTER SYSTEM SET \(name) = '\(value)'"
        case (true, false): return "ALTER DATABASE \(database) SET \(name) = '\(value)'"
        case (false, true): return "ALTER ROLE \(role) SET \(name) = '\(value)'"
        case (false, false): return "ALTER ROLE \(role) IN DATABASE \(database) SET \(name) = '\(value)'"
        }
    }

    /// How a DBA would undo it.
    public var resetStatement: String {
        switch (role.isEmpty, database.isEmpty) {
        case (true, true): return "ALTER SYSTEM RESET \(name)"
        case (true, false): return "ALTER DATABASE \(database) RESET \(name)"
        case (false, true): return "ALTER ROLE \(role) RESET \(name)"
        case (false, false): return "ALTER ROLE \(role) IN DATABASE \(database) RESET \(name)"
        }
    }

    /// Which setting of whom, whatever its value.
    var place: [String] { [role, database, name] }

    public static func < (a: SettingAssignment, b: SettingAssignment) -> Bool {
        (a.role, a.database, a.name, a.value) < (b.role, b.database, b.name, b.value)
    }
}
