/// The lesson's directories beside its cluster (`files: {dirs: [archive, backups]}`): made in
/// the sandbox directory as `files/<name>`, owned by the server account so the server (an
/// `archive_command`, a `COPY … TO PROGRAM`) and the lesson's actions can write there.
///
/// `{{name}}` in setup SQL, session and probe SQL, workload SQL and server settings becomes the
/// directory's path as the server sees it: relative to the data directory, the server's working
/// directory (`../files/backups`). The same text is right in every sandbox and in the lesson
/// cache, whose cluster a warm start copies into a sandbox with another absolute path.
public struct LessonFileDirectories: Sendable, Equatable {
    public var names: [String]

    public init(names: [String] = []) {
        self.names = names
    }

    /// The directory that holds the lesson directories, inside the sandbox directory.
    public static let parentName = "files"
    /// Names a check, a trap or `\files` may use for the data directory (its top level).
    public static let dataDirectoryName = "data"

    /// `../files/<name>` (`.` for the data directory itself).
    public static func serverPath(_ name: String) -> String {
        name == dataDirectoryName ? "." : "../\(parentName)/\(name)"
    }

    /// Whether `name` is one of the lesson's directories or the data directory.
    public func knows(_ name: String) -> Bool {
        name == Self.dataDirectoryName || names.contains(name)
    }

    /// `text` with every `{{name}}` of a lesson directory replaced by its server path; any
    /// other `{{…}}` (a two-dimensional array literal) is left alone.
    /// The names of `{{name}}` placeholders in `text` (a lower-case name, as a directory's)
    /// that name no lesson directory, in order of appearance, each once: a typo that would
    /// otherwise reach the server as literal text.
    public func unknownPlaceholders(in text: String) -> [String] {
        var unknown: [String] = []
        var rest = text[...]
        while let open = rest.firstRange(of: "{{") {
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "}}") else { break }
            let name = String(after[..<close.lowerBound])
            let isName =
                !name.isEmpty
                && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0)) }
            if isName, !names.contains(name), !unknown.contains(name) { unknown.append(name) }
            // A `{{` that does not open a name (JSON, a template) is passed over one brace at a time.
            rest = isName ? after[close.upperBound...] : rest[rest.index(after: open.lowerBound)...]
        }
        return unknown
    }

    public func substitute(_ text: String) -> String {
        guard !names.isEmpty, text.contains("{{") else { return text }
        var result = text
        for name in names {
            result = result.replacing("{{\(name)}}", with: Self.serverPath(name))
        }
        return result
    }
}

/// One entry of a lesson directory as listed for `\files` and judged by file checks. Only
/// regular files count as files; links, directories and the rest are shown for what they are.
public struct FileEntry: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        case file, directory, link, other
    }

    public var name: String
    public var kind: Kind
    public var size: Int64
    /// Seconds since the epoch (UTC).
    public var modified: Int64

    public init(name: String, kind: Kind, size: Int64, modified: Int64) {
        self.name = name
        self.kind = kind
        self.size = size
        self.modified = modified
    }

    /// The name as `ls -F` shows it: `archive/`, `latest@`.
    public var displayName: String {
        switch kind {
        case .file: return name
        case .directory: return name + "/"
        case .link: return name + "@"
        case .other: return name + "|"
        }
    }
}
