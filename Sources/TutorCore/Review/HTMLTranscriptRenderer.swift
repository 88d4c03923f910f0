/// One attempt as a single self-contained HTML page for a reviewer: header and scorecard, the
/// timeline as inline SVG, the learner's notes, every input with its output (long output folded
/// in `<details>`), tutor events in place, and the postmortem. No script, no external asset,
/// no network: it opens the same from a mail attachment as from disk. All text is escaped.
public enum HTMLTranscriptRenderer {
    /// Outputs longer than this many lines are folded.
    static let foldLines = 15

    public static func page(_ events: [JournalEvent], notes readingNotes: [String] = []) -> String {
        let start = events.first { $0.kind == .sessionStart }
        let lastScore = TranscriptRenderer.standingScore(events)
        let end = events.map(\.elapsedMilliseconds).max() ?? 0
        let title = start?.lesson ?? "pgcoach connect session"
        let entries = TranscriptEntry.build(events)
        var steps: [(anchor: String, step: TranscriptStep)] = []
        for entry in entries {
            if case .step(let step) = entry { steps.append(("step-\(steps.count + 1)", step)) }
        }

        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        // No script, no outside requests: a reviewer's browser loads nothing but this page.
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
        h.append("<title>pgcoach — \(e(title)) — \(e(start?.learner ?? "?"))</title>")
        h.append("<style>\(css)</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<header>")
        h.append("<h1>\(e(title))</h1>")
        h.append("<table class=\"facts\">")
        h.append(fact("Learner", start?.learner ?? "?"))
        h.append(fact("Started", start?.time ?? events.first?.time ?? "?"))
        h.append(fact("Duration", TranscriptRenderer.span(end)))
        h.append(
            fact(
                "Statements",
                "\(steps.filter { !$0.step.isMetaCommand }.count) SQL, \(steps.filter { $0.step.isMetaCommand }.count) meta-commands"))
        // The scorecard below is the last attempt's; the others are summed up here.
        if let attempts = TranscriptRenderer.attemptSummary(events) { h.append(fact("Attempts", attempts)) }
        h.append(fact("Versions", "pgcoach \(start?.pgcoachVersion ?? "?"), PostgreSQL \(start?.serverVersion ?? "?")"))
        h.append("</table>")
        for note in readingNotes { h.append("<p class=\"warning\">⚠ Reading this journal: \(e(note))</p>") }
        h.append("</header>")

        h += scorecardSection(lastScore, events: events)

        h.append("<section id=\"timeline\">")
        h.append("<h2>Timeline</h2>")
        h.append(TimelineSVG.render(events: events, steps: steps))
        h.append(legend)
        h.append("</section>")

        let learnerNotes = events.filter { $0.kind == .note }
        if !learnerNotes.isEmpty {
            h.append("<section id=\"notes\">")
            h.append("<h2>Learner's notes</h2>")
            h.append("<ul>")
            for n in learnerNotes {
                h.append("<li><span class=\"at\">+\(TranscriptRenderer.clock(n.elapsedMilliseconds))</span> \(e(n.text ?? ""))</li>")
            }
            h.append("</ul>")
            h.append("</section>")
        }

        h.append("<section id=\"session\">")
        h.append("<h2>Session</h2>")
        var stepIndex = 0
        for entry in entries {
            switch entry {
            case .step(let step):
                stepIndex += 1
                h += stepHTML(step, anchor: "step-\(stepIndex)")
            case .output(_, let text):
                h.append(foldable(text, label: "Output"))
            case .event(let event):
                if let item = eventHTML(event) { h.append(item) }
            }
        }
        h.append("</section>")

        if let postmortem = events.last(where: { $0.kind == .postmortem })?.text {
            h.append("<section id=\"postmortem\">")
            h.append("<h2>Postmortem</h2>")
            h.append("<div class=\"prose\">\(e(postmortem))</div>")
            h.append("</section>")
        }
        h.append("<footer>Made by pgcoach export --format html from the session journal.</footer>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    static func scorecardSection(_ card: Scorecard?, events: [JournalEvent]) -> [String] {
        var h = ["<section id=\"scorecard\">", "<h2>Scorecard</h2>"]
        guard let card else {
            h.append("<p class=\"muted\">Not scored: the session ended before <code>\\score</code> or <code>\\giveup</code>.</p>")
            let met = events.filter { $0.kind == .milestone }
            if !met.isEmpty {
                h.append("<ul class=\"milestones\">")
                for m in met {
                    h.append(
                        "<li class=\"met\">✓ \(e(m.milestone ?? "?")) <span class=\"at\">+\(TranscriptRenderer.clock(m.elapsedMilliseconds))</span></li>"
                    )
                }
                h.append("</ul>")
            }
            h.append("</section>")
            return h
        }
        let gaveUp = ((try? AttemptSplitter.attempts(in: events, source: "")) ?? []).last { $0.scorecard != nil }?.gaveUp == true
        h.append(
            "<div class=\"total\"><span class=\"big\">\(card.total)</span>/100\(gaveUp ? " <span class=\"badge\">gave up</span>" : "")</div>"
        )
        h.append("<table class=\"dims\">")
        h.append("<tr><th>Dimension</th><th class=\"num\">Score</th><th>Why</th></tr>")
        for (name, d) in [("Detect", card.detect), ("Fix", card.fix), ("Trap", card.trap)] {
            h.append("<tr><td>\(name)</td><td class=\"num\">\(d.score)/\(d.max)</td><td>\(e(d.reason))</td></tr>")
        }
        h.append("</table>")
        let met = events.filter { $0.kind == .milestone }
        h.append("<div class=\"columns\">")
        h.append("<div><h3>Milestones</h3><ul class=\"milestones\">")
        // Found fronts in the order they were found, then the missed ones.
        let foundOrder = met.compactMap(\.milestone)
        let ids = card.milestones.keys.sorted { (foundOrder.firstIndex(of: $0) ?? .max, $0) < (foundOrder.firstIndex(of: $1) ?? .max, $1) }
        for id in ids {
            let found = card.milestones[id] == true
            let when =
                met.first { $0.milestone == id }.map { " <span class=\"at\">+\(TranscriptRenderer.clock($0.elapsedMilliseconds))</span>" }
                ?? ""
            h.append("<li class=\"\(found ? "met" : "missed")\">\(found ? "✓" : "✗") \(e(id))\(when)</li>")
        }
        h.append("</ul></div>")
        h.append("<div><h3>Checks</h3><ul>")
        for (id, passed) in card.checks.sorted(by: { $0.key < $1.key }) {
            h.append("<li class=\"\(passed ? "met" : "missed")\">\(passed ? "pass" : "FAIL") \(e(id))</li>")
        }
        h.append("</ul></div>")
        h.append("<div><h3>Traps taken</h3><ul>")
        if card.traps.isEmpty { h.append("<li class=\"met\">none</li>") }
        for trap in card.traps { h.append("<li class=\"missed\">\(e(trap))</li>") }
        h.append("</ul></div>")
        h.append("<div><h3>Hints</h3><p>\(card.hintsUsed) used</p></div>")
        h.append("</div>")
        h.append("</section>")
        return h
    }

    static func stepHTML(_ step: TranscriptStep, anchor: String) -> [String] {
        let (_, outcome) = TimelineSVG.outcome(of: step)
        var h = ["<article class=\"step \(outcome.split(separator: " ").first ?? "")\" id=\"\(anchor)\">"]
        h.append(
            "<div class=\"meta\"><span class=\"at\">+\(TranscriptRenderer.clock(step.elapsedMilliseconds))</span> "
                + "<span class=\"db\">\(e(step.database))</span></div>")
        h.append("<pre class=\"input \(step.isMetaCommand ? "metacmd" : "sql")\">\(e(step.input))</pre>")
        if let record = step.shownRecord {
            var text = TranscriptRenderer.resultText(record)
            while text.hasSuffix("\n") { text.removeLast() }
            if !text.isEmpty { h.append(foldable(text, label: "Result")) }
            if let error = record.error {
                var message = error.formatted
                while message.hasSuffix("\n") { message.removeLast() }
                h.append("<pre class=\"error\">\(e(message))</pre>")
            }
            if record.connectionLost { h.append("<p class=\"warning\">⚠ The connection was lost here (pgcoach reconnected).</p>") }
            h.append("<div class=\"footer\">\(e(TranscriptRenderer.recordFooter(record)))</div>")
        }
        if let output = step.output { h.append(foldable(output, label: "Output")) }
        switch step.completion {
        case .complete: break
        case .noResult: h.append("<p class=\"muted\">No result recorded.</p>")
        case .interrupted: h.append("<p class=\"muted\">No result recorded: the session ended while this ran.</p>")
        }
        h.append("</article>")
        return h
    }

    /// A tutor event in place. Symbols are left out: a reviewer's browser may lack an emoji font.
    static func eventHTML(_ event: JournalEvent) -> String? {
        guard let c = TranscriptCallout(event) else { return nil }
        return "<div class=\"event \(c.kind)\"><span class=\"at\">+\(TranscriptRenderer.clock(event.elapsedMilliseconds))</span> "
            + "<b>\(e(c.label))</b>\(c.qualifier.map { " (\(e($0)))" } ?? ""): \(e(c.text))</div>"
    }

    /// A `<pre>`, folded in `<details>` when long.
    static func foldable(_ text: String, label: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        if lines <= foldLines { return "<pre class=\"output\">\(e(text))</pre>" }
        return "<details><summary>\(label): \(lines) lines</summary><pre class=\"output\">\(e(text))</pre></details>"
    }

    static func fact(_ name: String, _ value: String) -> String {
        "<tr><th>\(e(name))</th><td>\(e(value))</td></tr>"
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    static let legend = """
        <p class="legend"><span style="color:\(TimelineSVG.Palette.ok)">▮ statement ok</span> \
        <span style="color:\(TimelineSVG.Palette.error)">▮ error</span> \
        <span style="color:\(TimelineSVG.Palette.meta)">▮ meta-command</span> \
        <span style="color:\(TimelineSVG.Palette.lost)">▮ connection lost</span> \
        <span style="color:\(TimelineSVG.Palette.milestone)">⚑ milestone</span> \
        <span style="color:\(TimelineSVG.Palette.hint)">● hint</span> \
        <span style="color:\(TimelineSVG.Palette.checkPass)">■ checks pass</span> \
        <span style="color:\(TimelineSVG.Palette.checkFail)">■ checks fail</span> \
        <span style="color:\(TimelineSVG.Palette.note)">● note</span> \
        <span style="color:\(TimelineSVG.Palette.reset)">┆ reset</span> \
        <span style="color:\(TimelineSVG.Palette.score)">▬ score</span></p>
        """

    static let css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#212121;max-width:1060px;margin:24px auto;padding:0 16px;background:#fff}
        h1{font-size:1.6em;margin:0 0 8px}h2{font-size:1.25em;border-bottom:1px solid #cfd8dc;padding-bottom:4px;margin-top:28px}h3{font-size:1em;margin:8px 0 4px}
        table{border-collapse:collapse}th,td{text-align:left;padding:3px 10px 3px 0;vertical-align:top}
        .facts th{color:#607d8b;font-weight:normal}
        .dims{width:100%}.dims th,.dims td{border-bottom:1px solid #eceff1;padding:5px 10px}.num{text-align:right;white-space:nowrap}
        .total{font-size:1.1em;margin:6px 0 10px}.big{font-size:2.2em;font-weight:bold}
        .badge{background:#6a1b9a;color:#fff;border-radius:4px;padding:1px 7px;font-size:.8em;vertical-align:middle}
        .columns{display:flex;flex-wrap:wrap;gap:8px 36px}.columns ul{list-style:none;padding:0;margin:0}
        .met{color:#2e7d32}.missed{color:#c62828}.muted{color:#78909c}.at{color:#78909c;font-family:ui-monospace,monospace;font-size:.9em}
        pre{font:13px/1.35 ui-monospace,"DejaVu Sans Mono",monospace;background:#f5f7f8;border:1px solid #e0e6e8;border-radius:4px;padding:8px;overflow-x:auto;margin:4px 0}
        pre.input{background:#eef3fb;border-color:#d4e0f4}pre.metacmd{background:#f1f1f1}pre.error{background:#fdecea;border-color:#f5c2c0;color:#8e1c1c}
        .step{margin:14px 0;padding-left:10px;border-left:3px solid #c8e6c9}.step.error{border-left-color:#ef9a9a}.step.meta-command{border-left-color:#cfd8dc}
        .step.connection{border-left-color:#ffcc80}.step.no{border-left-color:#e0e0e0}
        .meta{font-size:.85em}.db{font-family:ui-monospace,monospace;background:#eceff1;border-radius:3px;padding:0 5px}
        .footer{font-size:.8em;color:#78909c}
        .event{margin:6px 0;padding:5px 10px;border-radius:4px;background:#f5f5f5}.event.attempt{background:#ede7f6;font-weight:bold}.event.milestone{background:#e8f5e9}.event.hint{background:#fff8e1}
        .event.note{background:#e3f2fd}.event.reset{background:#f3e5f5}.event.scored{background:#eceff1;font-weight:bold;white-space:pre-line}
        details summary{cursor:pointer;color:#455a64;font-size:.9em}
        .prose{white-space:pre-wrap;background:#fafafa;border:1px solid #eceff1;border-radius:4px;padding:12px}
        .legend{font-size:.8em}.legend span{margin-right:12px;white-space:nowrap}
        .warning{background:#fff3e0;border-left:3px solid #ef6c00;padding:6px 10px}
        footer{margin:32px 0 8px;color:#90a4ae;font-size:.8em}
        """
}
