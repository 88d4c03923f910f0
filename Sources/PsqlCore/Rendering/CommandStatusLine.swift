/// The command tag psql prints for a statement, such as `INSERT 0 1`, `CREATE TABLE` or `BEGIN`.
///
/// Unlike a table, a command tag is not followed by a blank line. For a statement that returns
/// rows, psql prints the table and then, only for INSERT, UPDATE and DELETE (`... RETURNING`),
/// the tag too.
public enum CommandStatusLine {
    /// Appends `tag` and a newline; in the HTML format (`\H`) as a paragraph, as psql does.
    public static func render(_ tag: String, format: OutputFormat = .aligned, into output: inout OutputBuffer) {
        if format == .html {
            output.append("<p>")
            HTMLTableWriter.appendEscaped(Array(tag.utf8), into: &output)
            output.append("</p>\n")
            return
        }
        output.append(tag)
        output.append(byte: UInt8(ascii: "\n"))
    }

    /// Whether psql follows a result's rows with its command tag.
    public static func isPrintedAfterRows(commandTag tag: String) -> Bool {
        tag.hasPrefix("INSERT") || tag.hasPrefix("UPDATE") || tag.hasPrefix("DELETE")
    }
}
