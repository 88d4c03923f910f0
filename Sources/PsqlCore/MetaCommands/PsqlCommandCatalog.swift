/// Every backslash command psql 15 has (from its `\?`), so a real psql command pgcoach does not
/// run is declined in one line instead of being called an invalid command.
public enum PsqlCommandCatalog {
    /// psql 15's commands as specs (names and modifiers; the text is not shown).
    public static let psql15: [MetaCommandSpec] = {
        func spec(_ names: [String], _ modifiers: String = "") -> MetaCommandSpec {
            MetaCommandSpec(names, "", "", group: .general, modifiers: modifiers)
        }
        let plain: [[String]] = [
            ["copyright"], ["crosstabview"], ["errverbose"], ["g"], ["gdesc"], ["gexec"], ["gset"], ["gx"], ["q", "quit"],
            ["restrict"], ["unrestrict"], ["watch"], ["?"], ["h", "help"], ["e", "edit"], ["ef"], ["ev"], ["p", "print"],
            ["r", "reset"], ["s"], ["w", "write"], ["copy"], ["echo"], ["i", "include"], ["ir", "include_relative"],
            ["o", "out"], ["qecho"], ["warn"], ["if"], ["elif"], ["else"], ["endif"], ["ddp"], ["drds"], ["dp"], ["z"],
            ["lo_export"], ["lo_import"], ["lo_unlink"], ["a"], ["C"], ["f"], ["H", "html"], ["pset"], ["t"], ["T"],
            ["x"], ["c", "connect"], ["conninfo"], ["encoding"], ["password"], ["cd"], ["getenv"], ["setenv"], ["!"],
            ["prompt"], ["set"], ["unset"], ["timing"], ["dX"],
        ]
        let withModifiers: [([String], String)] = [
            (["d"], "S+"), (["da"], "S"), (["dA"], "+"), (["dAc"], "+"), (["dAf"], "+"), (["dAo"], "+"), (["dAp"], "+"),
            (["db"], "+"), (["dc"], "S+"), (["dconfig"], "+"), (["dC"], "+"), (["dd"], "S"), (["dD"], "S+"),
            (["dE"], "S+"), (["des"], "+"), (["det"], "+"), (["deu"], "+"), (["dew"], "+"), (["df"], "anptwS+"),
            (["dF"], "+"), (["dFd"], "+"), (["dFp"], "+"), (["dFt"], "+"), (["dg"], "S+"), (["di"], "S+"),
            (["dl"], "+"), (["dL"], "S+"), (["dm"], "S+"), (["dn"], "S+"), (["do"], "S+"), (["dO"], "S+"),
            (["dP"], "itn+"), (["dRp"], "+"), (["dRs"], "+"), (["ds"], "S+"), (["dt"], "S+tvmisE"), (["dT"], "S+"),
            (["du"], "S+"), (["dv"], "S+"), (["dx"], "+"), (["dX"], "+"), (["dy"], "+"), (["l", "list"], "+"),
            (["sf"], "+"), (["sv"], "+"), (["lo_list"], "+"),
        ]
        return plain.map { spec($0) } + withModifiers.map { spec($0.0, $0.1) }
    }()

    /// psql commands that send the query buffer (so it is empty after them).
    public static func sendsQueryBuffer(_ name: String) -> Bool {
        ["g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch"].contains(name)
    }

    /// Whether `name` is one of psql 15's commands.
    public static func isPsqlCommand(_ name: String) -> Bool {
        psql15.contains { $0.matches(name) }
    }
}
