/// The Attributes cell of `\du`: a role's flags in words, then its connection limit and
/// password expiry on lines of their own.
struct RoleAttributes {
    var isSuperuser: Bool
    var inherits: Bool
    var createsRoles: Bool
    var createsDatabases: Bool
    var canLogin: Bool
    var replicates: Bool
    var bypassesRowSecurity: Bool
    /// `rolconnlimit`; -1 means unlimited.
    var connectionLimit: Int
    /// `rolvaliduntil` as the server prints it, empty when the password never expires.
    var validUntil: String

    /// The cell text, e.g. `Superuser, Cannot login` or `Create DB\n5 connections`.
    var text: String {
        var flags: [String] = []
        if isSuperuser { flags.append("Superuser") }
        // The unusual cases are named, so a plain role shows an empty cell.
        if !inherits { flags.append("No inheritance") }
        if createsRoles { flags.append("Create role") }
        if createsDatabases { flags.append("Create DB") }
        if !canLogin { flags.append("Cannot login") }
        if replicates { flags.append("Replication") }
        if bypassesRowSecurity { flags.append("Bypass RLS") }

        var text = flags.joined(separator: ", ")
        if connectionLimit >= 0 {
            if !text.isEmpty { text += "\n" }
            let limit =
                switch connectionLimit {
                case 0: "No connections"
                case 1: "1 connection"
                default: "\(connectionLimit) connections"
                }
            text += limit
        }
        if !validUntil.isEmpty {
            if !text.isEmpty { text += "\n" }
            text += "Password valid until " + validUntil
        }
        return text
    }
}
