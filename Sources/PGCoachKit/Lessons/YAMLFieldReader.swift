import TutorCore
import Yams

/// Reads typed fields out of a YAML mapping, turning every mistake into a `LessonFormatError`
/// that names the file, the line and the field path (`checks[2].sql`).
struct YAMLFieldReader {
    let file: String
    let node: Node
    let path: String
    /// Reads the files the lesson names (`sql_file:`); nil for a lesson given as text.
    let files: LessonFiles?

    init(file: String, node: Node, path: String = "", files: LessonFiles? = nil) {
        self.file = file
        self.node = node
        self.path = path
        self.files = files
    }

    var line: Int? { node.mark?.line }

    /// An error at `node`, else at the field's own value, else at this mapping.
    func error(_ field: String, _ message: String, at node: Node? = nil) -> LessonFormatError {
        let located = node ?? (field.isEmpty ? nil : value(field)) ?? self.node
        return LessonFormatError(file: file, line: located.mark?.line ?? line, field: fieldPath(field), message: message)
    }

    func fieldPath(_ key: String) -> String {
        key.isEmpty ? path : (path.isEmpty ? key : "\(path).\(key)")
    }

    private var mapping: Node.Mapping? { node.mapping }

    func value(_ key: String) -> Node? {
        mapping?[key]
    }

    /// Rejects keys the format does not know, so a typo is reported instead of ignored.
    func requireKnownKeys(_ allowed: Set<String>) throws {
        guard let mapping else { throw error("", "expected a mapping (key: value lines)") }
        for (key, _) in mapping {
            let name = key.string ?? "?"
            if !allowed.contains(name) {
                throw error(name, "unknown field (expected one of: \(allowed.sorted().joined(separator: ", ")))", at: key)
            }
        }
    }

    func string(_ key: String) throws -> String {
        guard let v = value(key) else { throw error(key, "missing (required)") }
        guard let s = scalarText(v) else { throw error(key, "expected text", at: v) }
        return s
    }

    func optionalString(_ key: String) throws -> String? {
        guard let v = value(key), v != Node("~"), !isNull(v) else { return nil }
        guard let s = scalarText(v) else { throw error(key, "expected text", at: v) }
        return s
    }

    func int(_ key: String, default fallback: Int? = nil, range: ClosedRange<Int>? = nil) throws -> Int {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw error(key, "missing (required)")
        }
        guard let s = v.scalar?.string, let i = Int(s) else { throw error(key, "expected a whole number", at: v) }
        if let range, !range.contains(i) { throw error(key, "must be between \(range.lowerBound) and \(range.upperBound)", at: v) }
        return i
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let v = value(key) else { return fallback }
        switch v.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(key, "expected true or false", at: v)
        }
    }

    /// A list of text, also accepting a single text value.
    func stringList(_ key: String) throws -> [String] {
        guard let v = value(key), !isNull(v) else { return [] }
        if let s = scalarText(v) { return [s] }
        guard let seq = v.sequence else { throw error(key, "expected a list of text", at: v) }
        return try seq.enumerated().map { i, item in
            guard let s = scalarText(item) else { throw error("\(key)[\(i)]", "expected text", at: item) }
            return s
        }
    }

    func list(_ key: String, required: Bool = false) throws -> [YAMLFieldReader] {
        guard let v = value(key), !isNull(v) else {
            if required { throw error(key, "missing (required)") }
            return []
        }
        guard let seq = v.sequence else { throw error(key, "expected a list", at: v) }
        return seq.enumerated().map { i, item in YAMLFieldReader(file: file, node: item, path: fieldPath("\(key)[\(i)]"), files: files) }
    }

    func object(_ key: String, required: Bool = false) throws -> YAMLFieldReader? {
        guard let v = value(key), !isNull(v) else {
            if required { throw error(key, "missing (required)") }
            return nil
        }
        guard v.mapping != nil else { throw error(key, "expected a mapping", at: v) }
        return YAMLFieldReader(file: file, node: v, path: fieldPath(key), files: files)
    }

    /// The raw items of a list (empty when absent).
    func rawList(_ key: String) throws -> [Node] {
        guard let v = value(key), !isNull(v) else { return [] }
        guard let seq = v.sequence else { throw error(key, "expected a list", at: v) }
        return Array(seq)
    }

    /// The text of a file the lesson names, with the error located at `node`.
    func fileText(_ relative: String, _ field: String, at node: Node?) throws -> String {
        guard let files else { throw error(field, "files can only be named by a lesson in a folder", at: node) }
        do {
            return try files.read(relative)
        } catch {
            throw self.error(field, "\(error)", at: node)
        }
    }

    /// SQL steps: text (one step), a list of texts, or `{file: x.sql}` in place of any text;
    /// `fileKey` (`sql_file`) names one file holding one step.
    func sqlSteps(_ key: String, fileKey: String? = "sql_file") throws -> [String] {
        var steps: [String] = []
        if let fileKey, let v = value(fileKey), !isNull(v) {
            guard let name = scalarText(v) else { throw error(fileKey, "expected a file name", at: v) }
            steps.append(try fileText(name, fileKey, at: v))
        }
        guard let v = value(key), !isNull(v) else { return steps }
        if !steps.isEmpty { throw error(key, "give \(key) or \(fileKey ?? ""), not both", at: v) }
        func step(_ node: Node, _ field: String) throws -> String {
            if let text = scalarText(node) { return text }
            if let mapping = node.mapping, mapping.count == 1, mapping.first?.key.string == "file",
                let name = mapping.first?.value.scalar?.string
            {
                return try fileText(name, field, at: node)
            }
            throw error(field, "expected SQL text or {file: name.sql}", at: node)
        }
        if let seq = v.sequence {
            return try seq.enumerated().map { i, item in try step(item, "\(key)[\(i)]") }
        }
        return [try step(v, key)]
    }

    /// One SQL text (`sql:` or `sql_file:`), or nil when neither is given.
    func sqlText(_ key: String) throws -> String? {
        let steps = try sqlSteps(key)
        if steps.count > 1 { throw error(key, "expected one SQL text here, not a list") }
        return steps.first
    }

    /// `database: x` or `databases: [x, y]` (not both).
    func databases() throws -> [String] {
        let one = try stringList("database")
        let many = try stringList("databases")
        if !one.isEmpty && !many.isEmpty { throw error("databases", "give database or databases, not both") }
        return one + many
    }

    /// `minor`, `major`, `critical`, or a number of Trap points.
    func severity(_ key: String, default fallback: TrapSeverity) throws -> TrapSeverity {
        guard let v = value(key), let text = v.scalar?.string else { return fallback }
        if let named = TrapSeverity(name: text) { return named }
        if let points = Int(text), (0...100).contains(points) { return .points(points) }
        throw error(key, "expected minor, major, critical or a number of points", at: v)
    }

    /// A mapping from text to text (e.g. `traps: { id: file }`).
    func stringMap(_ key: String) throws -> [String: String] {
        guard let r = try object(key) else { return [:] }
        var result: [String: String] = [:]
        for (k, v) in r.node.mapping! {
            guard let name = k.string, let text = scalarText(v) else { throw r.error(k.string ?? "?", "expected text", at: v) }
            result[name] = text
        }
        return result
    }

    private func scalarText(_ node: Node) -> String? {
        guard let scalar = node.scalar else { return nil }
        return scalar.string
    }

    private func isNull(_ node: Node) -> Bool {
        guard let s = node.scalar else { return false }
        return s.style == .plain && (s.string == "~" || s.string == "null" || s.string.isEmpty)
    }
}
