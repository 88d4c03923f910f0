import ArgumentParser
import PGCoachKit

// Subcommands of SPEC §2 whose engine is not built yet. Each parses its final arguments and
// says so plainly, exiting 2, so scripts written against the contract fail loudly.

extension PGCoachCommand {
    struct ListLessons: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The lesson catalog: id, title, topic, level, duration, best score.")
        @Flag(help: "Print the catalog as JSON.") var json = false
        func run() throws { try finish(ListCommandRunner.run(json: json)) }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Boot a sandbox, break it the lesson's way, and open the REPL.")
        @Argument(help: "Lesson id or a unique suffix of it (e.g. final-production-incident).") var lesson: String
        @Option(help: "Read input lines from FILE as if typed; exit at its end.") var script: String?
        @Option(name: .customLong("score-json"), help: "Write the final scorecard as JSON to FILE.") var scoreJSON: String?
        @Option(name: .customLong("statement-timeout"), help: "In script mode, cancel a statement still running after this many seconds.")
        var statementTimeout: Double = 10
        @Option(help: "Run the lesson on this server (a superuser conninfo) instead of a private sandbox; it must hold no databases of its own unless --force.")
        var server: String?
        @Flag(help: "With --server: set the lesson up even though the server already has databases.")
        var force = false
        @OptionGroup var serverOptions: ServerOptions
        func run() throws {
            var settings = serverOptions.sandboxSettings
            settings.server = server
            settings.force = force
            try finish(StartCommandRunner.run(.init(
                lesson: lesson, script: script, scoreJSON: scoreJSON, statementTimeout: statementTimeout,
                sandbox: settings)))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render a journaled session for a reviewer.")
        @Argument(help: "A session journal (.jsonl).") var transcript: String
        @Option(help: "markdown, json or html (one self-contained page with a timeline).") var format: String = "markdown"
        @Option(name: .shortAndLong, help: "Write to FILE instead of transcripts/.") var output: String?
        func run() throws { try finish(TranscriptExport.run(journal: transcript, format: format, output: output)) }
    }

    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replay a journal's SQL in a fresh sandbox and score it again.")
        @Argument(help: "A session journal (.jsonl).") var transcript: String
        @Flag(help: "Print the scorecard as JSON.") var json = false
        @OptionGroup var server: ServerOptions
        func run() throws { try finish(GradeCommandRunner.run(journal: transcript, json: json, settings: server.sandboxSettings)) }
    }

    struct LessonCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lesson", abstract: "Lesson authoring tools.", subcommands: [Check.self, Lint.self, New.self, Script.self])

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Self-test lessons: golden 100, no-op fails, traps trigger, alternatives and graded paths score as declared.")
            @Argument(help: "Lessons to check (default: all).") var lessons: [String] = []
            @Option(help: "Paths run at once (each its own sandbox).") var jobs: Int = 2
            @OptionGroup var server: ServerOptions
            func run() throws {
                try finish(LessonCheckRunner.run(lessons: lessons, jobs: jobs, settings: server.sandboxSettings))
            }
        }

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Load lessons without a server: every unknown key, bad reference or missing file, with file:line.")
            @Argument(help: "Lessons to lint (default: all).") var lessons: [String] = []
            func run() throws { try finish(LessonLintRunner.run(lessons: lessons)) }
        }

        struct Script: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print the script a path composes from its steps (golden, noop, trap:ID, alternative:NAME, graded:NAME).")
            @Argument(help: "The lesson.") var lesson: String
            @Argument(help: "The path.") var path: String = "golden"
            func run() throws { try finish(LessonScriptRunner.run(lesson: lesson, path: path)) }
        }

        struct New: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Scaffold a lesson (lesson.yaml, paths, hints) that lesson check runs once filled in.")
            @Argument(help: "The new lesson's id, e.g. stage-02/01-blocking-row-lock.") var id: String
            func run() throws { try finish(LessonScaffold.run(id: id)) }
        }
    }
}
