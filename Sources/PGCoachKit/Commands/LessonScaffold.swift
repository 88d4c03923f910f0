import Foundation
import TutorCore

/// `pgcoach lesson new ID`: a lesson folder, its paths and its hints file, already a working
/// (tiny) incident that `lesson check` passes, for the author to replace piece by piece.
public enum LessonScaffold {
    public static func run(id: String, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        let parts = id.split(separator: "/")
        guard parts.count == 2, parts[0].hasPrefix("stage-"), parts[1].first?.isNumber == true,
            id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "/") })
        else {
            output.errorLine("pgcoach: a lesson id looks like stage-02/01-blocking-row-lock (lower case, digits, dashes)")
            return 2
        }
        let catalog: LessonCatalog
        do {
            catalog = try LessonCatalog.locate()
        } catch {
            output.errorLine("pgcoach: \(error)")
            return 2
        }
        let folder = catalog.folder(of: id)
        let hints = catalog.hintsRoot + "/" + id + ".md"
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) || fm.fileExists(atPath: hints) {
            output.errorLine("pgcoach: \(id) exists already; choose another id")
            return 2
        }
        let slug = String(parts[1].drop(while: { $0.isNumber || $0 == "-" }))
        let files: [(String, String)] = [
            (folder + "/lesson.yaml", lessonYAML(id: id, slug: slug)),
            (folder + "/steps/look.sql", "-- Triage: the query that shows the broken state.\n\\d items\n"),
            (folder + "/steps/fix.sql", "-- The repair.\nALTER TABLE items ADD PRIMARY KEY (id);\n"),
            (folder + "/noop.sql", "-- Looking around without finding or changing anything.\nSELECT 1 AS alive;\n"),
            (
                folder + "/trap-delete.sql",
                "-- The reckless shortcut: \"fix\" duplicates by deleting rows.\nDELETE FROM items WHERE id > 100;\n"
            ),
            (hints, hintsText()),
        ]
        do {
            for (path, text) in files {
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            }
        } catch {
            output.errorLine("pgcoach: cannot write the lesson: \(error)")
            return 1
        }
        output.line("Created \(folder)/ and \(hints).")
        output.line("It is a working (tiny) lesson: `pgcoach lesson check \(id)` passes. Replace it piece by piece (lessons/README.md).")
        return 0
    }

    static func lessonYAML(id: String, slug: String) -> String {
        """
        # TODO: what breaks, in three lines, for the next author.
        format_version: 2
        id: \(id)
        title: TODO a title an on-call engineer would recognise
        topic: TODO
        level: 1
        duration: 10 min
        prompt_label: \(slug)

        learner:
          role: oncall_dba
          database: app_db

        setup:
          roles:
            - CREATE ROLE oncall_dba LOGIN SUPERUSER
          databases:
            - name: app_db
              sql: |
                CREATE TABLE items (id integer NOT NULL, name text NOT NULL);
                INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 1000) AS g;

        milestones:
          - id: no_key
            title: Found that items has no primary key
            evidence:
              - database: app_db
                meta_command: [d, d+]
                input: items
                column: '^Column$'

        checks:
          - id: has_key
            milestone: no_key
            title: items has a primary key
            database: app_db
            sql: SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'items'::regclass AND contype = 'p')
            pass: items has a primary key.
            fail: items still has no primary key.

        preserve:
          - database: app_db
            table: items
            key: [id]
            columns: [name]
            front: no_key

        paths:
          steps:
            look: steps/look.sql
            fix: steps/fix.sql
          golden: [look, fix]
          noop: noop.sql
          traps:
            data_loss: [look, trap-delete.sql, fix]
          graded:
            fix-without-looking:
              steps: [fix]
              total: 60..60

        """
    }

    static func hintsText() -> String {
        """
        ## Briefing
        TODO: the page the on-call engineer receives. Symptoms only.

        ## Milestone: no_key
        ### Where to look
        TODO: where to look.
        ### What to look for
        TODO: the signal.
        ### Why it happens
        TODO: the mechanism.

        ## Remediation
        ### 1
        TODO: the first step of the fix.

        ## Postmortem
        TODO: root cause · how it was found · the fix · the lesson (with the production caveat).

        """
    }
}
