import PsqlCore

extension ObservedResult {
    /// How much of one value the journal keeps: enough to read any ordinary value whole.
    public static let journaledCellLimit = 8 * 1024
    /// How much cell text of one result the journal keeps in all.
    public static let journaledResultLimit = 256 * 1024

    /// The result as the journal keeps it: every value cut to `cellLimit` bytes (at a
    /// character boundary, marked with `…`) and rows dropped once `resultLimit` bytes of values
    /// are kept, with what was left out counted in `bytesOmitted` and `rowsOmitted`. A 100 MB
    /// value must not make a 100 MB journal line that every export then has to read.
    public func boundedForJournal(
        cellLimit: Int = journaledCellLimit, resultLimit: Int = journaledResultLimit
    ) -> ObservedResult {
        var total = 0
        var needsWork = false
        for row in rows {
            for cell in row {
                let count = cell?.utf8.count ?? 0
                total += count
                if count > cellLimit { needsWork = true }
            }
        }
        if !needsWork && total <= resultLimit { return self }
        var bounded = self
        var kept: [[String?]] = []
        var keptBytes = 0
        var omitted = 0
        for (index, row) in rows.enumerated() {
            if keptBytes >= resultLimit {
                omitted += rows[index...].reduce(0) { $0 + $1.reduce(0) { $0 + ($1?.utf8.count ?? 0) } }
                break
            }
            kept.append(
                row.map { cell in
                    guard let cell else { return nil }
                    let count = cell.utf8.count
                    guard count > cellLimit else {
                        keptBytes += count
                        return cell
                    }
                    var end = cell.utf8.index(cell.utf8.startIndex, offsetBy: cellLimit)
                    while end > cell.startIndex && end.samePosition(in: cell.unicodeScalars) == nil {
                        end = cell.utf8.index(before: end)
                    }
                    let prefix = String(cell[..<end])
                    keptBytes += prefix.utf8.count
                    omitted += count - prefix.utf8.count
                    return prefix + "…"
                })
        }
        bounded.rows = kept
        bounded.bytesOmitted = omitted
        return bounded
    }
}
