/// The text of the files pgbouncer reads: `pgbouncer.ini` and its `auth_file`.
///
/// Pure text building, so what pgcoach asks of pgbouncer is tested without one. The pooler
/// listens only on a Unix socket in its own directory inside the sandbox (no TCP, as for the
/// server), forwards each lesson database to the sandbox's server socket, and trusts the
/// users it lists: the socket directory is private to the sandbox's account, like the
/// server's, whose own authentication is trust as well.
enum PoolerConfiguration {
    /// The port number in the socket's name: pgbouncer's usual port, so the learner sees the
    /// `.s.PGSQL.6432` they know from production.
    static let port = 6432
    static let configurationFileName = "pgbouncer.ini"
    static let usersFileName = "userlist.txt"
    static let pidFileName = "pgbouncer.pid"
    static let logFileName = "pgbouncer.log"

    /// Settings pgcoach writes itself: a lesson may not change where the pooler listens, how it
    /// authenticates, which files it uses or who administers it.
    static let reservedSettings: Set<String> = [
        "listen_addr", "listen_port", "unix_socket_dir", "unix_socket_mode", "unix_socket_group", "auth_type",
        "auth_file", "auth_hba_file", "auth_query", "auth_user", "auth_dbname", "pidfile", "logfile", "syslog",
        "syslog_ident", "syslog_facility", "admin_users", "stats_users", "user", "pool_mode", "default_pool_size",
        "so_reuseport", "peer_id", "client_tls_sslmode", "client_tls_key_file", "client_tls_cert_file",
        "client_tls_ca_file", "server_tls_sslmode", "server_tls_key_file", "server_tls_cert_file",
        "server_tls_ca_file", "resolv_conf",
    ]

    /// pgbouncer.ini for a pooler whose files live in `directory`, in front of the server at
    /// `serverSocketDirectory`/`serverPort`.
    static func configuration(
        _ options: PoolerOptions, directory: String, serverSocketDirectory: String, serverPort: Int
    ) -> String {
        var lines = ["; written by pgcoach for this sandbox; rewritten at every start", "[databases]"]
        for database in options.databases {
            lines.append(
                "\(quoteName(database)) = host=\(quoteValue(serverSocketDirectory)) port=\(serverPort) dbname=\(quoteValue(database))")
        }
        lines += [
            "", "[pgbouncer]",
            "listen_addr =",
            "listen_port = \(port)",
            "unix_socket_dir = \(directory)",
            "unix_socket_mode = 0700",
            "auth_type = trust",
            "auth_file = \(directory)/\(usersFileName)",
            "pidfile = \(directory)/\(pidFileName)",
            "admin_users = \(options.adminUsers.joined(separator: ", "))",
            "stats_users = \(options.adminUsers.joined(separator: ", "))",
            "pool_mode = \(options.poolMode)",
            "default_pool_size = \(options.defaultPoolSize)",
            // pgcoach's own clients send `options` (lock and statement timeouts), which
            // pgbouncer would otherwise refuse; through a pooler they are set in the
            // transaction instead.
            "ignore_startup_parameters = extra_float_digits, options",
        ]
        for setting in options.settings { lines.append("\(setting.name) = \(setting.value)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The auth_file: every user with an empty password (trust ignores it, but pgbouncer
    /// still only admits users it knows).
    static func users(_ names: [String]) -> String {
        names.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\" \"\"" }.joined(separator: "\n") + "\n"
    }

    /// A database name as pgbouncer reads it: plain when it is `[0-9A-Za-z_.-]`, else quoted.
    static func quoteName(_ name: String) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0))
            }
        return plain ? name : "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A connect-string value, quoted with `'` when it holds spaces or quotes.
    static func quoteValue(_ value: String) -> String {
        guard value.contains(where: { $0 == " " || $0 == "'" || $0 == "\\" }) else { return value }
        return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
