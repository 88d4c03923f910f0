/// Names the completer offers, cached per database and refreshed after DDL and on `\c`.
public struct CompletionCatalog: Sendable, Equatable {
    public var relations: [String]
    public var columns: [String: [String]]
    public var databases: [String]
    public var roles: [String]

    public init(relations: [String] = [], columns: [String: [String]] = [:], databases: [String] = [], roles: [String] = []) {
        self.relations = relations
        self.columns = columns
        self.databases = databases
        self.roles = roles
    }
}
