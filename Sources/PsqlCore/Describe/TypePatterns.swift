/// The argument-type patterns `\df` and `\do` take after the name pattern (psql 14 and later):
/// each matches a type's internal or displayed name, `-` asks for no argument there, and a few
/// SQL spellings (`int`, `float`, `bool[]`, …) are read as the displayed names they stand for.
enum TypePatterns {
    /// psql's `map_typename_pattern` table.
    private static let spellings: [String: String] = [
        "decimal": "numeric", "float": "double precision", "int": "integer", "bool[]": "boolean[]",
        "decimal[]": "numeric[]", "float[]": "double precision[]", "float4[]": "real[]",
        "float8[]": "double precision[]", "int[]": "integer[]", "int2[]": "smallint[]", "int4[]": "integer[]",
        "int8[]": "bigint[]", "time[]": "time without time zone[]", "timetz[]": "time with time zone[]",
        "timestamp[]": "timestamp without time zone[]", "timestamptz[]": "timestamp with time zone[]",
        "varbit[]": "bit varying[]", "varchar[]": "character varying[]",
    ]

    /// The joins that name type `i` as `t<i>` (and its schema `nt<i>`); `typeOID(i)` is the
    /// expression holding the i-th argument's type.
    static func joins(count: Int, typeOID: (Int) -> String) -> String {
        (0..<count).map { index in
            "\n     LEFT JOIN pg_catalog.pg_type t\(index) ON t\(index).oid = \(typeOID(index))"
                + "\n     LEFT JOIN pg_catalog.pg_namespace nt\(index) ON nt\(index).oid = t\(index).typnamespace"
        }.joined()
    }

    static func conditions(_ patterns: [String], serverVersion: Int) -> [String] {
        patterns.enumerated().flatMap { index, pattern -> [String] in
            if pattern == "-" { return ["t\(index).typname IS NULL"] }
            let filter = PatternFilter(
                schemaColumn: "nt\(index).nspname", nameColumn: "t\(index).typname",
                visibilityRule: "pg_catalog.pg_type_is_visible(t\(index).oid)", maximumParts: 3,
                alternateNameColumn: "pg_catalog.format_type(t\(index).oid, NULL)")
            return filter.conditions(for: spellings[pattern.lowercased()] ?? pattern, serverVersion: serverVersion)
        }
    }
}
