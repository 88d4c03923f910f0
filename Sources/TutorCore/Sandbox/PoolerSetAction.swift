/// `kind: pooler_set`: change one pgbouncer setting the lesson allows — in the sandbox
/// pooler's `pgbouncer.ini`, then `RELOAD` — as the runbook's "resize the pool" step. The
/// learner names the setting and the value: `\action resize-pool default_pool_size 20`, or a
/// database's own pool `\action resize-pool app_db.pool_size 20`.
public struct PoolerSetAction: Sendable, Equatable {
    /// What the learner may change, in the lesson's order (at least one).
    public var settings: [PoolerSetting]
    public init(settings: [PoolerSetting]) {
        self.settings = settings
    }

    /// `default_pool_size|app_db.pool_size`: the names for the usage line.
    public var names: String { settings.map(\.name).joined(separator: "|") }
}

/// One whole-number pgbouncer setting that a reload applies: a `[pgbouncer]` setting, or a
/// setting of one database's line in `[databases]` (written `DATABASE.pool_size`).
public struct PoolerSetting: Sendable, Equatable {
    /// The pgbouncer name (`default_pool_size`, `pool_size`).
    public var key: String
    /// The database whose `[databases]` line holds it; nil for a `[pgbouncer]` setting.
    public var database: String?
    /// The values pgbouncer accepts and that make sense in a sandbox.
    public var range: ClosedRange<Int>

    public init(key: String, database: String? = nil, range: ClosedRange<Int>) {
        self.key = key
        self.database = database
        self.range = range
    }

    /// As the learner types it: `default_pool_size`, `app_db.pool_size`.
    public var name: String { database.map { "\($0).\(key)" } ?? key }

    /// `[pgbouncer]` settings that are whole numbers and take effect on `RELOAD`.
    public static let globalRanges: [String: ClosedRange<Int>] = [
        "default_pool_size": 1...1000, "min_pool_size": 0...1000, "reserve_pool_size": 0...1000,
        "max_client_conn": 1...10000, "max_db_connections": 0...10000, "max_user_connections": 0...10000,
        "query_wait_timeout": 0...86400, "idle_transaction_timeout": 0...86400, "server_idle_timeout": 0...86400,
    ]
    /// The whole-number keys of a `[databases]` line.
    public static let databaseRanges: [String: ClosedRange<Int>] = [
        "pool_size": 1...1000, "min_pool_size": 0...1000, "reserve_pool": 0...1000, "max_db_connections": 0...10000,
    ]

    /// Reads a name a lesson allows: a `[pgbouncer]` setting, or `DATABASE.KEY` for one of
    /// `databases` (the pooler's). The error says what is allowed instead.
    public static func named(_ text: String, databases: [String]) -> Result<PoolerSetting, ActionProblem> {
        if let dot = text.lastIndex(of: ".") {
            let database = String(text[..<dot])
            let key = String(text[text.index(after: dot)...])
            guard databases.contains(database) else {
                return .failure(
                    ActionProblem(
                        "\(database) is not a database of the pooler (pooler.databases: \(databases.joined(separator: ", ")))"))
            }
            guard let range = databaseRanges[key] else {
                return .failure(
                    ActionProblem(
                        "\(key) is not a whole-number setting of a pgbouncer database (one of: \(databaseRanges.keys.sorted().joined(separator: ", ")))"
                    ))
            }
            return .success(PoolerSetting(key: key, database: database, range: range))
        }
        guard let range = globalRanges[text] else {
            return .failure(
                ActionProblem(
                    "\(text) is not a pgbouncer setting pgcoach can change (one of: \(globalRanges.keys.sorted().joined(separator: ", ")), or DATABASE.pool_size)"
                ))
        }
        return .success(PoolerSetting(key: text, range: range))
    }

    /// Why `text` cannot be this setting's value, or the value.
    public func value(_ text: String) -> Result<Int, ActionProblem> {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) else {
            return .failure(
                ActionProblem("\(text) is not a whole number; give \(name) a value from \(range.lowerBound) to \(range.upperBound)"))
        }
        guard range.contains(number) else {
            return .failure(ActionProblem("\(name) must be from \(range.lowerBound) to \(range.upperBound), not \(number)"))
        }
        return .success(number)
    }

    /// Where pgbouncer's admin console shows the value in force: `SHOW CONFIG` (row `key`,
    /// column `value`) or `SHOW DATABASES` (row `name` = the database, column named as the key;
    /// an unset `pool_size` shows the default in force).
    public var shownBy: (command: String, rowColumn: String, row: String, valueColumn: String) {
        // SHOW DATABASES calls max_db_connections max_connections.
        if let database { return ("DATABASES", "name", database, key == "max_db_connections" ? "max_connections" : key) }
        return ("CONFIG", "key", key, "value")
    }

    /// The value in `rows` of `shownBy.command`, or nil when the row or column is missing.
    public func shownValue(columns: [String], rows: [[String?]]) -> String? {
        let shown = shownBy
        guard let rowIndex = columns.firstIndex(of: shown.rowColumn), let valueIndex = columns.firstIndex(of: shown.valueColumn)
        else { return nil }
        return rows.first(where: { $0.indices.contains(rowIndex) && $0[rowIndex] == shown.row }).flatMap {
            $0.indices.contains(valueIndex) ? $0[valueIndex] : nil
        }
    }
}
