/// Draws the REPL prompt the way psql's default `PROMPT1`/`PROMPT2` (`%/%R%x%# `) does, with an
/// optional lesson label in front: `app_db=# `, `app_db-# `, `app_db=*# `, `app_db'# `,
/// `[final-incident] app_db=!# `.
public struct PromptFormatter: Sendable {
    public var label: String?

    public init(label: String? = nil) {
        self.label = label
    }

    /// - Parameters:
    ///   - database: the current database (empty when disconnected).
    ///   - status: psql's `%R` character: `=` ready, `-` continuation, `'`, `"`, `$`, `*`, `(`
    ///     for what is open, `!` when disconnected.
    ///   - transaction: the `%x` state.
    ///   - superuser: `#` for superusers, `>` otherwise.
    public func prompt(database: String, status: Character, transaction: TransactionState, superuser: Bool) -> String {
        let prefix = label.map { "[\($0)] " } ?? ""
        return "\(prefix)\(database)\(status)\(transaction.promptMarker)\(superuser ? "#" : ">") "
    }
}
