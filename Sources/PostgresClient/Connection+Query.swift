import CLibPQ
import LibC
import PsqlCore

extension Connection {
    /// Runs one statement with text parameters (`$1`, `$2`, … ; `nil` is NULL) and returns its
    /// whole result decoded to strings. For the tutor's own small queries; never splice values
    /// into `sql`, pass them here.
    ///
    /// - Throws: `QueryError.server` with every field of the error, or
    ///   `QueryError.connectionLost`.
    public func query(_ sql: String, parameters: [String?] = []) throws(QueryError) -> SimpleResult {
        _ = notices.take()  // stale ones belong to no one; there should be none
        // strdup'd copies keep every parameter alive for the whole call.
        let values: [UnsafePointer<CChar>?] = parameters.map { $0.flatMap { UnsafePointer(strdup($0)) } }
        defer {
            for case let pointer? in values { free(UnsafeMutablePointer(mutating: pointer)) }
        }
        let result = values.withUnsafeBufferPointer { array in
            PQexecParams(handle, sql, Int32(array.count), nil, array.baseAddress, nil, nil, 0)
        }
        guard let result else {
            throw isBad ? .connectionLost(lostConnection()) : .server(.libpqError(on: handle))
        }
        defer { PQclear(result) }

        let status = PQresultStatus(result)
        switch status {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            let columnCount = Int(PQnfields(result))
            let rows = (0..<PQntuples(result)).map { row in
                let view = RowView(result: result, row: row, columnCount: columnCount)
                return (0..<columnCount).map { view.string($0) }
            }
            return SimpleResult(
                columns: columns(of: result), rows: rows,
                commandTag: optionalText(PQcmdStatus(result)) ?? "",
                rowsAffected: optionalText(PQcmdTuples(result)).flatMap { Int($0) },
                notices: notices.take())
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            abandonCopy(status, reason: "COPY is not supported by Connection.query")
            while let rest = PQgetResult(handle) { PQclear(rest) }
            if isBad { throw .connectionLost(lostConnection()) }
            throw .server(.pgcoachError("COPY is not supported by Connection.query", sqlState: "0A000"))
        default:
            if isBad { throw .connectionLost(lostConnection()) }
            throw .server(ServerMessage(result: result))
        }
    }
}
