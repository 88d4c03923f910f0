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
        "✓ \(milestone.title) (\(found) of \(total) fronts found)"
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
        return "No further hints for what is still open (\(left) front\(left == 1 ? "" : "s") to find). Run the queries the hints point at; the tutor notices when your output shows the evidence."
    }

    static let hintsExhausted = "That was the last hint. \\check shows what still fails."
    static let noHintsNeeded = "The incident is resolved: no more hints. \\score grades the session, \\postmortem tells the story."
    static let alreadyDebriefed = "This session is already debriefed. \\reset starts the incident again."
    static let resolved = "All fix checks pass: the incident is resolved. \\score to grade it and see the postmortem."
    static let resetDone = "The sandbox is back in its broken state (background sessions included). Your transcript is kept."

    static func resetFailed(_ reason: String) -> String {
        "Reset failed: \(reason). \\q and start the lesson again."
    }

    static func checkReport(_ machine: TutorMachine, _ results: [String: Bool]) -> String {
        var lines: [String] = []
        var hidden = 0
        var hiddenFailing = 0
        for check in machine.lesson.checks {
            let passed = results[check.id] == true
            if machine.milestonesMet.contains(check.milestone) {
                lines.append("\(passed ? "PASS" : "FAIL")  \(check.title): \(passed ? check.passText : check.failText)")
            } else {
                hidden += 1
                if !passed { hiddenFailing += 1 }
            }
        }
        if lines.isEmpty {
            lines.append("No front found yet, so there is nothing to check against. Investigate first.")
        }
        if hidden > 0 {
            lines.append("\(hidden) more check\(hidden == 1 ? "" : "s") belong to fronts you have not found yet (\(hiddenFailing) failing).")
        }
        return lines.joined(separator: "\n")
    }

    static func scorecard(_ card: Scorecard) -> String {
        let rows: [(String, Scorecard.Dimension)] = [("Detect", card.detect), ("Fix", card.fix), ("Trap", card.trap)]
        var lines = rows.map { name, d in
            "│ \(pad(name, 7)) \(pad("\(d.score)/\(d.max)", 6, right: true))  \(d.reason)"
        }
        lines.append("│ \(pad("Hints", 7)) \(pad("\(card.hintsUsed)", 6, right: true))  used (reported, not deducted)")
        lines.append("│ \(pad("Total", 7)) \(pad("\(card.total)/100", 6, right: true))")
        let width = lines.map(\.count).max() ?? 40
        let top = "┌─ Scorecard: \(card.lesson) " + String(repeating: "─", count: max(0, width - 15 - card.lesson.count))
        let bottom = "└" + String(repeating: "─", count: max(0, width - 1))
        return ([top] + lines + [bottom]).joined(separator: "\n")
    }

    static func notResolvedYet(_ machine: TutorMachine, _ inputs: ScoringInputs) -> String {
        let failing = machine.lesson.checks.filter { inputs.checks[$0.id] != true }.count
        return "The incident is not resolved yet (\(failing) check\(failing == 1 ? "" : "s") failing). Keep going, or \\giveup to see the postmortem."
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
            missing.append(machine.lastChecks.isEmpty ? "fixes not checked yet (\\check)" : "\(failing) fix check\(failing == 1 ? "" : "s") failing")
        }
        return "The postmortem opens once the incident is resolved: \(missing.joined(separator: "; ")). (\\giveup shows it now and ends the exercise.)"
    }

    static func statusSummary(_ machine: TutorMachine) -> String {
        let phaseText: String
        switch machine.phase {
        case .briefing, .triage: phaseText = "triage"
        case .remediation: phaseText = "remediation"
        case .resolved: phaseText = "resolved"
        case .debrief: phaseText = "debrief"
        }
        return "Phase: \(phaseText) · fronts found \(machine.milestonesMet.count)/\(machine.lesson.milestones.count) · hints used \(machine.hintsUsed)"
    }

    private static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
