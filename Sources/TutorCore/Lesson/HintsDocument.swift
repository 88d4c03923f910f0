/// The learner-facing text of a lesson, parsed from its Markdown hints file:
/// `## Briefing`, `## Milestone: <id>` with `###` levels, `## Remediation` with `###` steps,
/// `## Postmortem`.
public struct HintsDocument: Sendable, Equatable {
    public var text: LessonText
    /// Line of each `## Milestone: id` heading, for cross-checking ids against the lesson.
    public var milestoneLines: [String: Int]

    /// A problem at a line of the hints file.
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    public static func parse(_ source: String) throws(Problem) -> HintsDocument {
        enum Section: Equatable {
            case none, briefing
            case milestone(String)
            case remediation, postmortem
        }
        var section = Section.none
        var briefing: [String] = []
        var postmortem: [String] = []
        var milestoneHints: [String: [[String]]] = [:]
        var milestoneOrder: [String] = []
        var milestoneLines: [String: Int] = [:]
        var remediation: [[String]] = []
        var seen: Set<String> = []

        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.hasPrefix("## ") {
                let title = line.dropFirst(3).trimmingSpaces()
                let key: String
                if title.lowercased() == "briefing" {
                    section = .briefing
                    key = "briefing"
                } else if title.lowercased() == "postmortem" {
                    section = .postmortem
                    key = "postmortem"
                } else if title.lowercased() == "remediation" {
                    section = .remediation
                    key = "remediation"
                } else if title.lowercased().hasPrefix("milestone:") {
                    let id = title.dropFirst("milestone:".count).trimmingSpaces()
                    guard !id.isEmpty else { throw Problem(line: lineNumber, message: "`## Milestone:` needs a milestone id") }
                    section = .milestone(id)
                    key = "milestone:" + id
                    milestoneOrder.append(id)
                    milestoneLines[id] = lineNumber
                    milestoneHints[id] = []
                } else {
                    throw Problem(
                        line: lineNumber,
                        message: "unknown section \"\(title)\" (expected Briefing, Milestone: <id>, Remediation or Postmortem)")
                }
                if seen.contains(key) { throw Problem(line: lineNumber, message: "section \"\(title)\" appears twice") }
                seen.insert(key)
                continue
            }
            if line.hasPrefix("### ") {
                switch section {
                case .milestone(let id): milestoneHints[id, default: []].append([])
                case .remediation: remediation.append([])
                default:
                    throw Problem(line: lineNumber, message: "a `###` hint heading belongs under `## Milestone: <id>` or `## Remediation`")
                }
                continue
            }
            switch section {
            case .none:
                if !line.trimmingSpaces().isEmpty && !line.hasPrefix("# ") {
                    throw Problem(line: lineNumber, message: "text before the first `##` section")
                }
            case .briefing: briefing.append(line)
            case .postmortem: postmortem.append(line)
            case .milestone(let id):
                if milestoneHints[id, default: []].isEmpty {
                    if !line.trimmingSpaces().isEmpty {
                        throw Problem(line: lineNumber, message: "hint text must sit under a `###` level heading")
                    }
                } else {
                    milestoneHints[id]![milestoneHints[id]!.count - 1].append(line)
                }
            case .remediation:
                if remediation.isEmpty {
                    if !line.trimmingSpaces().isEmpty {
                        throw Problem(line: lineNumber, message: "remediation text must sit under a `###` step heading")
                    }
                } else {
                    remediation[remediation.count - 1].append(line)
                }
            }
        }
        let join: ([String]) -> String = { $0.joined(separator: "\n").trimmingBlankLines() }
        guard seen.contains("briefing") else { throw Problem(line: 1, message: "missing `## Briefing` section") }
        guard seen.contains("postmortem") else { throw Problem(line: 1, message: "missing `## Postmortem` section") }
        var hints: [String: [String]] = [:]
        for id in milestoneOrder {
            hints[id] = milestoneHints[id, default: []].map(join)
            if let empty = hints[id]!.firstIndex(where: \.isEmpty) {
                throw Problem(line: milestoneLines[id]!, message: "hint \(empty + 1) of milestone \(id) is empty")
            }
        }
        return HintsDocument(
            text: LessonText(
                briefing: join(briefing), milestoneHints: hints, remediationHints: remediation.map(join),
                postmortem: join(postmortem)),
            milestoneLines: milestoneLines)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// Drops leading and trailing blank lines, keeping inner formatting.
    func trimmingBlankLines() -> String {
        var lines = self.split(separator: "\n", omittingEmptySubsequences: false)
        while let f = lines.first, f.trimmingSpaces().isEmpty { lines.removeFirst() }
        while let l = lines.last, l.trimmingSpaces().isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
