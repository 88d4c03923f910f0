/// Which side of its column a value is pushed to in the aligned format.
public enum ColumnAlignment: Sendable, Equatable {
    case left
    case right

    /// psql's choice for a query result column: numbers right, everything else left.
    ///
    /// The list is psql's (`column_type_alignment`): int2, int4, int8, float4, float8, numeric,
    /// oid, xid, xid8, cid and money. Domains over these and arrays of them are left-aligned,
    /// because psql looks only at the column's own type OID.
    public init(typeOID: UInt32) {
        switch typeOID {
        case 21, 23, 20,  // int2, int4, int8
            700, 701,  // float4, float8
            1700,  // numeric
            26, 28, 5069, 29,  // oid, xid, xid8, cid
            790:  // money
            self = .right
        default:
            self = .left
        }
    }
}
