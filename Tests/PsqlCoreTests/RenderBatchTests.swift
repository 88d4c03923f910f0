import Testing

@testable import PsqlCore

/// FETCH_COUNT prints one table in batches (`startTable`, `stopTable`, `priorRows`), as psql's
/// `print.c` does: the first batch alone prints the title and headers (and border 2's top rule),
/// the last alone the bottom rule and footer, and record numbers and the row count go on across
/// batches. With values of one width, every batch measures the same widths, so the batches
/// together must print exactly what one whole table prints, in every format.
@Suite struct RenderBatchTests {
    struct Case: Sendable, CustomStringConvertible {
        var settings: [(String, String)]
        var description: String { settings.map { "\($0.0)=\($0.1)" }.joined(separator: " ") }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for format in ["aligned", "unaligned", "csv", "html"] {
            for border in ["0", "1", "2"] {
                for tuplesOnly in ["off", "on"] {
                    for expanded in ["off", "on"] {
                        cases.append(
                            Case(settings: [
                                ("format", format), ("border", border), ("tuples_only", tuplesOnly),
                                ("expanded", expanded), ("title", "Batched"),
                            ]))
                    }
                }
            }
        }
        return cases
    }()

    static let headers = ["id", "name"]
    static let rows: [[String?]] = (1...7).map { [String($0), "n\($0)"] }

    static func options(_ settings: [(String, String)]) -> PrintOptions {
        var print = PrintSettings()
        for (name, value) in settings { _ = print.apply(name, value) }
        return print.printOptions
    }

    static func render(_ rows: [[String?]], options: PrintOptions) -> [UInt8] {
        var output = OutputBuffer()
        TablePrinter(options: options).render(
            headers: headers, alignments: [.right, .left], rows: rows, into: &output)
        return output.bytes
    }

    /// The rows in batches of `size`, printed as the FETCH_COUNT loop prints them.
    static func renderBatched(_ rows: [[String?]], size: Int, options: PrintOptions) -> [UInt8] {
        var output: [UInt8] = []
        var batchOptions = options
        var prior = 0
        while true {
            let batch = Array(rows[prior..<min(prior + size, rows.count)])
            batchOptions.stopTable = batch.count < size
            batchOptions.priorRows = prior
            output += render(batch, options: batchOptions)
            batchOptions.startTable = false
            prior += batch.count
            if batch.count < size { return output }
        }
    }

    @Test(arguments: cases)
    func batchesPrintOneTable(_ testCase: Case) {
        let options = Self.options(testCase.settings)
        let whole = String(decoding: Self.render(Self.rows, options: options), as: UTF8.self)
        // Sizes that leave no empty last batch: psql measures an empty batch's (narrower)
        // expanded value column for its closing rule, which the parity tests compare instead.
        for size in [2, 3, 5, 10] {
            let batched = String(decoding: Self.renderBatched(Self.rows, size: size, options: options), as: UTF8.self)
            #expect(batched == whole, "batches of \(size)")
        }
    }

    @Test func laterBatchesContinueTheTable() {
        var options = Self.options([("border", "2")])
        options.startTable = false
        options.stopTable = false
        options.priorRows = 3
        let text = String(decoding: Self.render([["4", "n4"]], options: options), as: UTF8.self)
        #expect(text == "|  4 | n4   |\n")
        options.expanded = .on
        options.tuplesOnly = false
        let expanded = String(decoding: Self.render([["4", "n4"]], options: options), as: UTF8.self)
        #expect(expanded.hasPrefix("+-[ RECORD 4 ]"))
    }
}
