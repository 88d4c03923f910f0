import PsqlCore

/// Renders a journal as Markdown a reviewer reads top to bottom: a header, the timeline
/// (every input with its output, errors marked, tutor events called out), and a summary
/// (milestones and hints with their times, traps, checks, the scorecard, the postmortem).
public enum TranscriptRenderer {
    public static func markdown(_ events: [JournalEvent], notes: [String] = []) -> String {
        var out: [String] = []
        let start = events.first { $0.kind == .sessionStart }
        let lastScore = standingScore(events)
        let duration = span(events.map(\.elapsedMilliseconds).max() ?? 0)
        out.append("# pgcoach transcript — \(start?.lesson ?? "pgcoach connect session")")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        out.append("| Lesson | \(cell(start?.lesson ?? "none (tutor off)")) |")
        out.append("| Learner | \(cell(start?.learner ?? "?")) |")
        out.append("| Started | \(cell(start?.time ?? events.first?.time ?? "?")) |")
        out.append("| Duration | \(duration) |")
        out.append("| Final score | \(lastScore.map { "\($0.total)/100" } ?? "not scored") |")
        if let attempts = attemptSummary(events) { out.append("| Attempts | \(cell(attempts)) |") }
        out.append("| Versions | pgcoach \(cell(start?.pgcoachVersion ?? "?")), PostgreSQL \(cell(start?.serverVersion ?? "?")) |")
        for note in notes { out.append("\n> ⚠ Reading this journal: \(note)") }
        out.append("")
        out.append("## Timeline")
        out.append("")

        for entry in TranscriptEntry.build(events) {
            switch entry {
            case .step(let step):
                out += stepBlock(step)
            case .output(_, let text):
                out.append(fence(text, language: "text"))
                out.append("")
            case .event(let event):
                guard let line = eventLine(event) else { continue }
                out.append(line)
                out.append("")
            }
        }

        out.append("## Summary")
        out.append("")
        out.append("### Milestones")
        let met = events.filter { $0.kind == .milestone }
        if let card = lastScore {
            for (id, found) in card.milestones.sorted(by: { $0.key < $1.key }) {
                let when = met.first { $0.milestone == id }.map { " — at +\(clock($0.elapsedMilliseconds))" } ?? ""
                out.append("- \(found ? "✓" : "✗") \(id)\(when)")
            }
        } else if met.isEmpty {
            out.append("- none met")
        } else {
            for m in met { out.append("- ✓ \(m.milestone ?? "?") — at +\(clock(m.elapsedMilliseconds))") }
        }
        out.append("")
        out.append("### Hints")
        let hints = events.filter { $0.kind == .hint }
        if hints.isEmpty { out.append("- none used") }
        for h in hints { out.append("- +\(clock(h.elapsedMilliseconds)) \(h.milestone ?? "?") level \(h.level ?? 0)") }
        out.append("")
        let learnerNotes = events.filter { $0.kind == .note }
        if !learnerNotes.isEmpty {
            out.append("### Learner's notes")
            for n in learnerNotes { out.append("- +\(clock(n.elapsedMilliseconds)) \(n.text ?? "")") }
            out.append("")
        }
        if let card = lastScore {
            out.append("### Traps triggered")
            out.append(card.traps.isEmpty ? "- none" : card.traps.map { "- \($0)" }.joined(separator: "\n"))
            out.append("")
            out.append("### Checks")
            for (id, passed) in card.checks.sorted(by: { $0.key < $1.key }) { out.append("- \(passed ? "pass" : "FAIL") \(id)") }
            out.append("")
            out.append("### Scorecard")
            out.append("```text")
            out.append(TutorText.scorecard(card))
            out.append("```")
            out.append("")
        }
        if let postmortem = events.last(where: { $0.kind == .postmortem })?.text {
            out.append("### Postmortem")
            out.append("")
            out.append(postmortem)
            out.append("")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The score that stands for the journal's last scored attempt (never a practice `\score`
    /// after an attempt ended); the last scorecard of a journal that is not a lesson.
    static func standingScore(_ events: [JournalEvent]) -> Scorecard? {
        if let attempts = try? AttemptSplitter.attempts(in: events, source: "") {
            return attempts.last { $0.scorecard != nil }?.scorecard
        }
        return events.last { $0.kind == .scorecard }?.scorecard
    }

    /// `#1: 10/100 (gave up), #2: 100/100` when the journal holds more than one attempt.
    static func attemptSummary(_ events: [JournalEvent]) -> String? {
        let attempts = (try? AttemptSplitter.attempts(in: events, source: "")) ?? []
        guard attempts.count > 1 else { return nil }
        return attempts.map { a in
            "#\(a.number): " + (a.scorecard.map { "\($0.total)/100" } ?? "not scored") + (a.gaveUp ? " (gave up)" : "")
        }.joined(separator: ", ")
    }

    /// A tutor event as a callout: `> ✓ **Milestone** at +01:02: …`, every line quoted.
    static func eventLine(_ event: JournalEvent) -> String? {
        guard let c = TranscriptCallout(event) else { return nil }
        let qualifier = c.qualifier.map { " (\($0))" } ?? ""
        let text = "> \(c.symbol) **\(c.label)**\(qualifier) at +\(clock(event.elapsedMilliseconds)): \(c.text)"
        return text.replacing("\n", with: "\n> ")
    }

    static func stepBlock(_ step: TranscriptStep) -> [String] {
        var lines = [
            "**+\(clock(step.elapsedMilliseconds))** · `\(step.database)`",
            "",
            fence(step.input, language: step.isMetaCommand ? "text" : "sql"),
        ]
        if let record = step.shownRecord {
            lines += resultBlock(record)
        }
        if let output = step.output {
            lines.append(fence(output, language: "text"))
            lines.append("")
        }
        switch step.completion {
        case .complete:
            if step.shownRecord == nil && step.output == nil { lines.append("") }
        case .noResult:
            lines += ["_No result recorded._", ""]
        case .interrupted:
            lines += ["_No result recorded: the session ended while this ran._", ""]
        }
        return lines
    }

    static func resultBlock(_ record: ExecutionRecord) -> [String] {
        var text = resultText(record)
        var lines: [String] = []
        while text.hasSuffix("\n") { text.removeLast() }
        if !text.isEmpty { lines.append(fence(text, language: "text")) }
        if let error = record.error {
            lines.append("**❌ Error** (SQLSTATE \(error.sqlState)):")
            lines.append(fence(error.formatted.hasSuffix("\n") ? String(error.formatted.dropLast()) : error.formatted, language: "text"))
        }
        if record.connectionLost { lines.append("**⚠ The connection was lost here** (pgcoach reconnected).") }
        lines.append("_" + recordFooter(record) + "_")
        lines.append("")
        return lines
    }

    /// Notices, tables (aligned as the REPL aligned them) and command tags, as psql printed them.
    static func resultText(_ record: ExecutionRecord) -> String {
        var text = ""
        for notice in record.notices { text += notice.formatted }
        for result in record.results {
            if result.columns.isEmpty {
                if !result.commandTag.isEmpty { text += result.commandTag + "\n" }
                continue
            }
            // Describe commands record their footers (`Indexes:` …) as a one-column table.
            if result.commandTag.isEmpty && result.columns == ["footer"] {
                for row in result.rows { text += (row.first.flatMap { $0 } ?? "") + "\n" }
                text += "\n"
                continue
            }
            var options = PrintOptions()
            // psql prints no `(N rows)` under a describe table.
            options.showRowCount = result.rowsOmitted == 0 && !result.commandTag.isEmpty
            var buffer = OutputBuffer()
            TablePrinter(options: options).render(
                headers: result.columns, alignments: result.alignments, rows: result.rows, into: &buffer)
            text += buffer.text
            if result.rowsOmitted > 0 {
                text += "(\(result.rowCount) rows; the first \(result.rows.count) were recorded)\n\n"
            }
            if let cut = result.bytesOmitted, cut > 0 {
                text += "(\(cut) bytes of long values were left out of the journal)\n\n"
            }
        }
        return text
    }

    /// Duration and transaction state under a result.
    static func recordFooter(_ record: ExecutionRecord) -> String {
        var footer = formatMilliseconds(record.durationMilliseconds)
        if record.transactionState == .inTransaction { footer += " · in a transaction" }
        if record.transactionState == .inFailedTransaction { footer += " · transaction failed, awaiting ROLLBACK" }
        return footer
    }

    /// A fenced block whose fence cannot be closed by the content itself.
    static func fence(_ text: String, language: String) -> String {
        var ticks = "```"
        while text.contains(ticks) { ticks += "`" }
        return "\(ticks)\(language)\n\(text)\n\(ticks)"
    }

    static func cell(_ text: String) -> String {
        text.replacingAll("|", with: "\\|")
    }

    /// A span a reviewer reads: `8.4 s` under a minute (scripted sessions), else `mm:ss`.
    public static func span(_ ms: Double) -> String {
        ms < 60_000 ? TimingFormat.formatFixed(ms / 1000, decimals: 1) + " s" : clock(ms)
    }

    /// Elapsed time as `mm:ss` (minutes keep counting past an hour).
    public static func clock(_ ms: Double) -> String {
        let seconds = max(0, Int(ms / 1000))
        let minutes = seconds / 60
        let rest = seconds % 60
        return (minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    static func formatMilliseconds(_ ms: Double) -> String {
        TimingFormat.formatFixed(ms, decimals: 1) + " ms"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
