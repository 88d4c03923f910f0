import Foundation
import PGCoachTestSupport
import Testing

/// The reviewer's tools end to end: five scripted sessions of the reference lesson (golden with
/// a hint and a note, a give-up, two trap paths, a no-op), then `report`, the exports, `list`
/// and `next` over their journals, and the HTML page in a real headless Chromium when one is
/// installed.
@Suite(.serialized)
struct ReviewTests {
    static let lessonFolder = BinaryRunner.packageRoot + "/lessons/stage-12/05-final-production-incident"
    static let note = "blocker is the migration runner <b>& not</b> the writers, terminating it"

    struct Session {
        var learner: String
        var script: String
    }

    /// A path as `lesson check` composes it from lesson.yaml (`name: [step, shortcuts/file.sql, …]`
    /// under `paths:`), read here without the lesson loader so the test sees what an author wrote.
    static func composedPath(_ name: String) throws -> String {
        let yaml = try String(contentsOfFile: lessonFolder + "/lesson.yaml", encoding: .utf8)
        let line = try #require(yaml.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(name): [") })
        let list = line.split(separator: "[", maxSplits: 1)[1].split(separator: "]")[0]
        return try list.split(separator: ",").map { item in
            let step = item.trimmingCharacters(in: .whitespaces)
            let file = step.hasSuffix(".sql") ? step : "steps/\(step).sql"
            return try String(contentsOfFile: lessonFolder + "/" + file, encoding: .utf8)
        }.joined(separator: "\n")
    }

    static func sessions() throws -> [Session] {
        let golden = try composedPath("golden")
        // The give-up: the first look around, two hints, then \giveup.
        let firstLook = try String(contentsOfFile: lessonFolder + "/steps/look-sessions.sql", encoding: .utf8)
        return [
            Session(learner: "golden", script: "\\hint\n\\note \(note)\n" + golden + "\n\\score\n"),
            Session(learner: "giveup", script: firstLook + "\n\\hint\n\\hint\n\\giveup\n"),
            Session(learner: "trap-writers", script: try composedPath("production_sessions_killed") + "\n\\score\n"),
            Session(learner: "trap-superuser", script: try composedPath("least_privilege") + "\n\\score\n"),
            Session(learner: "noop", script: try String(contentsOfFile: lessonFolder + "/noop.sql", encoding: .utf8)),
        ]
    }

    @Test func fiveSessionsReportExportListAndNext() throws {
        let state = NSTemporaryDirectory() + "pgcoach-review-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        var env = ["PGCOACH_HOME": BinaryRunner.packageRoot, "XDG_STATE_HOME": state]

        // Before any session: best_score is there, and null; next is the only lesson.
        let emptyList = try BinaryRunner.run(BinaryRunner.pgcoach, ["list", "--json"], input: "", environment: env)
        #expect(emptyList.output.contains("\"best_score\" : null"), "\(emptyList.output)")
        // Nothing done yet: the first lesson of the lowest stage.
        let firstNext = try BinaryRunner.run(BinaryRunner.pgcoach, ["next"], input: "", environment: env)
        let firstStage = try #require(
            try FileManager.default.contentsOfDirectory(atPath: BinaryRunner.packageRoot + "/lessons").filter { $0.hasPrefix("stage-") }
                .min())
        #expect(firstNext.output.contains("Next: \(firstStage)/"), "\(firstNext.output)")
        #expect(firstNext.output.contains("Start it with: pgcoach start "))

        for session in try Self.sessions() {
            env["PGCOACH_LEARNER"] = session.learner
            let run = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["start", "final-production-incident", "--script", "/dev/stdin"], input: session.script,
                environment: env)
            #expect(run.status == 0, "\(session.learner): \(run.output)")
            if session.learner == "golden" { #expect(run.output.contains("Noted at +")) }
        }
        env["PGCOACH_LEARNER"] = nil

        // The report, as JSON: one row per attempt, then the lesson's aggregates.
        let json = try BinaryRunner.run(BinaryRunner.pgcoach, ["report", "--format", "json"], input: "", environment: env)
        #expect(json.status == 0, "\(json.output)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let rows = try #require(report["attempts"] as? [[String: Any]])
        #expect(rows.count == 5)
        var byLearner: [String: [String: Any]] = [:]
        for row in rows { byLearner[row["learner"] as? String ?? "?"] = row }
        #expect(Set(byLearner.keys) == ["golden", "giveup", "trap-writers", "trap-superuser", "noop"])

        let golden = try #require(byLearner["golden"])
        #expect(golden["total"] as? Int == 100)
        #expect(golden["gave_up"] as? Bool == false)
        #expect(golden["hints_used"] as? Int == 1)
        #expect(golden["notes"] as? [String] == [Self.note])
        #expect((golden["traps"] as? [String])?.isEmpty == true)
        let goldenTimes = try #require(golden["time_to_milestone"] as? [String: Any])
        #expect(Set(goldenTimes.keys) == ["blocker", "column", "tenants", "billing"])
        #expect(goldenTimes.values.allSatisfy { $0 is Double || $0 is Int }, "every front found, each with a time")

        let giveUp = try #require(byLearner["giveup"])
        #expect(giveUp["gave_up"] as? Bool == true)
        #expect(giveUp["hints_used"] as? Int == 2)
        #expect((giveUp["total"] as? Int ?? 100) < 50)

        #expect(
            (byLearner["trap-writers"]?["traps"] as? [String])?.contains("production_sessions_killed") == true,
            "\(byLearner["trap-writers"] ?? [:])")
        #expect(
            (byLearner["trap-superuser"]?["traps"] as? [String])?.contains("least_privilege") == true,
            "\(byLearner["trap-superuser"] ?? [:])")
        for trap in ["trap-writers", "trap-superuser"] { #expect((byLearner[trap]?["total"] as? Int ?? 100) < 100) }

        let noop = try #require(byLearner["noop"])
        let noopTimes = try #require(noop["time_to_milestone"] as? [String: Any])
        #expect(noopTimes.count == 4 && noopTimes.values.allSatisfy { $0 is NSNull }, "the no-op finds nothing: \(noopTimes)")
        #expect(noop["detect"] as? Int == 0)
        #expect(noop["fix"] as? Int == 0)

        let lessons = try #require(report["lessons"] as? [[String: Any]])
        #expect(lessons.count == 1)
        let lesson = try #require(lessons.first)
        #expect(lesson["attempts"] as? Int == 5)
        #expect(lesson["learners"] as? Int == 5)
        #expect(lesson["gave_up"] as? Int == 1)
        #expect(lesson["notes"] as? Int == 1)
        let totals = rows.compactMap { $0["total"] as? Int }.sorted()
        #expect(totals.count == 5)
        #expect(lesson["median_score"] as? Double == Double(totals[2]))
        let trapCounts = (lesson["common_traps"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0["attempts"] as? Int ?? 0) }
        #expect(trapCounts.contains { $0.0 == "production_sessions_killed" })
        #expect(trapCounts.contains { $0.0 == "least_privilege" })
        #expect(trapCounts.map(\.1) == trapCounts.map(\.1).sorted(by: >), "most common first")
        // The most missed front: at least the no-op and the give-up missed it.
        let missed = try #require((lesson["most_missed_milestones"] as? [[String: Any]])?.first)
        #expect((missed["attempts"] as? Int ?? 0) >= 2)
        #expect((giveUp["time_to_milestone"] as? [String: Any])?[missed["id"] as? String ?? ""] is NSNull)

        // The text report: psql-aligned, one row per attempt, the note counted.
        let text = try BinaryRunner.run(BinaryRunner.pgcoach, ["report"], input: "", environment: env)
        #expect(text.status == 0)
        #expect(text.output.contains("(5 rows)"))
        #expect(text.output.contains("Per lesson"))
        let goldenLine = try #require(text.output.split(separator: "\n").first { $0.hasPrefix(" golden ") })
        #expect(goldenLine.contains("|   100 | 40 | 40 | 20 |     1 |     1 | none"), "\(goldenLine)")
        for format in ["markdown", "csv"] {
            let other = try BinaryRunner.run(BinaryRunner.pgcoach, ["report", "--format", format], input: "", environment: env)
            #expect(other.status == 0)
            #expect(other.output.contains("golden"))
        }

        // The golden journal in every transcript format carries the note (escaped in HTML).
        let goldenJournal = try #require(golden["source"] as? String)
        for (format, expected) in [
            ("markdown", "**Note** at +"), ("json", "\"kind\" : \"note\""),
            ("html", "blocker is the migration runner &lt;b&gt;&amp; not&lt;/b&gt; the writers"),
        ] {
            let path = state + "/golden.\(format)"
            let export = try BinaryRunner.run(
                BinaryRunner.pgcoach, ["export", goldenJournal, "--format", format, "-o", path], input: "", environment: env)
            #expect(export.status == 0, "\(export.output)")
            let content = try String(contentsOfFile: path, encoding: .utf8)
            #expect(content.contains(expected), "\(format)")
            if format != "html" { #expect(content.contains(Self.note), "\(format)") }
        }
        let markdown = try String(contentsOfFile: state + "/golden.markdown", encoding: .utf8)
        let hintText = "Writes hang while reads stay fast"
        #expect(markdown.components(separatedBy: hintText).count - 1 == 1, "the hint is printed once")
        #expect(
            markdown.contains(" orders | with_release_id \n--------+-----------------\n   4200 |               0\n"),
            "numbers right-aligned")

        // A note never changes the score: regrading replays the SQL, not the notes.
        let grade = try BinaryRunner.run(BinaryRunner.pgcoach, ["grade", goldenJournal], input: "", environment: env)
        #expect(grade.status == 0, "\(grade.output)")
        #expect(grade.output.contains("Regraded:  100/100") && grade.output.contains("matches the recorded one"))
        #expect(!grade.output.contains("invalid command"))

        try Self.checkInChromium(state + "/golden.html", scratch: state)

        // Progress: best_score now 100, the lesson marked done, and next never names it again.
        let list = try BinaryRunner.run(BinaryRunner.pgcoach, ["list", "--json"], input: "", environment: env)
        #expect(list.output.contains("\"best_score\" : 100"))
        let table = try BinaryRunner.run(BinaryRunner.pgcoach, ["list"], input: "", environment: env)
        #expect(table.output.contains(" ✓ | 05-final-production-incident "), "\(table.output)")
        #expect(table.output.components(separatedBy: " ▶ | ").count - 1 <= 1, "at most one next marker")
        let next = try BinaryRunner.run(BinaryRunner.pgcoach, ["next"], input: "", environment: env)
        #expect(!next.output.contains("final-production-incident"), "\(next.output)")
    }

    @Test func corruptAndForeignFilesAreListedNotFatal() throws {
        let dir = NSTemporaryDirectory() + "pgcoach-class-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/student-b", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try
            "{\"kind\":\"session_start\",\"time\":\"2026-01-01T00:00:00Z\",\"elapsed_ms\":0,\"lesson\":\"stage-12/05-final-production-incident\",\"learner\":\"bob\"}\n{\"kind\":\"end\",\"time\":\"2026-01-01T00:01:00Z\",\"elapsed_ms\":60000}\n"
            .write(toFile: dir + "/student-b/ok.jsonl", atomically: true, encoding: .utf8)
        try "\u{1}\u{2}binary\u{FF}\n".write(toFile: dir + "/garbage.jsonl", atomically: true, encoding: .utf8)
        try "{\"some\":\"other tool\"}\n".write(toFile: dir + "/foreign.jsonl", atomically: true, encoding: .utf8)
        try "not even json".write(toFile: dir + "/README.txt", atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(BinaryRunner.pgcoach, ["report", dir, dir + "/missing.jsonl"], input: "", environment: [:])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains(" bob "))
        #expect(run.output.contains("Skipped 3 files:"), "\(run.output)")
        #expect(run.output.contains("garbage.jsonl: line 1: not a pgcoach journal event"))
        #expect(run.output.contains("foreign.jsonl: line 1: not a pgcoach journal event"))
        #expect(run.output.contains("missing.jsonl: no such file or directory"))
        #expect(!run.output.contains("README"), "only *.jsonl files are read from a directory")

        let nothing = try BinaryRunner.run(BinaryRunner.pgcoach, ["report", dir + "/nope"], input: "", environment: [:])
        #expect(nothing.status == 1)
        #expect(nothing.output.contains("no journals in"))
        let badFormat = try BinaryRunner.run(BinaryRunner.pgcoach, ["report", "--format", "xml"], input: "", environment: [:])
        #expect(badFormat.status == 2)
        #expect(badFormat.output.contains("unknown format \"xml\" (text, markdown, csv or json)"))
    }

    /// Loads the page in headless Chromium: no console errors, the timeline in the DOM, a
    /// screenshot taken. Skipped (and said so) where Chromium is not installed.
    static func checkInChromium(_ page: String, scratch: String) throws {
        guard
            let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            print(
                "ReviewTests: chromium is not installed; skipped loading the HTML export in a browser (PGCOACH_WITH_TEST_TOOLS=1 scripts/install-deps.sh installs it)"
            )
            return
        }
        let common = [
            "60", chromium, "--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(scratch)/chromium",
            "--enable-logging=stderr", "--v=0",
        ]
        let dom = try BinaryRunner.run("/usr/bin/timeout", common + ["--dump-dom", "file://\(page)"], input: "")
        #expect(dom.status == 0, "\(dom.output.suffix(2000))")
        #expect(dom.output.contains("<svg"), "the timeline is in the DOM")
        #expect(dom.output.contains("id=\"timeline-svg\""))
        #expect(dom.output.contains("class=\"milestone\""))
        #expect(!dom.output.contains(":CONSOLE("), "no console messages: \(dom.output.suffix(2000))")
        let png = scratch + "/golden.png"
        let shot = try BinaryRunner.run(
            "/usr/bin/timeout", common + ["--window-size=1100,1400", "--screenshot=\(png)", "file://\(page)"], input: "")
        #expect(shot.status == 0, "\(shot.output.suffix(2000))")
        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG was written")
        #expect(image.count > 20_000, "the screenshot is not blank")
    }
}
