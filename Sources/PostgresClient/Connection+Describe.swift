import CLibPQ
import PsqlCore

extension Connection {
    /// A result column as the server describes it without running the statement.
    public struct DescribedColumn: Sendable, Equatable {
        public var name: String
        public var typeOID: UInt32
        public var typeModifier: Int32
    }

    /// psql's `\gdesc`: prepares `sql` as the unnamed statement and asks the server for its
    /// result columns, without executing it.
    ///
    /// - Throws: `QueryError.server` when the statement does not prepare (libpq's text in
    ///   `formatted`, as psql prints it), or `QueryError.connectionLost`.
    public func describeResult(of sql: String) throws(QueryError) -> [DescribedColumn] {
        _ = notices.take()
        guard let prepared = PQprepare(handle, "", sql, 0, nil) else {
            throw isBad ? .connectionLost(lostConnection()) : .server(.libpqError(on: handle))
        }
        let prepareStatus = PQresultStatus(prepared)
        if prepareStatus != PGRES_COMMAND_OK {
            defer { PQclear(prepared) }
            if isBad { throw .connectionLost(lostConnection()) }
            throw .server(ServerMessage(result: prepared))
        }
        PQclear(prepared)
        guard let described = PQdescribePrepared(handle, "") else {
            throw isBad ? .connectionLost(lostConnection()) : .server(.libpqError(on: handle))
        }
        defer { PQclear(described) }
        guard PQresultStatus(described) == PGRES_COMMAND_OK else {
            if isBad { throw .connectionLost(lostConnection()) }
            throw .server(ServerMessage(result: described))
        }
        return (0..<PQnfields(described)).map { index in
            DescribedColumn(
                name: optionalText(PQfname(described, index)) ?? "", typeOID: PQftype(described, index),
                typeModifier: PQfmod(described, index))
        }
    }
}
