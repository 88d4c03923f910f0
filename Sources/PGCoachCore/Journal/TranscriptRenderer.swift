/// Renders a journal as Markdown a reviewer reads top to bottom: a header, the timeline
/// (every input with its output, errors marked, tutor events called out), and a summary
/// (milestones and hints with their times, traps, checks, the scorecard, the postmortem).
public enum TranscriptRenderer {
    public static func markdown(_ events: [JournalEvent], notes: [String] = []) -> String {
        var out: [String] = []
        let start = events.first { $0.kind == .sessionStart }
        let lastScore = events.last { $0.kind == .scorecard }?.scorecard
        let duration = events.last.map { clock($0.elapsedMilliseconds) } ?? "00:00"
        out.append("# pgcoach transcript — \(start?.lesson ?? "pgcoach connect session")")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        out.append("| Lesson | \(cell(start?.lesson ?? "none (tutor off)")) |")
        out.append("| Learner | \(cell(start?.learner ?? "?")) |")
        out.append("| Started | \(cell(start?.time ?? events.first?.time ?? "?")) |")
        out.append("| Duration | \(duration) |")
        out.append("| Final score | \(lastScore.map { "\($0.total)/100" } ?? "not scored") |")
        out.append("| Versions | pgcoach \(cell(start?.pgcoachVersion ?? "?")), PostgreSQL \(cell(start?.serverVersion ?? "?")) |")
        for note in notes { out.append("\n> Note: \(note)") }
        out.append("")
        out.append("## Timeline")
        out.append("")

        var pendingInput: JournalEvent?
        for event in events {
            switch event.kind {
            case .sessionStart, .end:
                continue
            case .input:
                if let pending = pendingInput {
                    out += inputBlock(pending)
                    if pending.inputKind != .metaCommand {
                        out.append("_No result recorded._")
                    }
                    out.append("")
                }
                pendingInput = event
            case .output:
                if let pending = pendingInput {
                    out += inputBlock(pending)
                    pendingInput = nil
                }
                out.append(fence(event.text ?? "", language: "text"))
                out.append("")
            case .result:
                guard let record = event.record else { continue }
                out += inputBlock(pendingInput ?? event)
                out += resultBlock(record)
                pendingInput = nil
            case .milestone:
                out.append("> ✓ **Milestone** at +\(clock(event.elapsedMilliseconds)): \(event.text ?? event.milestone ?? "")")
                out.append("")
            case .hint:
                out.append("> 💡 **Hint** at +\(clock(event.elapsedMilliseconds)) (\(event.milestone ?? "?"), level \(event.level ?? 0)): \(event.text ?? "")")
                out.append("")
            case .phase:
                out.append("> Phase → **\(event.text ?? "?")** at +\(clock(event.elapsedMilliseconds))")
                out.append("")
            case .checks:
                let list = (event.checks ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value ? "pass" : "FAIL")" }
                out.append("> Checks at +\(clock(event.elapsedMilliseconds)): \(list.joined(separator: ", "))")
                out.append("")
            case .sessions:
                out.append("> Background sessions at +\(clock(event.elapsedMilliseconds)): \(event.text ?? "")")
                out.append("")
            case .reset:
                out.append("> ↺ **Reset** to the broken state at +\(clock(event.elapsedMilliseconds))")
                out.append("")
            case .scorecard:
                out.append("> **Scored** at +\(clock(event.elapsedMilliseconds)): \(event.scorecard.map { "\($0.total)/100" } ?? "?")")
                out.append("")
            case .postmortem:
                out.append("> Postmortem shown at +\(clock(event.elapsedMilliseconds))")
                out.append("")
            case .note:
                out.append("> Note: \(event.text ?? "")")
                out.append("")
            }
        }
        if let pending = pendingInput {
            out += inputBlock(pending)
            let ended = events.contains { $0.kind == .end }
            if pending.inputKind == .sql || !ended {
                out.append("_No result recorded: the session ended while this ran._")
            }
            out.append("")
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

    static func inputBlock(_ event: JournalEvent) -> [String] {
        let input = event.input ?? event.record?.input ?? ""
        let isMeta = input.hasPrefix("\\")
        return [
            "**+\(clock(event.elapsedMilliseconds))** · `\(event.database ?? event.record?.database ?? "?")`",
            "",
            fence(input, language: isMeta ? "text" : "sql"),
        ]
    }

    static func resultBlock(_ record: ExecutionRecord) -> [String] {
        var text = ""
        for notice in record.notices { text += notice.formatted }
        for result in record.results {
            if result.columns.isEmpty {
                if !result.commandTag.isEmpty { text += result.commandTag + "\n" }
                continue
            }
            var rows = RowStore(columnCount: result.columns.count)
            for row in result.rows {
                for cell in row { rows.appendCell(cell) }
                rows.finishRow()
            }
            var options = PrintOptions()
            options.showRowCount = result.rowsOmitted == 0
            var buffer = OutputBuffer()
            TablePrinter(options: options).render(
                headers: result.columns, alignments: result.columns.map { _ in .left }, rows: rows, into: &buffer)
            text += buffer.text
            if result.rowsOmitted > 0 {
                text += "(\(result.rowCount) rows; the first \(result.rows.count) were recorded)\n\n"
            }
            if let cut = result.bytesOmitted, cut > 0 {
                text += "(\(cut) bytes of long values were left out of the journal)\n\n"
            }
        }
        var lines: [String] = []
        while text.hasSuffix("\n") { text.removeLast() }
        if !text.isEmpty { lines.append(fence(text, language: "text")) }
        if let error = record.error {
            lines.append("**❌ Error** (SQLSTATE \(error.sqlState)):")
            lines.append(fence(error.formatted.hasSuffix("\n") ? String(error.formatted.dropLast()) : error.formatted, language: "text"))
        }
        if record.connectionLost { lines.append("**⚠ The connection was lost here** (pgcoach reconnected).") }
        var footer = "_\(formatMilliseconds(record.durationMilliseconds))"
        if record.transactionState == .inTransaction { footer += " · in a transaction" }
        if record.transactionState == .inFailedTransaction { footer += " · transaction failed, awaiting ROLLBACK" }
        lines.append(footer + "_")
        lines.append("")
        return lines
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

    static func clock(_ ms: Double) -> String {
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
