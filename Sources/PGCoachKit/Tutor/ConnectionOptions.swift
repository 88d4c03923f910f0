import TutorCore

/// Settings as a libpq `options` value: ` -c name=value` each, with spaces and backslashes
/// escaped by a backslash as the server's option parser expects.
enum ConnectionOptions {
    static func encode(_ settings: [SettingValue]) -> String {
        settings.map { setting in
            let value = setting.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: " ", with: "\\ ")
            return " -c \(setting.name)=\(value)"
        }.joined()
    }
}
