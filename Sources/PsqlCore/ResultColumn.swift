/// One column of a query result, as the server described it.
public struct ResultColumn: Sendable, Equatable, Codable {
    public var name: String
    /// The column's type OID (`PQftype`); decides alignment the way psql does.
    public var typeOID: UInt32

    public init(name: String, typeOID: UInt32) {
        self.name = name
        self.typeOID = typeOID
    }
}
