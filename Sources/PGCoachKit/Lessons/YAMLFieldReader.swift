import Yams

/// Reads typed fields out of a YAML mapping, turning every mistake into a `LessonFormatError`
/// that names the file, the line and the field path (`checks[2].sql`).
struct YAMLFieldReader {
    let file: String
    let node: Node
    let path: String

    init(file: String, node: Node, path: String = "") {
        self.file = file
        self.node = node
        self.path = path
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
        return seq.enumerated().map { i, item in YAMLFieldReader(file: file, node: item, path: fieldPath("\(key)[\(i)]")) }
    }

    func object(_ key: String, required: Bool = false) throws -> YAMLFieldReader? {
        guard let v = value(key), !isNull(v) else {
            if required { throw error(key, "missing (required)") }
            return nil
        }
        guard v.mapping != nil else { throw error(key, "expected a mapping", at: v) }
        return YAMLFieldReader(file: file, node: v, path: fieldPath(key))
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
