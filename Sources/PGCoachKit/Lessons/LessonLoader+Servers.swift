import PsqlCore
import Sandbox
import TutorCore
import Yams

/// `servers:` (the primary's standbys, a lost server) and the `server:` key of every block that
/// names a database.
extension LessonLoader {
    static func servers(_ r: YAMLFieldReader, databases: Set<String>) throws -> [ServerSpec] {
        var servers: [ServerSpec] = []
        for s in try r.list("servers") {
            try s.requireKnownKeys(["name", "standby_of", "slot", "settings", "each_start", "database", "lost"])
            let name = try s.string("name")
            guard SandboxNode.isValidName(name) else {
                throw s.error(
                    "name", "\(name) is not a server name: lowercase letters, digits and '_', starting with a letter", at: s.value("name"))
            }
            if servers.contains(where: { $0.name == name }) { throw s.error("name", "server \(name) is listed twice") }
            var spec = ServerSpec(name: name)
            spec.standbyOf = try s.optionalString("standby_of")
            spec.slot = try s.optionalString("slot")
            spec.settings = try settingValues(s, "settings")
            spec.eachStart = try s.sqlSteps("each_start")
            spec.eachStartDatabase = try s.optionalString("database") ?? "postgres"
            spec.lost = try s.bool("lost", default: false)
            if !databases.contains(spec.eachStartDatabase) {
                throw s.error("database", "\(spec.eachStartDatabase) is not created by setup.databases", at: s.value("database"))
            }
            if name == ServerSpec.primary {
                if spec.standbyOf != nil || spec.slot != nil { throw s.error("standby_of", "the primary is no standby") }
                if !spec.settings.isEmpty { throw s.error("settings", "the primary's settings go under server: settings:") }
            } else {
                guard let upstream = spec.standbyOf else {
                    throw s.error(
                        "standby_of", "missing (required): the server this standby streams from (primary, or a standby listed before it)")
                }
                let known = [ServerSpec.primary] + servers.map(\.name)
                if !known.contains(upstream) {
                    throw s.error("standby_of", "no server \(upstream) listed before \(name)", at: s.value("standby_of"))
                }
            }
            if let slot = spec.slot, !slot.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) || slot.isEmpty {
                throw s.error("slot", "a slot name is lowercase letters, digits and '_'", at: s.value("slot"))
            }
            for setting in spec.settings where reservedServerSettings.contains(setting.name) || setting.name == "primary_conninfo" {
                throw s.error("settings", "pgcoach sets \(setting.name) itself; remove it from the lesson")
            }
            servers.append(spec)
        }
        if ServerPlacer(servers: servers).allLost {
            throw r.error("servers", "every server is lost: keep at least one running for the learner")
        }
        return servers
    }
}

extension LessonLoader {
    /// `within_ms:` on a check or trap with a probe: 1 ms to 60 s.
    static func withinMilliseconds(_ reader: YAMLFieldReader, probes: Bool) throws -> Int? {
        guard reader.value("within_ms") != nil else { return nil }
        if !probes { throw reader.error("within_ms", "only with sql or plan: it repeats the probe") }
        return try reader.int("within_ms", range: 1...60_000)
    }
}

/// Turns the databases a block names into location keys (`app_db@replica1`): on the block's
/// `server:`, else on the lesson's home server (the primary, unless it is lost).
struct ServerPlacer {
    let home: String
    let names: Set<String>

    init(servers: [ServerSpec]) {
        let all = ServerSpec.withPrimary(servers)
        home = ServerSpec.home(of: all)
        names = Set(all.map(\.name))
        allLost = all.allSatisfy(\.lost)
    }

    /// Whether no server is left running (a lesson error).
    let allLost: Bool

    /// The block's `server:`, checked; nil when it names none.
    func server(_ reader: YAMLFieldReader) throws -> String? {
        guard let name = try reader.optionalString("server") else { return nil }
        if !names.contains(name) {
            throw reader.error(
                "server", "no server \(name) (servers: \(names.sorted().joined(separator: ", ")))", at: reader.value("server"))
        }
        return name
    }

    /// `names` as location keys on the block's server.
    func place(_ databases: [String], _ reader: YAMLFieldReader) throws -> [String] {
        let server = try server(reader) ?? home
        return databases.map { DatabaseLocation(database: $0, server: server).key }
    }
}
