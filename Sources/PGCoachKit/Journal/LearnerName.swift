import Foundation

/// Who is learning, as a class report names them: `$PGCOACH_LEARNER` (a teacher can ask each
/// student to set it), else the login name of the account running pgcoach.
enum LearnerName {
    static var current: String {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["PGCOACH_LEARNER"]?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty {
            return name
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return environment["USER"] ?? "unknown"
    }
}
