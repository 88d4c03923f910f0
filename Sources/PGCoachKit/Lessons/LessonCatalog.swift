import Foundation
import TutorCore

/// The lessons on disk: where they live, which exist, and which one a name means.
public struct LessonCatalog: Sendable {
    /// The folder holding `lessons/` and `hints/`.
    public let home: String
    public var lessonsRoot: String { home + "/lessons" }
    public var hintsRoot: String { home + "/hints" }

    public init(home: String) {
        self.home = home
    }

    /// Finds pgcoach's lesson folder: `$PGCOACH_HOME`, the current directory, the folders
    /// above the executable (a source checkout), then the system share folders.
    public static func locate() throws -> LessonCatalog {
        let fm = FileManager.default
        var candidates: [String] = []
        if let home = ProcessInfo.processInfo.environment["PGCOACH_HOME"], !home.isEmpty { candidates.append(home) }
        candidates.append(fm.currentDirectoryPath)
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.path)
            dir.deleteLastPathComponent()
        }
        candidates += ["/usr/local/share/pgcoach", "/usr/share/pgcoach"]
        for candidate in candidates where fm.fileExists(atPath: candidate + "/lessons") && fm.fileExists(atPath: candidate + "/hints") {
            return LessonCatalog(home: candidate)
        }
        throw CatalogError(
            message:
                "cannot find pgcoach's lessons/ and hints/ folders (looked in \(candidates.joined(separator: ", "))); set PGCOACH_HOME to the folder that holds them"
        )
    }

    /// Every lesson id (`stage-12/05-final-production-incident`), sorted.
    public func lessonIDs() -> [String] {
        let fm = FileManager.default
        guard let stages = try? fm.contentsOfDirectory(atPath: lessonsRoot) else { return [] }
        var ids: [String] = []
        for stage in stages.sorted() where !stage.hasPrefix(".") {
            guard let lessons = try? fm.contentsOfDirectory(atPath: lessonsRoot + "/" + stage) else { continue }
            for lesson in lessons.sorted() where fm.fileExists(atPath: "\(lessonsRoot)/\(stage)/\(lesson)/lesson.yaml") {
                ids.append("\(stage)/\(lesson)")
            }
        }
        return ids
    }

    /// The full id for a full id or a unique suffix of one (`final-production-incident`).
    public func resolve(_ name: String) throws -> String {
        let ids = lessonIDs()
        if ids.contains(name) { return name }
        let matches = ids.filter { $0.hasSuffix("/" + name) || $0.hasSuffix("-" + name) || $0.hasSuffix(name) && name.contains("/") }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw CatalogError(message: "\"\(name)\" matches several lessons: \(matches.joined(separator: ", ")); give more of the id")
        }
        let close = ids.filter { Self.isClose(name, to: $0) }
        let suggestion =
            close.isEmpty
            ? " `pgcoach list` shows the lessons."
            : " Did you mean: \(close.joined(separator: ", "))?"
        throw CatalogError(message: "no lesson \"\(name)\".\(suggestion)")
    }

    /// The full ids the names mean, or every lesson when no name is given.
    public func select(_ names: [String]) throws -> [String] {
        names.isEmpty ? lessonIDs() : try names.map { try resolve($0) }
    }

    public func load(_ id: String) throws -> Lesson {
        try LessonLoader.load(id: id, lessonsRoot: lessonsRoot, hintsRoot: hintsRoot)
    }

    /// The lesson folder of an id (scripts for `lesson check` live there).
    public func folder(of id: String) -> String { lessonsRoot + "/" + id }

    /// A name is close to an id when it shares a word of four letters or more with it, or is
    /// within a small edit distance of its slug.
    static func isClose(_ name: String, to id: String) -> Bool {
        let slug = String(id.split(separator: "/").last ?? "")
        let words = Set(slug.split(separator: "-").filter { $0.count >= 4 }.map { $0.lowercased() })
        let nameWords = Set(name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "/" }).map(String.init))
        if !words.isDisjoint(with: nameWords) { return true }
        let bare = slug.drop(while: { $0.isNumber || $0 == "-" })
        return editDistance(Array(name.lowercased()), Array(bare.lowercased())) <= max(2, bare.count / 4)
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// A lesson name that does not resolve, or a catalog that cannot be found.
public struct CatalogError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
