import PsqlCore

/// Prints a `ClassReport` as psql-aligned text, Markdown or CSV; `ClassReportDocument` is the
/// shape of its JSON. Every format has the same two parts: one row per attempt, then one row
/// per lesson.
public enum ClassReportRenderer {
    static let attemptHeaders = [
        "Learner", "Lesson", "Started (UTC)", "Duration", "Total", "D", "F", "T", "Hints", "Notes", "Traps taken",
        "Time to milestone", "Gave up",
    ]
    static let attemptAlignments: [ColumnAlignment] = [
        .left, .left, .left, .right, .right, .right, .right, .right, .right, .right, .left, .left, .left,
    ]
    static let lessonHeaders = [
        "Lesson", "Attempts", "Learners", "Median score", "Gave up", "Most common traps", "Most often missed",
    ]
    static let lessonAlignments: [ColumnAlignment] = [.left, .right, .right, .right, .right, .left, .left]

    /// psql's aligned format, multi-line cells as psql prints them.
    public static func text(_ report: ClassReport) -> String {
        if report.attempts.isEmpty { return "No lesson attempts in these journals.\n" + skippedLines(report) }
        var out = ""
        let table = attemptTable(report)
        var options = PrintOptions()
        options.title = table.title
        var buffer = OutputBuffer()
        TablePrinter(options: options).render(
            headers: table.headers, alignments: table.alignments, rows: table.rows, into: &buffer)
        options.title = "Per lesson"
        TablePrinter(options: options).render(
            headers: lessonHeaders, alignments: lessonAlignments, rows: lessonRows(report), into: &buffer)
        out += buffer.text
        out += skippedLines(report)
        return out
    }

    public static func markdown(_ report: ClassReport) -> String {
        let table = attemptTable(report)
        var lines = ["# pgcoach report", "", "## \(table.title)", ""]
        if report.attempts.isEmpty {
            lines += ["No lesson attempts in these journals."]
        } else {
            lines += markdownTable(table.headers, table.alignments, table.rows)
            lines += ["", "## Per lesson", ""]
            lines += markdownTable(lessonHeaders, lessonAlignments, lessonRows(report))
        }
        if let line = connectLine(report) { lines += ["", line] }
        if !report.skipped.isEmpty {
            lines += ["", "## Skipped files", ""]
            for s in report.skipped { lines.append("- `\(s.source)`: \(markdownCell(s.reason))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: the attempts, a blank line, then the per-lesson rows. Times in seconds, one
    /// column per milestone (`time_to_<id>_s`) so a spreadsheet can sort and average them.
    public static func csv(_ report: ClassReport) -> String {
        let milestoneIDs = unique(report.lessons.flatMap(\.milestoneOrder))
        var lines: [String] = []
        lines.append(
            csvLine(
                [
                    "source", "attempt", "learner", "lesson", "started", "duration_s", "total", "detect", "fix", "trap", "hints",
                    "notes", "traps", "gave_up", "statements", "errors",
                ] + milestoneIDs.map { "time_to_\($0)_s" }))
        for a in report.attempts {
            let card = a.scorecard
            let scores: [String] = [card?.total, card?.detect.score, card?.fix.score, card?.trap.score].map { $0.map(String.init) ?? "" }
            var fields: [String] = [a.source, String(a.number), a.learner, a.lesson, a.started, seconds(a.durationMilliseconds)]
            fields += scores
            fields += [String(a.hintsUsed), String(a.notes.count), a.traps.joined(separator: ";")]
            fields += [a.gaveUp ? "true" : "false", String(a.statements), String(a.errors)]
            fields += milestoneIDs.map { id in a.timeToMilestone(id).map(seconds) ?? "" }
            lines.append(csvLine(fields))
        }
        lines.append("")
        lines.append(
            csvLine(["lesson", "attempts", "learners", "median_score", "gave_up", "common_traps", "most_missed_milestones", "missed_count"])
        )
        for l in report.lessons {
            lines.append(
                csvLine([
                    l.lesson, "\(l.attempts)", "\(l.learners)", l.medianScore.map(number) ?? "", "\(l.gaveUp)",
                    l.commonTraps.map { "\($0.id)=\($0.count)" }.joined(separator: ";"),
                    l.mostMissedMilestones.map(\.id).joined(separator: ";"), l.mostMissedMilestones.first.map { "\($0.count)" } ?? "",
                ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: - Rows

    /// The attempts table; when every attempt is of one lesson, the lesson goes in the title
    /// instead of a column repeated on every row (a class doing one drill).
    static func attemptTable(_ report: ClassReport) -> (title: String, headers: [String], alignments: [ColumnAlignment], rows: [[String?]])
    {
        let rows = attemptRows(report)
        guard report.lessons.count == 1, let lesson = report.lessons.first?.lesson else {
            return ("Attempts", attemptHeaders, attemptAlignments, rows)
        }
        func dropLesson<T>(_ list: [T]) -> [T] { list.enumerated().filter { $0.offset != 1 }.map(\.element) }
        return ("Attempts at \(lesson)", dropLesson(attemptHeaders), dropLesson(attemptAlignments), rows.map(dropLesson))
    }

    static func attemptRows(_ report: ClassReport) -> [[String?]] {
        report.attempts.map { a in
            let order = report.summary(of: a.lesson)?.milestoneOrder ?? a.knownMilestones
            let card = a.scorecard
            let milestones: [String] = order.map { id in "\(id) " + (a.timeToMilestone(id).map(TranscriptRenderer.span) ?? "—") }
            let scores: [String] = [card?.detect.score, card?.fix.score, card?.trap.score].map { $0.map(String.init) ?? "" }
            var row: [String] = [a.learner + (a.number > 1 ? " (#\(a.number))" : ""), a.lesson, shortTime(a.started)]
            row += [TranscriptRenderer.span(a.durationMilliseconds), card.map { String($0.total) } ?? "—"]
            row += scores
            row += [String(a.hintsUsed), String(a.notes.count), a.traps.isEmpty ? "none" : a.traps.joined(separator: "\n")]
            row += [milestones.isEmpty ? "none met" : milestones.joined(separator: "\n")]
            row.append(a.gaveUp ? "yes" : (a.ended ? "no" : "no (killed)"))
            return row
        }
    }

    static func lessonRows(_ report: ClassReport) -> [[String?]] {
        report.lessons.map { l in
            [
                l.lesson, "\(l.attempts)", "\(l.learners)", l.medianScore.map(number) ?? "—", "\(l.gaveUp)",
                l.commonTraps.isEmpty ? "none" : l.commonTraps.prefix(3).map { "\($0.id) ×\($0.count)" }.joined(separator: "\n"),
                missedText(l),
            ]
        }
    }

    /// `tenants (2 of 5)`, or for a tie `column, tenants (2 of 5 each)`.
    static func missedText(_ l: ClassReport.LessonSummary) -> String {
        guard let first = l.mostMissedMilestones.first else { return "none" }
        let ids = l.mostMissedMilestones.map(\.id).joined(separator: ", ")
        return "\(ids) (\(first.count) of \(l.attempts)\(l.mostMissedMilestones.count > 1 ? " each" : ""))"
    }

    static func skippedLines(_ report: ClassReport) -> String {
        var out = connectLine(report).map { $0 + "\n" } ?? ""
        guard !report.skipped.isEmpty else { return out }
        out += "Skipped \(report.skipped.count) file\(report.skipped.count == 1 ? "" : "s"):\n"
        for s in report.skipped { out += "  \(s.source): \(s.reason)\n" }
        return out
    }

    static func connectLine(_ report: ClassReport) -> String? {
        let n = report.connectSessions
        guard n > 0 else { return nil }
        return "Not counted: \(n) `pgcoach connect` session\(n == 1 ? "" : "s") (no lesson)."
    }

    // MARK: - Formatting

    static func markdownTable(_ headers: [String], _ alignments: [ColumnAlignment], _ rows: [[String?]]) -> [String] {
        var lines = ["| " + headers.map(markdownCell).joined(separator: " | ") + " |"]
        lines.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        for row in rows { lines.append("| " + row.map { markdownCell($0 ?? "") }.joined(separator: " | ") + " |") }
        return lines
    }

    /// A Markdown table cell: pipes escaped, newlines as `<br>`, HTML kept inert.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\n": out += "<br>"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// `2026-12-01T14:25:14Z` → `2026-12-01 14:25`.
    static func shortTime(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
    }

    static func seconds(_ ms: Double) -> String {
        TimingFormat.formatFixed(ms / 1000, decimals: 1)
    }

    /// 85 → `85`, 82.5 → `82.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : TimingFormat.formatFixed(value, decimals: 1)
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
