/// A psql object-name pattern (`orders`, `public.ord*`, `"MixedCase"`, `db.schema.name`) turned into
/// anchored regular expressions the way psql's `\d` family reads it.
///
/// Outside double quotes letters fold to lower case, `*` means any run of characters, `?` any one
/// character, `.` separates database, schema and name, and other regular-expression characters
/// pass through so users can write `(orders|customers)`. Inside double quotes everything is
/// literal, and `""` stands for one quote. `$` is always literal because it is legal in identifiers,
/// and `[]` is literal because it is far more likely an array type name than a bracket expression.
struct NamePattern: Equatable {
    /// The database part as typed, folded and unquoted but not turned into a regex; psql only
    /// compares it with the current database. Empty when the pattern had fewer parts.
    var databaseName: String
    /// `^(...)$` for the schema part, when the pattern named one.
    var schemaRegex: String?
    /// `^(...)$` for the object-name part.
    var nameRegex: String
    /// How many separating dots the pattern had, including any beyond the parts it may have;
    /// callers reject patterns with too many.
    var dotCount: Int

    /// The regex that matches every name; psql leaves out conditions that would use it.
    static let matchAll = "^(.*)$"

    /// Parses `pattern`. With `splitsQualifiedNames` false (objects without a schema, such as roles
    /// and databases) every dot stays in the name, as psql does, though dots are still counted.
    /// With `escapesEverything` (operator names, whose characters are regex specials) only `*`,
    /// `?` and `.` keep a meaning; psql's `force_escape`.
    init(_ pattern: String, splitsQualifiedNames: Bool, escapesEverything: Bool = false) {
        let maximumParts = splitsQualifiedNames ? 3 : 1
        var parts: [String] = []
        var current = ""
        var literalFirstPart = ""
        var inFirstPart = true
        var inQuotes = false
        var dots = 0

        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "\"" {
                if inQuotes, index < characters.count, characters[index] == "\"" {
                    current.append("\"")
                    if inFirstPart { literalFirstPart.append("\"") }
                    index += 1
                } else {
                    inQuotes.toggle()
                }
            } else if !inQuotes, character.isASCII, character.isUppercase {
                let lowered = Character(character.lowercased())
                current.append(lowered)
                if inFirstPart { literalFirstPart.append(lowered) }
            } else if !inQuotes, character == "*" {
                current += ".*"
                if inFirstPart { literalFirstPart.append("*") }
            } else if !inQuotes, character == "?" {
                current += "."
                if inFirstPart { literalFirstPart.append("?") }
            } else if !inQuotes, character == "." {
                inFirstPart = false
                dots += 1
                if parts.count + 1 < maximumParts {
                    parts.append(current)
                    current = ""
                } else {
                    // No part left to start: psql keeps the dot (a regex wildcard) and lets the
                    // caller complain about the count.
                    current.append(".")
                }
            } else if character == "$" {
                current += "\\$"
                if inFirstPart { literalFirstPart.append("$") }
            } else {
                let nextIsClosingBracket = index < characters.count && characters[index] == "]"
                if inQuotes || escapesEverything, Self.regexSpecials.contains(character) {
                    current.append("\\")
                } else if character == "[", nextIsClosingBracket {
                    current.append("\\")
                }
                current.append(character)
                if inFirstPart { literalFirstPart.append(character) }
            }
        }
        parts.append(current)

        nameRegex = "^(" + parts[parts.count - 1] + ")$"
        schemaRegex = parts.count >= 2 ? "^(" + parts[parts.count - 2] + ")$" : nil
        databaseName = parts.count >= 3 ? literalFirstPart : ""
        dotCount = dots
    }

    /// Characters that have a meaning in a regular expression and are escaped inside quotes.
    private static let regexSpecials: Set<Character> = [
        "|", "*", "+", "?", "(", ")", "[", "]", "{", "}", ".", "^", "$", "\\",
    ]
}
