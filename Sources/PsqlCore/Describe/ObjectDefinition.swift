/// `\sf[+] FUNCTION` and `\sv[+] VIEW`: the `CREATE OR REPLACE` text psql prints, with `+`
/// adding line numbers (for a function, only from the body on).
struct ObjectDefinition {
    enum Kind { case function, view }

    var kind: Kind
    var numbersLines: Bool

    func run(name rawName: String, session: CatalogSession) throws -> DescribeOutcome {
        // psql reads the rest of the line, without trailing blanks or semicolons.
        var name = Substring(rawName)
        while let last = name.last, last == " " || last == "\t" || last == ";" { name = name.dropLast() }
        guard !name.isEmpty else {
            return .error(kind == .function ? "function name is required" : "view name is required")
        }
        let text = try kind == .function ? functionDefinition(String(name), session) : viewDefinition(String(name), session)
        switch text {
        case .success(let definition):
            return .message(numbersLines ? Self.numbered(definition, isFunction: kind == .function) : definition)
        case .failure(let error):
            return .error(error.message)
        }
    }

    struct Refusal: Error { var message: String }

    private func functionDefinition(_ name: String, _ session: CatalogSession) throws -> Result<String, Refusal> {
        // A signature picks one overload; a bare name must be unique.
        let type = name.contains("(") ? "regprocedure" : "regproc"
        let oid: String
        switch try Self.lookUp("SELECT \(SQLLiteral.quoted(name))::pg_catalog.\(type)::pg_catalog.oid AS object_oid", session) {
        case .success(let found): oid = found
        case .failure(let refusal): return .failure(refusal)
        }
        let sql = "SELECT pg_catalog.pg_get_functiondef(\(SQLLiteral.quoted(oid))::pg_catalog.oid) AS definition"
        let definition = try session.records(sql, columns: ["definition"]).first?.text("definition") ?? ""
        return .success(Self.withoutFinalNewline(definition))
    }

    /// Runs psql's name lookup; a failure is reported the way psql reports it there: severity
    /// and primary message only, no detail, hint or position.
    static func lookUp(_ sql: String, _ session: CatalogSession) throws -> Result<String, Refusal> {
        do {
            return .success(try session.records(sql, columns: ["object_oid"]).first?.text("object_oid") ?? "0")
        } catch let failure as CatalogQueryError {
            let message = failure.serverMessage
            return .failure(Refusal(message: "\(message.severity):  \(message.message)"))
        }
    }

    private func viewDefinition(_ name: String, _ session: CatalogSession) throws -> Result<String, Refusal> {
        let oid: String
        switch try Self.lookUp("SELECT \(SQLLiteral.quoted(name))::pg_catalog.regclass::pg_catalog.oid AS object_oid", session) {
        case .success(let found): oid = found
        case .failure(let refusal): return .failure(refusal)
        }
        let sql = """
            SELECT pg_catalog.quote_ident(n.nspname) AS schema_name, pg_catalog.quote_ident(c.relname) AS relation_name,
              n.nspname AS raw_schema_name, c.relname AS raw_relation_name, c.relkind AS relation_kind,
              pg_catalog.pg_get_viewdef(c.oid, true) AS view_definition,
              (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pg_catalog.split_part(o, '=', 1)) || '=' || pg_catalog.quote_literal(pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1)), ', ')
                 FROM pg_catalog.unnest(pg_catalog.array_remove(pg_catalog.array_remove(c.reloptions,'check_option=local'),'check_option=cascaded')) o) AS view_options,
              CASE WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text ELSE NULL END AS check_option
            FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid
            WHERE c.oid = \(SQLLiteral.quoted(oid))::pg_catalog.oid
            """
        let columns = [
            "schema_name", "relation_name", "raw_schema_name", "raw_relation_name", "relation_kind", "view_definition", "view_options",
            "check_option",
        ]
        guard let record = try session.records(sql, columns: columns).first else { return .success("") }
        guard record.text("relation_kind") == "v" else {
            return .failure(Refusal(message: "\"\(record.text("raw_schema_name")).\(record.text("raw_relation_name"))\" is not a view"))
        }
        var text = "CREATE OR REPLACE VIEW \(record.text("schema_name")).\(record.text("relation_name"))"
        if let options = record.value("view_options"), !options.isEmpty { text += "\n WITH (\(options))" }
        text += " AS\n"
        var definition = record.text("view_definition")
        if definition.hasSuffix(";") { definition.removeLast() }
        text += definition
        if let check = record.value("check_option") { text += "\n WITH \(check) CHECK OPTION" }
        return .success(text)
    }

    static func withoutFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// psql's `print_with_linenumbers`: a function's header lines (before the line starting
    /// with `AS `, `BEGIN ` or `RETURN `) get eight spaces, the rest `%-7d ` numbers.
    static func numbered(_ text: String, isFunction: Bool) -> String {
        var inHeader = isFunction
        var number = 0
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if inHeader && (line.hasPrefix("AS ") || line.hasPrefix("BEGIN ") || line.hasPrefix("RETURN ")) {
                inHeader = false
            }
            if inHeader {
                lines.append("        " + line)
            } else {
                number += 1
                let label = String(number)
                lines.append(label + String(repeating: " ", count: max(0, 7 - label.count)) + " " + line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
