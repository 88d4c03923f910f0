import CLibPQ

extension Connection {
    /// A conninfo string for the same server and settings as this connection (from libpq's
    /// `PQconninfo`: host, port, user, password, sslmode, application name, options, …), with
    /// the database, user, host and/or port replaced. psql's `\c dbname` keeps everything else
    /// the same way; a new host drops the old `hostaddr`.
    public func conninfo(
        replacingDatabase database: String? = nil, user: String? = nil, host: String? = nil, port: String? = nil
    ) -> String {
        guard let options = PQconninfo(handle) else { return "" }
        defer { PQconninfoFree(options) }
        var pairs: [String] = []
        var option = options
        while let keywordPointer = option.pointee.keyword {
            defer { option += 1 }
            let keyword = String(cString: keywordPointer)
            var value = optionalText(option.pointee.val)
            if keyword == "dbname", let database { value = database }
            if keyword == "user", let user { value = user }
            if keyword == "host", let host { value = host }
            if keyword == "port", let port { value = port }
            if keyword == "hostaddr", host != nil { continue }
            guard let value, !value.isEmpty else { continue }
            pairs.append("\(keyword)=\(Self.quotedConninfoValue(value))")
        }
        return pairs.joined(separator: " ")
    }

    /// A value quoted for a `key=value` conninfo string: in single quotes, with `\` and `'`
    /// escaped by a backslash (libpq's rule), so spaces and `=` survive.
    static func quotedConninfoValue(_ value: String) -> String {
        var quoted = "'"
        for character in value {
            if character == "\\" || character == "'" { quoted.append("\\") }
            quoted.append(character)
        }
        quoted.append("'")
        return quoted
    }
}
