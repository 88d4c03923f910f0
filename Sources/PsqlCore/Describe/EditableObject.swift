/// What `\ef` and `\ev` put in the editor: the object's `CREATE OR REPLACE` text as psql's
/// `get_create_object_cmd` builds it (ending in a newline), or the skeleton of a new one.
public enum EditableObject {
    /// `\ef` without a name: a `CREATE FUNCTION` to fill in.
    public static let functionSkeleton = """
        CREATE FUNCTION ( )
         RETURNS 
         LANGUAGE 
         -- common options:  IMMUTABLE  STABLE  STRICT  SECURITY DEFINER
        AS $function$

        $function$

        """

    /// `\ev` without a name: a `CREATE VIEW` to fill in.
    public static let viewSkeleton = "CREATE VIEW  AS\n SELECT \n  -- something...\n"

    /// The definition of the function (`isFunction`) or view named `name`, or psql's error.
    public static func definition(
        isFunction: Bool, name: String, querying source: any CatalogQuerying, serverVersion: Int
    ) throws -> Result<String, DescribeRefusal> {
        let session = CatalogSession(source: source, serverVersion: serverVersion)
        let outcome = try ObjectDefinition(kind: isFunction ? .function : .view, numbersLines: false)
            .run(name: name, session: session)
        switch outcome {
        case .message(let text): return .success(text.isEmpty ? text : text + "\n")
        case .error(let message): return .failure(DescribeRefusal(message: message))
        default: return .failure(DescribeRefusal(message: "could not read the definition of \(name)"))
        }
    }

    /// psql's `strip_lineno_from_objdesc`: a trailing line number, after a space or `)`, is
    /// taken off the name. nil when there is none; 0 (with the message) when it is below 1.
    public static func splitLineNumber(_ description: String) -> (name: String, line: Int?, error: String?) {
        let bytes = Array(description.utf8)
        var end = bytes.count
        while end > 1, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
        }
        var start = end
        while start > 1, bytes[start - 1] >= UInt8(ascii: "0"), bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
        guard start < end, start > 1 else { return (description, nil, nil) }
        let separator = bytes[start - 1]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "\t") || separator == UInt8(ascii: ")") else {
            return (description, nil, nil)
        }
        let digits = String(decoding: bytes[start..<end], as: UTF8.self)
        let number = Int(digits.prefix(9)) ?? 0
        guard number >= 1 else { return (description, nil, "invalid line number: \(String(decoding: bytes[start...], as: UTF8.self))") }
        return (String(decoding: bytes[..<start], as: UTF8.self), number, nil)
    }

    /// `\ef NAME LINE`: line 1 is the first line of the body (the one starting with `AS `,
    /// `BEGIN ` or `RETURN `), so the header's lines are added.
    public static func functionLine(_ line: Int, in definition: String) -> Int {
        var line = line
        for text in definition.split(separator: "\n", omittingEmptySubsequences: false) {
            if text.hasPrefix("AS ") || text.hasPrefix("BEGIN ") || text.hasPrefix("RETURN ") { break }
            line += 1
        }
        return line
    }
}

/// A describe-family lookup psql refused, with its message.
public struct DescribeRefusal: Error, Sendable, Equatable {
    public var message: String
}
