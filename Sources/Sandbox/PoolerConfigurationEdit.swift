import Foundation

/// One setting changed in the text of `pgbouncer.ini`, as an operator edits the file before a
/// `RELOAD`: a `[pgbouncer]` setting's line replaced (or added at the end of the section), or
/// a `key=value` of one database's connect string in `[databases]` replaced (or appended).
/// Pure text work, so it is tested without a pgbouncer.
enum PoolerConfigurationEdit {
    /// The text with `key = value` in force, or nil when the database has no line (or the file
    /// has no `[pgbouncer]` section).
    static func setting(_ key: String, to value: String, database: String?, in text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        let trailingNewline = lines.last == ""
        if trailingNewline { lines.removeLast() }
        let section = database == nil ? "pgbouncer" : "databases"
        guard let header = lines.firstIndex(where: { sectionName($0) == section }) else { return nil }
        let end = lines[(header + 1)...].firstIndex(where: { sectionName($0) != nil }) ?? lines.count
        let wanted = database.map(PoolerConfiguration.quoteName) ?? key
        let index = lines[(header + 1)..<end].firstIndex { line in
            guard !isComment(line), let equals = line.firstIndex(of: "=") else { return false }
            return line[..<equals].trimmingCharacters(in: .whitespaces).lowercased() == wanted.lowercased()
        }
        if let database {
            guard let index, let equals = lines[index].firstIndex(of: "=") else { return nil }
            let connect = String(lines[index][lines[index].index(after: equals)...])
            lines[index] = PoolerConfiguration.quoteName(database) + " =" + replacing(key, with: value, inConnectString: connect)
        } else if let index {
            lines[index] = "\(key) = \(value)"
        } else {
            // After the section's last setting, before blank lines that separate sections.
            var at = end
            while at > header + 1, lines[at - 1].trimmingCharacters(in: .whitespaces).isEmpty { at -= 1 }
            lines.insert("\(key) = \(value)", at: at)
        }
        return lines.joined(separator: "\n") + (trailingNewline ? "\n" : "")
    }

    /// `[name]` → name (lower-cased); nil for any other line.
    static func sectionName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count >= 2 else { return nil }
        return String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func isComment(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix(";") || trimmed.hasPrefix("#")
    }

    /// A connect string (`host=/x port=5432 dbname=app_db`) with `key=value` replaced, or
    /// appended when it is not there; quoted values (`'a b'`, `\'` inside) are kept whole.
    static func replacing(_ key: String, with value: String, inConnectString connect: String) -> String {
        var pairs = connectPairs(connect)
        if let at = pairs.firstIndex(where: { $0.key.lowercased() == key.lowercased() }) {
            pairs[at].text = "\(key)=\(value)"
        } else {
            pairs.append((key, "\(key)=\(value)"))
        }
        return " " + pairs.map(\.text).joined(separator: " ")
    }

    /// The `key=value` words of a connect string, each as written.
    static func connectPairs(_ connect: String) -> [(key: String, text: String)] {
        var pairs: [(key: String, text: String)] = []
        var current = ""
        var quoted = false
        var escaped = false
        func finish() {
            if !current.isEmpty {
                pairs.append((String(current.prefix(while: { $0 != "=" })).trimmingCharacters(in: .whitespaces), current))
            }
            current = ""
        }
        for character in connect {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quoted {
                current.append(character)
                escaped = true
            } else if character == "'" {
                current.append(character)
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                finish()
            } else {
                current.append(character)
            }
        }
        finish()
        return pairs
    }
}

extension Pooler {
    /// Writes `key = value` into this pooler's `pgbouncer.ini` (for `database`'s line when
    /// given); the caller reloads pgbouncer. The file is replaced through the pooler
    /// directory's descriptor, never through a link.
    public func writeSetting(_ key: String, value: Int, database: String?, account: ServerAccount) throws {
        let path = directory + "/" + PoolerConfiguration.configurationFileName
        guard let bytes = FileTree.read(path, limit: 1 << 20) else { throw FileTree.failure("read", path) }
        guard
            let edited = PoolerConfigurationEdit.setting(
                key, to: String(value), database: database, in: String(decoding: bytes, as: UTF8.self))
        else {
            throw SandboxError.poolerFailed("pgbouncer.ini has no \(database.map { "line for database \($0)" } ?? "[pgbouncer] section")")
        }
        let handle = try DirectoryHandle.open(directory)
        try Pooler.writeFile(handle, PoolerConfiguration.configurationFileName, edited, owner: account.needsSwitch ? account : nil)
    }
}
