import Foundation
import TutorCore

extension SettingValue {
    /// The postgresql.conf line: the value single-quoted, `'` and `\` escaped as the
    /// configuration parser reads them.
    var configurationLine: String {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''")
        return "\(name) = '\(escaped)'"
    }
}

/// Appends a lesson's settings to a sandbox copy's postgresql.conf before its first start,
/// after pgcoach's own block, so they win over the defaults and restart-level settings
/// (`max_connections`) take effect. The lesson loader has already refused the settings
/// pgcoach depends on (socket, listen address, the pg_stat_statements preload).
enum ServerConfiguration {
    static func append(_ settings: [SettingValue], toDataDirectory dataDirectory: String) throws {
        guard !settings.isEmpty else { return }
        let path = dataDirectory + "/postgresql.conf"
        // The data directory belongs to the server account: never follow a link planted there.
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileTree.failure("open", path) }
        defer { close(descriptor) }
        var text = "\n# --- lesson settings (server.settings in lesson.yaml) ---\n"
        for setting in settings where !setting.name.contains(where: \.isNewline) && !setting.value.contains(where: \.isNewline) {
            text += setting.configurationLine + "\n"
        }
        try DescriptorWriter.writeAll(text, to: descriptor, path: path)
    }
}
