/// The command tag psql prints for a statement, such as `INSERT 0 1`, `CREATE TABLE` or `BEGIN`.
///
/// Unlike a table, a command tag is not followed by a blank line. For a statement that returns
/// rows, psql prints the table and then, only for INSERT, UPDATE and DELETE (`... RETURNING`),
/// the tag too.
public enum CommandStatusLine {
    /// Appends `tag` and a newline.
    public static func render(_ tag: String, into output: inout OutputBuffer) {
        output.append(tag)
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// Whether psql follows a result's rows with its command tag.
    public static func isPrintedAfterRows(commandTag tag: String) -> Bool {
        tag.hasPrefix("INSERT") || tag.hasPrefix("UPDATE") || tag.hasPrefix("DELETE")
    }
}
