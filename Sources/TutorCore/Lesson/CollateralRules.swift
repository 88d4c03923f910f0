/// Damage outside the incident: production sessions whose work was lost (terminated or
/// cancelled), and settings changed for the whole cluster, a whole database or an uninvolved
/// role to paper over a local problem.
public struct CollateralRules: Sendable, Equatable {
    /// Background sessions that are production work (by name; a crowd's base name covers it).
    public var sessions: [String]
    public var sessionSeverity: TrapSeverity
    /// Watch `ALTER SYSTEM`, `ALTER DATABASE … SET` and `ALTER ROLE … SET`.
    public var settings: Bool
    /// Roles whose own settings the fix may change (`ALTER ROLE r SET …`).
    public var settingsAllowedForRoles: [String]
    /// Databases whose own settings the fix may change (`ALTER DATABASE d SET …`, for every role).
    public var settingsAllowedForDatabases: [String]
    public var settingsSeverity: TrapSeverity

    public init(
        sessions: [String] = [], sessionSeverity: TrapSeverity = .major, settings: Bool = false,
        settingsAllowedForRoles: [String] = [], settingsAllowedForDatabases: [String] = [], settingsSeverity: TrapSeverity = .major
    ) {
        self.sessions = sessions
        self.sessionSeverity = sessionSeverity
        self.settings = settings
        self.settingsAllowedForRoles = settingsAllowedForRoles
        self.settingsAllowedForDatabases = settingsAllowedForDatabases
        self.settingsSeverity = settingsSeverity
    }

    /// Whether the fix may set or reset `assignment`: a role's own settings for an allowed
    /// role, a database-wide setting of an allowed database. `ALTER SYSTEM` never is.
    public func allows(_ assignment: SettingAssignment) -> Bool {
        if !assignment.role.isEmpty { return settingsAllowedForRoles.contains(assignment.role) }
        if !assignment.database.isEmpty { return settingsAllowedForDatabases.contains(assignment.database) }
        return false
    }

    public var isEmpty: Bool { sessions.isEmpty && !settings }

    public static let sessionsTrapID = "production_sessions_killed"
    public static let settingsTrapID = "cluster_settings_changed"
}
