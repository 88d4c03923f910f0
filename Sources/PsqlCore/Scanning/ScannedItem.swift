/// One thing an input line completed, in the order psql would act on it.
public enum ScannedItem: Sendable, Equatable {
    /// A statement ended by a top-level `;`: exactly the text psql sends, including the `;`.
    case statement(String)
    /// A backslash command. The query buffer is left as it was; the REPL decides what the
    /// command does with it (`\g` sends it, `\r` resets it, `\p` prints it).
    case metaCommand(MetaCommand)
}
