import PsqlCore

extension ReplSession {
    /// `\crosstabview [COLV [COLH [COLD [SORTCOLH]]]]`: sends the query buffer (or the previous
    /// query, as `\g` does) and prints its last row result pivoted (`CrosstabView`). Never
    /// through a FETCH_COUNT cursor: the pivot needs every row, as psql's does.
    func sendBufferAsCrosstab(_ command: MetaCommand) {
        // psql reads four arguments and warns about the rest before the query is even sent.
        for extra in command.arguments.dropFirst(4) {
            output.warningLine("\\\(command.name): extra argument \"\(extra)\" ignored")
        }
        let text = scanner.takeBufferForSending()
        runStatement(text, crosstab: Array(command.arguments.prefix(4)))
        itemSucceeded = !lastStatementFailed
    }
}
