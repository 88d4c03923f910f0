/// `pg_class.relkind`: what sort of relation a catalog row is.
enum RelationKind: String {
    case table = "r"
    case index = "i"
    case sequence = "S"
    case toastTable = "t"
    case view = "v"
    case materializedView = "m"
    case compositeType = "c"
    case foreignTable = "f"
    case partitionedTable = "p"
    case partitionedIndex = "I"

    /// The word psql's relation lists show in their Type column.
    var listLabel: String? {
        switch self {
        case .table: "table"
        case .view: "view"
        case .materializedView: "materialized view"
        case .index: "index"
        case .sequence: "sequence"
        case .toastTable: "TOAST table"
        case .foreignTable: "foreign table"
        case .partitionedTable: "partitioned table"
        case .partitionedIndex: "partitioned index"
        case .compositeType: nil
        }
    }

    /// The Type label for a raw `relkind` cell; empty (printed as a blank cell) for kinds psql
    /// does not name in lists.
    static func listLabel(for relkind: String?) -> String? {
        relkind.flatMap(RelationKind.init(rawValue:))?.listLabel
    }
}
