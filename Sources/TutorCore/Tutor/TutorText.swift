/// The tutor's own words (lesson-specific text comes from the hints file). Kept in one place
/// so the voice stays consistent and tests can find it.
enum TutorText {
    static func briefing(_ lesson: Lesson) -> String {
        let body = lesson.text.briefing.isEmpty ? "(This lesson has no briefing.)" : lesson.text.briefing
        return """
            ── \(lesson.title) · \(lesson.topic) · L\(lesson.level) · \(lesson.duration) ──
            \(body)

            Investigate with SQL and psql commands. \\hint when stuck, \\check to test your fix, \\score to grade, \\? for help.
            """
    }

    static func milestoneMet(_ milestone: Milestone, found: Int, of total: Int) -> String {
        total == 1 ? "✓ \(milestone.title) (the incident's one front)" : "✓ \(milestone.title) (\(found) of \(total) fronts found)"
    }

    static func partialEvidence(_ milestone: Milestone, seen: Int, left: [String]) -> String {
        "… \(seen) of \(milestone.acrossDatabases.count) checked for this front; still to look at: \(left.joined(separator: ", "))"
    }

    static let triageComplete =
        "Every front is found. Time to stabilize and recover: remediation hints are open (\\hint); \\check tests your work."

    static func hint(_ reveal: HintReveal, milestone: Milestone, levels: Int) -> String {
        let kind = ["where to look", "what to look for", "why it happens"]
        let label = reveal.level <= kind.count ? kind[reveal.level - 1] : "hint \(reveal.level)"
        return "Hint (\(label), \(reveal.level)/\(levels)): \(reveal.text)"
    }

    static func remediationHint(_ reveal: HintReveal, of total: Int) -> String {
        "Remediation hint \(reveal.level)/\(total): \(reveal.text)"
    }

    static func hintsExhaustedForTriage(_ machine: TutorMachine) -> String {
        let left = machine.lesson.milestones.count - machine.milestonesMet.count
        return
            "No further hints for what is still open (\(left) front\(left == 1 ? "" : "s") to find). Run the queries the hints point at; the tutor notices when your output shows the evidence."
    }

    static let hintsExhausted = "That was the last hint. \\check shows what still fails."

    static func noHintsNeeded(attemptEnded: Bool) -> String {
        attemptEnded
            ? "This attempt is over: no more hints. \\postmortem tells the story; \\reset starts a new attempt."
            : "The incident is resolved: no more hints. \\score grades the session, \\postmortem tells the story."
    }

    static let alreadyDebriefed = "This attempt is already over. \\reset starts a new attempt on a freshly broken sandbox."

    static func evidenceAfterRepair(_ milestone: Milestone) -> String {
        "(That output shows \"\(milestone.title)\" only after it was repaired: evidence counts while the front is still broken, so it earns no Detect points.)"
    }

    static func newAttempt(_ attempt: Int) -> String {
        "Attempt \(attempt) begins: fronts found, hints and score start over. Your earlier attempts stay in the transcript."
    }

    static func attemptOver(_ card: Scorecard) -> String {
        let how = card.standing == .gaveUp ? "given up" : "resolved"
        return
            "Attempt \(card.attempt) is over (\(how)): \(card.total)/100 is its score. A later \\score is practice only; \\reset starts a new attempt."
    }

    static func practiceScore(official: Scorecard?) -> String {
        let recorded = official.map { "\($0.total)/100" } ?? "none"
        return "(Practice score: this attempt is over and keeps its score, \(recorded). \\reset starts a new attempt.)"
    }
    static let resolved = "All fix checks pass: the incident is resolved. \\score to grade it and see the postmortem."
    static let resetDone = "The sandbox is back in its broken state (background sessions included). Your transcript is kept."

    static func resetFailed(_ reason: String) -> String {
        "Reset failed: \(reason). \\q and start the lesson again."
    }

    static func checkReport(_ machine: TutorMachine, _ verdict: LessonJudge.Verdict) -> String {
        var lines: [String] = []
        var hidden = 0
        var hiddenFailing = 0
        for check in machine.lesson.checks {
            let passed = verdict.checks[check.id] == true
            if machine.milestonesMet.contains(check.milestone) {
                var line = "\(passed ? "PASS" : "FAIL")  \(check.title): \(passed ? check.passText : check.failText)"
                if let undone = verdict.undoneBy[check.id] { line += " Undone by a shortcut: \(undone)." }
                if !passed, let note = verdict.planNotes[check.id] {
                    line += check.poolerShow != nil ? " (\(note))" : " (EXPLAIN: \(note))"
                }
                lines.append(line)
            } else {
                hidden += 1
                if !passed { hiddenFailing += 1 }
            }
        }
        if lines.isEmpty {
            lines.append("No front found yet, so there is nothing to check against. Investigate first.")
        }
        if hidden > 0 {
            lines.append(
                "\(hidden) more check\(hidden == 1 ? " belongs to a front" : "s belong to fronts") you have not found yet (\(hiddenFailing) failing)."
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The scorecard in a box no wider than `width` columns; long reasons wrap inside it.
    static func scorecard(_ card: Scorecard, width: Int = 80) -> String {
        let width = max(40, width)
        let label = card.standing == .practice ? "Practice score" : "Scorecard"
        let title = "\(label): \(card.lesson)" + (card.attempt > 1 ? " (attempt \(card.attempt))" : "")
        // "│ " + 7-column name + " " + 7-column score ("100/100") + "  " + reason + " │"
        let reasonWidth = width - 2 - 7 - 1 - 7 - 2 - 2
        var body: [String] = []
        func row(_ name: String, _ score: String, _ reason: String) {
            let wrapped = wrap(reason, reasonWidth)
            for (i, piece) in wrapped.enumerated() {
                let left = i == 0 ? pad(name, 7) + " " + pad(score, 7, right: true) : String(repeating: " ", count: 15)
                body.append("│ " + left + "  " + pad(piece, reasonWidth) + " │")
            }
        }
        for (name, d) in [("Detect", card.detect), ("Fix", card.fix), ("Trap", card.trap)] {
            row(name, "\(d.score)/\(d.max)", d.reason)
        }
        row("Hints", "\(card.hintsUsed)", "used (reported, not deducted)")
        var totalNote = ""
        if let cap = card.cappedAt { totalNote = "capped at \(cap): a critical shortcut was taken" }
        if card.standing == .gaveUp { totalNote = totalNote.isEmpty ? "given up" : totalNote + "; given up" }
        row("Total", "\(card.total)/100", totalNote)
        let inner = width - 2
        let heading = "─ " + String(title.prefix(inner - 3)) + " "
        let top = "┌" + heading + String(repeating: "─", count: max(0, inner - heading.count)) + "┐"
        let bottom = "└" + String(repeating: "─", count: inner) + "┘"
        return ([top] + body + [bottom]).joined(separator: "\n")
    }

    /// Greedy word wrap on spaces; words longer than the width are cut.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func notResolvedYet(_ card: Scorecard) -> String {
        let failing = card.checks.values.filter { !$0 }.count
        return
            "The incident is not resolved yet (\(failing) check\(failing == 1 ? "" : "s") failing). Keep going, or \\giveup to see the postmortem."
    }

    static func postmortem(_ lesson: Lesson) -> String {
        "── Postmortem ──\n" + (lesson.text.postmortem.isEmpty ? "(This lesson has no postmortem.)" : lesson.text.postmortem)
    }

    static func postmortemLocked(_ machine: TutorMachine) -> String {
        let lesson = machine.lesson
        let openFronts = lesson.milestones.count - machine.milestonesMet.count
        var missing: [String] = []
        if openFronts > 0 { missing.append("\(openFronts) front\(openFronts == 1 ? "" : "s") not found yet") }
        let failing = lesson.checks.filter { machine.lastChecks[$0.id] != true }.count
        if failing > 0 {
            missing.append(
                machine.lastChecks.isEmpty ? "fixes not checked yet (\\check)" : "\(failing) fix check\(failing == 1 ? "" : "s") failing")
        }
        return
            "The postmortem opens once the incident is resolved: \(missing.joined(separator: "; ")). (\\giveup shows it now and ends the exercise.)"
    }

    static func statusSummary(_ machine: TutorMachine) -> String {
        let phaseText: String
        switch machine.phase {
        case .briefing, .triage: phaseText = "triage"
        case .remediation: phaseText = "remediation"
        case .resolved: phaseText = "resolved"
        case .debrief: phaseText = "debrief"
        }
        return
            "Attempt \(machine.attempt) · phase: \(phaseText) · fronts found \(machine.milestonesMet.count)/\(machine.lesson.milestones.count) · hints used \(machine.hintsUsed)"
    }

    private static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
