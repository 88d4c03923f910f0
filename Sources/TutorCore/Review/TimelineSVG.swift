import PsqlCore

/// The session at a glance, as an inline SVG: elapsed time across, one lane per kind of event
/// (statements coloured by outcome, milestones, hints, checks, notes, scores), resets as lines
/// through every lane, the tutor's phases as a band along the bottom. Marks carry a `<title>`
/// (shown on hover) and statements link to their place in the transcript.
enum TimelineSVG {
    static let width = 1000.0
    static let left = 100.0
    static let right = 24.0
    static let laneHeight = 28.0
    static let top = 12.0
    static let lanes = ["Statements", "Milestones", "Hints", "Checks", "Notes", "Score"]

    /// Colours per outcome; the legend under the SVG uses the same names.
    enum Palette {
        static let ok = "#2e7d32"
        static let error = "#c62828"
        static let meta = "#546e7a"
        static let lost = "#ef6c00"
        static let unfinished = "#9e9e9e"
        static let milestone = "#1b5e20"
        static let hint = "#f9a825"
        static let checkPass = "#2e7d32"
        static let checkFail = "#e65100"
        static let note = "#1565c0"
        static let reset = "#6a1b9a"
        static let score = "#212121"
        static let phases: [String: String] = [
            "briefing": "#eceff1", "triage": "#fff3e0", "remediation": "#e3f2fd", "resolved": "#e8f5e9", "debrief": "#f3e5f5",
        ]
    }

    /// `steps` are the transcript's steps with the anchor each links to.
    static func render(events: [JournalEvent], steps: [(anchor: String, step: TranscriptStep)]) -> String {
        let end = max(100, events.map(\.elapsedMilliseconds).max() ?? 0)
        let plot = width - left - right
        func x(_ ms: Double) -> Double { left + plot * min(max(ms, 0), end) / end }
        func y(_ lane: Int) -> Double { top + Double(lane) * laneHeight + laneHeight / 2 }
        let phaseY = top + Double(lanes.count) * laneHeight + 6
        let axisY = phaseY + 18
        let height = axisY + 26

        var svg: [String] = []
        svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline-svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" "
                + "width=\"100%\" role=\"img\" aria-label=\"Timeline of the session\" font-family=\"system-ui, sans-serif\" font-size=\"11\">"
        )
        svg.append("<title>Timeline: \(HTMLText.escape(TranscriptRenderer.clock(end))) in all</title>")
        for (index, name) in lanes.enumerated() {
            let ly = y(index)
            if index % 2 == 0 {
                svg.append(rect(x: left, y: ly - laneHeight / 2, w: plot, h: laneHeight, fill: "#fafafa"))
            }
            svg.append("<text x=\"\(f(left - 8))\" y=\"\(f(ly + 4))\" text-anchor=\"end\" fill=\"#37474f\">\(name)</text>")
        }

        // Phases along the bottom.
        var phase = (name: "briefing", from: 0.0)
        var bands: [(String, Double, Double)] = []
        for event in events where event.kind == .phase {
            bands.append((phase.name, phase.from, event.elapsedMilliseconds))
            phase = (event.text ?? "?", event.elapsedMilliseconds)
        }
        bands.append((phase.name, phase.from, end))
        for (name, from, to) in bands where to > from || name == phase.name {
            let w = max(1, x(to) - x(from))
            svg.append(
                "<rect class=\"phase\" x=\"\(f(x(from)))\" y=\"\(f(phaseY))\" width=\"\(f(w))\" height=\"12\" fill=\"\(Palette.phases[name] ?? "#eeeeee")\" stroke=\"#b0bec5\" stroke-width=\"0.5\">"
                    + "<title>\(HTMLText.escape(name)) from +\(TranscriptRenderer.clock(from))</title></rect>")
            if w > 50 {
                svg.append(
                    "<text x=\"\(f(x(from) + 4))\" y=\"\(f(phaseY + 9.5))\" fill=\"#455a64\" font-size=\"9\">\(HTMLText.escape(name))</text>"
                )
            }
        }
        svg.append("<text x=\"\(f(left - 8))\" y=\"\(f(phaseY + 10))\" text-anchor=\"end\" fill=\"#37474f\">Phase</text>")

        // Axis.
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(axisY))\" x2=\"\(f(width - right))\" y2=\"\(f(axisY))\" stroke=\"#90a4ae\"/>")
        let step = axisStep(end)
        var t = 0.0
        while t <= end + 1 {
            svg.append("<line x1=\"\(f(x(t)))\" y1=\"\(f(axisY))\" x2=\"\(f(x(t)))\" y2=\"\(f(axisY + 4))\" stroke=\"#90a4ae\"/>")
            let label = axisLabel(t, step: step)
            svg.append("<text x=\"\(f(x(t)))\" y=\"\(f(axisY + 16))\" text-anchor=\"middle\" fill=\"#546e7a\">\(label)</text>")
            t += step
        }

        // Statements: one tick each, linked to the transcript.
        for (anchor, s) in steps {
            let (colour, outcome) = outcome(of: s)
            let tx = x(s.elapsedMilliseconds)
            let title = "+\(TranscriptRenderer.clock(s.elapsedMilliseconds)) \(outcome): \(abbreviate(s.input))"
            svg.append(
                "<a href=\"#\(anchor)\"><line class=\"tick \(outcome.split(separator: " ").first ?? "")\" x1=\"\(f(tx))\" y1=\"\(f(y(0) - 9))\" x2=\"\(f(tx))\" y2=\"\(f(y(0) + 9))\" "
                    + "stroke=\"\(colour)\" stroke-width=\"2\"><title>\(HTMLText.escape(title))</title></line></a>")
        }

        // A milestone's label is written only where it runs into neither the previous label nor the next flag.
        var labelEnd = -Double.infinity
        let flags = events.filter { $0.kind == .milestone }.map { x($0.elapsedMilliseconds) }
        for event in events {
            let ex = x(event.elapsedMilliseconds)
            let at = "+\(TranscriptRenderer.clock(event.elapsedMilliseconds))"
            switch event.kind {
            case .milestone:
                let ly = y(1)
                let label = event.milestone ?? ""
                var text = ""
                let width = 6.5 * Double(label.count)
                let nextFlag = flags.first { $0 > ex } ?? .infinity
                if ex + 11 > labelEnd + 4 && ex + 11 + width < nextFlag - 2 {
                    text = "<text x=\"\(f(ex + 11))\" y=\"\(f(ly + 4))\" fill=\"\(Palette.milestone)\">\(HTMLText.escape(label))</text>"
                    labelEnd = ex + 11 + width
                }
                svg.append(
                    "<g class=\"milestone\"><path d=\"M\(f(ex)) \(f(ly + 9)) V\(f(ly - 9)) l9 4.5 l-9 4.5\" fill=\"\(Palette.milestone)\" stroke=\"\(Palette.milestone)\" stroke-width=\"1.5\"/>"
                        + text
                        + "<title>\(HTMLText.escape("\(at) milestone: \(event.text ?? event.milestone ?? "")"))</title></g>")
            case .hint:
                svg.append(
                    "<circle class=\"hint\" cx=\"\(f(ex))\" cy=\"\(f(y(2)))\" r=\"5.5\" fill=\"\(Palette.hint)\" stroke=\"#8d6e00\" stroke-width=\"0.8\">"
                        + "<title>\(HTMLText.escape("\(at) hint (\(event.milestone ?? "?"), level \(event.level ?? 0)): \(abbreviate(event.text ?? ""))"))</title></circle>"
                )
            case .checks:
                let results = event.checks ?? [:]
                let passed = results.values.filter { $0 }.count
                let colour = passed == results.count ? Palette.checkPass : Palette.checkFail
                svg.append(
                    "<rect class=\"check\" x=\"\(f(ex - 5))\" y=\"\(f(y(3) - 5))\" width=\"10\" height=\"10\" fill=\"\(colour)\">"
                        + "<title>\(HTMLText.escape("\(at) checks: \(passed) of \(results.count) pass"))</title></rect>")
            case .note:
                svg.append(
                    "<circle class=\"note\" cx=\"\(f(ex))\" cy=\"\(f(y(4)))\" r=\"5.5\" fill=\"\(Palette.note)\">"
                        + "<title>\(HTMLText.escape("\(at) note: \(abbreviate(event.text ?? ""))"))</title></circle>")
            case .scorecard:
                let total = event.scorecard.map { "\($0.total)" } ?? "?"
                svg.append(
                    "<g class=\"score\"><rect x=\"\(f(ex - 15))\" y=\"\(f(y(5) - 9))\" width=\"30\" height=\"18\" rx=\"4\" fill=\"\(Palette.score)\"/>"
                        + "<text x=\"\(f(ex))\" y=\"\(f(y(5) + 4))\" text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\">\(total)</text>"
                        + "<title>\(HTMLText.escape("\(at) scored \(total)/100"))</title></g>")
            case .attemptStart:
                svg.append(
                    "<g class=\"attempt\"><line x1=\"\(f(ex))\" y1=\"\(f(top))\" x2=\"\(f(ex))\" y2=\"\(f(phaseY + 12))\" stroke=\"\(Palette.reset)\" stroke-width=\"3\"/>"
                        + "<text x=\"\(f(ex + 4))\" y=\"\(f(top + 20))\" fill=\"\(Palette.reset)\" font-weight=\"bold\">attempt \(event.level ?? 0)</text>"
                        + "<title>\(HTMLText.escape("\(at) attempt \(event.level ?? 0) begins"))</title></g>")
            case .reset:
                svg.append(
                    "<g class=\"reset\"><line x1=\"\(f(ex))\" y1=\"\(f(top))\" x2=\"\(f(ex))\" y2=\"\(f(phaseY + 12))\" stroke=\"\(Palette.reset)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
                        + "<text x=\"\(f(ex + 3))\" y=\"\(f(top + 9))\" fill=\"\(Palette.reset)\">reset</text>"
                        + "<title>\(HTMLText.escape("\(at) reset to the broken state"))</title></g>")
            default:
                break
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The colour and name of a statement's outcome.
    static func outcome(of step: TranscriptStep) -> (String, String) {
        if step.record?.connectionLost == true { return (Palette.lost, "connection lost") }
        if step.record?.error != nil { return (Palette.error, "error") }
        if step.completion != .complete { return (Palette.unfinished, "no result") }
        if step.isMetaCommand { return (Palette.meta, "meta-command") }
        return (Palette.ok, "ok")
    }

    /// A round step for axis ticks: at most about ten labels.
    static func axisStep(_ end: Double) -> Double {
        let seconds = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200]
        for s in seconds where end / (s * 1000) <= 10 { return s * 1000 }
        return 7200 * 1000
    }

    /// `40 ms` for a scripted session's sub-second steps, `12 s` under a minute, else `mm:ss`.
    static func axisLabel(_ t: Double, step: Double) -> String {
        if step < 1000 { return "\(Int(t.rounded())) ms" }
        if step < 60_000 && t < 60_000 { return "\(Int((t / 1000).rounded())) s" }
        return TranscriptRenderer.clock(t)
    }

    static func abbreviate(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 120 ? String(flat.prefix(117)) + "…" : flat
    }

    static func rect(x: Double, y: Double, w: Double, h: Double, fill: String) -> String {
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"\(fill)\"/>"
    }

    /// Coordinates with one decimal: small, stable output.
    static func f(_ value: Double) -> String {
        TimingFormat.formatFixed(value, decimals: 1)
    }
}
