import PGCoachCore

extension ReplSession {
    /// psql's describe commands (`\l`, `\dt`, `\d`, `\du`, `\dp`, `\dn`).
    func runDescribe(_ command: MetaCommand) {
        output.errorLine("\\\(command.name): not available yet")
    }
}
