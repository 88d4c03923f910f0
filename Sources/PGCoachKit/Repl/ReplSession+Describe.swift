import CSignals
import PostgresClient
import PsqlCore

/// Runs describe queries on the learner's own connection, as psql does.
struct ConnectionCatalog: CatalogQuerying {
    let connection: any SessionConnection

    func catalogQuery(_ sql: String) throws -> CatalogRows {
        do {
            let result = try connection.query(sql)
            return CatalogRows(columns: result.columns.map(\.name), rows: result.rows)
        } catch .server(let message) {
            throw DescribeQueryFailed(message: message)
        } catch .connectionLost(let lost) {
            throw lost
        }
    }
}

/// A describe query the server rejected; printed the way psql prints any error.
struct DescribeQueryFailed: CatalogQueryError {
    var message: ServerMessage
    var serverMessage: ServerMessage { message }
}

extension ReplSession {
    /// psql's describe commands (`\l`, `\dt`, `\d NAME`, `\du`, `\dp`, `\dn` and their
    /// variants): same queries' results, same tables, same messages.
    func runDescribe(_ command: MetaCommand) {
        let location = self.location
        var observed: [ObservedResult] = []
        var errorMessage: ServerMessage?
        var lost = false
        pgcoach_set_query_running(1)
        defer { pgcoach_set_query_running(0) }
        do {
            let outcomes =
                try DescribeCommand.run(
                    command.name, arguments: command.arguments, serverVersion: connection.serverVersionNumber,
                    hidesTableAccessMethod: PsqlBoolean.parse(variables["HIDE_TABLEAM"] ?? "off") ?? false,
                    using: ConnectionCatalog(connection: connection)) ?? []
            for outcome in outcomes {
                switch outcome {
                case .table(let table):
                    print(table)
                    observed.append(
                        ObservedResult(
                            columns: table.headers, rows: Array(table.rows.prefix(ObservedResult.keptRowLimit)),
                            rowCount: table.rows.count, commandTag: ""))
                    if !table.footers.isEmpty {
                        observed.append(
                            ObservedResult(
                                columns: ["footer"], rows: table.footers.map { [$0] }, rowCount: table.footers.count, commandTag: ""))
                    }
                case .message(let text):
                    output.line(text)
                case .error(let text):
                    output.errorLine(text)
                }
            }
        } catch let failure as DescribeQueryFailed {
            output.error(failure.message.formatted)
            errorMessage = failure.message
            lastError = failure.message
        } catch let failure as ConnectionLost {
            output.error(failure.formatted)
            lost = true
            recoverLostConnection()
        } catch {
            output.errorLine("\\\(command.name): \(error)")
        }
        publish(
            ExecutionRecord(
                kind: .metaCommand, input: Self.display(command), database: location, results: observed,
                error: errorMessage, transactionState: connection.transactionState, connectionLost: lost))
    }

    /// Prints a describe table with psql's title, footers and row count.
    private func print(_ table: DescribeTable) {
        var options = tablePrinter().options
        // Describe commands set their own title and ignore `\pset null`, as psql's do.
        options.title = table.title
        options.nullDisplay = ""
        options.footers = table.footers
        options.showRowCount = table.showsRowCount && options.showRowCount
        if table.ignoresExpanded { options.expanded = .off }
        let printer = TablePrinter(options: options)
        var buffer = OutputBuffer(flushThreshold: OutputBuffer.streamingFlushThreshold)
        let sink = queryOutput  // `\o` takes describe output too, as in psql
        printer.render(headers: table.headers, alignments: table.alignments, rows: table.rows, into: &buffer) { sink.writeBytes($0) }
        buffer.flush { sink.writeBytes($0) }
    }

    /// A meta-command as the learner typed it, for records and history.
    static func display(_ command: MetaCommand) -> String {
        "\\" + command.name + (command.rawArguments.isEmpty ? "" : " " + command.rawArguments)
    }
}
