import Foundation
import PGCoachCore

/// Journals a session as JSON Lines, one event per `write(2)` as it happens, so a killed
/// pgcoach loses at most the event in flight. Also runs `\export`.
final class JournalCompanion: SessionCompanion {
    let path: String
    private let descriptor: Int32
    private let started = ContinuousClock.now
    private let lesson: Lesson?
    private let encoder = JSONEncoder()
    /// Text printed since the last input (for meta-commands, whose output has no record).
    private var captured = ""
    private var lastInputKind: ExecutionRecord.Kind?
    private var ended = false

    /// Opens a new journal in `directory` (created 0700); nil when it cannot be written.
    init?(directory: String = JournalFile.directory, lesson: Lesson?) {
        guard StatePaths.ensureDirectory(directory) != nil else { return nil }
        let stamp = ClockText.now("%Y-%m-%dT%H%M%SZ", utc: true)
        let name = "\(stamp)-\(lesson?.slug ?? "connect")-\(getpid()).jsonl"
        path = directory + "/" + name
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.lesson = lesson
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit { close(descriptor) }

    /// Records the session start and starts capturing console output.
    func begin(session: ReplSession, learner: String) {
        append(JournalEvent(
            kind: .sessionStart, time: now, elapsedMilliseconds: 0, lesson: lesson?.id, learner: learner,
            pgcoachVersion: PGCoachVersion.current, serverVersion: session.connection.serverVersion,
            database: session.database))
        let previous = session.output.transcriptSink
        session.output.transcriptSink = { [weak self] stream, text in
            previous?(stream, text)
            if stream == .output { self?.captured += text }
        }
    }

    // MARK: - SessionCompanion

    func inputStarting(_ input: String, kind: ExecutionRecord.Kind, in session: ReplSession) {
        flushCaptured()
        lastInputKind = kind
        append(JournalEvent(
            kind: .input, time: now, elapsedMilliseconds: elapsed, database: session.database,
            input: Redaction.redact(input), inputKind: kind))
    }

    func recordFinished(_ record: ExecutionRecord, in session: ReplSession) {
        var record = record
        record.input = Redaction.redact(record.input)
        if record.kind == .sql { captured = "" }
        append(JournalEvent(kind: .result, time: now, elapsedMilliseconds: elapsed, database: record.database, record: record))
    }

    var metaCommands: [MetaCommandSpec] {
        [
            MetaCommandSpec(["note"], "\\note TEXT", "write a status update into your transcript (never scored)", group: .journal),
            MetaCommandSpec(["export"], "\\export [FILE]", "this session as a Markdown transcript (default: transcripts/)", group: .journal),
        ]
    }

    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool {
        if command.name == "note" {
            note(command.rawArguments, in: session)
            return true
        }
        guard command.name == "export" else { return false }
        let target = command.arguments.first
        do {
            let written = try TranscriptExport.write(journal: path, format: TranscriptExport.format(forFile: target), to: target)
            session.output.line("Transcript written to \(written)")
        } catch {
            session.output.errorLine("\\export: \(error)")
        }
        return true
    }

    /// `\note TEXT`: the learner's status update, journaled as its own event. Never evidence,
    /// never scored: the tutor does not see it.
    private func note(_ text: String, in session: ReplSession) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            session.output.errorLine("\\note: write the note after it, e.g. \\note blocker is the migration runner, terminating it")
            return
        }
        let at = elapsed
        append(JournalEvent(kind: .note, time: now, elapsedMilliseconds: at, text: Redaction.redact(text)))
        session.output.line("Noted at +\(TranscriptRenderer.clock(at)).")
    }

    func sessionEnding(_ session: ReplSession) {
        finish()
    }

    // MARK: - Tutor events

    func tutorEffect(_ effect: TutorMachine.Effect) {
        switch effect {
        case .milestoneMet(let id, let title):
            append(JournalEvent(kind: .milestone, time: now, elapsedMilliseconds: elapsed, milestone: id, text: title))
        case .hintRevealed(let reveal):
            append(JournalEvent(
                kind: .hint, time: now, elapsedMilliseconds: elapsed, milestone: reveal.milestone, level: reveal.level,
                text: reveal.text))
        case .phaseChanged(let phase):
            append(JournalEvent(kind: .phase, time: now, elapsedMilliseconds: elapsed, text: phase.rawValue))
        case .scored(let card):
            append(JournalEvent(kind: .scorecard, time: now, elapsedMilliseconds: elapsed, scorecard: card))
        case .postmortemShown:
            append(JournalEvent(kind: .postmortem, time: now, elapsedMilliseconds: elapsed, text: lesson?.text.postmortem))
        case .resetSandbox:
            append(JournalEvent(kind: .reset, time: now, elapsedMilliseconds: elapsed))
        case .attemptStarted(let attempt):
            append(JournalEvent(kind: .attemptStart, time: now, elapsedMilliseconds: elapsed, level: attempt))
        case .evidenceIgnored(let id, let title):
            append(JournalEvent(kind: .evidenceIgnored, time: now, elapsedMilliseconds: elapsed, milestone: id, text: title))
        case .say, .runChecks, .runScoring, .showStatus, .checkFrontsBroken:
            break
        }
    }

    /// What the checks said and what became of the background sessions.
    func evaluated(checks: [String: Bool], sessions: String) {
        append(JournalEvent(kind: .checks, time: now, elapsedMilliseconds: elapsed, checks: checks))
        append(JournalEvent(kind: .sessions, time: now, elapsedMilliseconds: elapsed, text: sessions))
    }

    /// The end event (once).
    func finish() {
        guard !ended else { return }
        ended = true
        flushCaptured()
        append(JournalEvent(kind: .end, time: now, elapsedMilliseconds: elapsed))
    }

    // MARK: - Writing

    private func flushCaptured() {
        defer { captured = "" }
        guard lastInputKind == .metaCommand else { return }
        let text = captured.hasSuffix("\n") ? String(captured.dropLast()) : captured
        guard !text.isEmpty else { return }
        append(JournalEvent(kind: .output, time: now, elapsedMilliseconds: elapsed, text: text))
    }

    private var now: String { ClockText.now("%Y-%m-%dT%H:%M:%SZ", utc: true) }

    private var elapsed: Double { ReplSession.milliseconds(ContinuousClock.now - started) }

    private func append(_ event: JournalEvent) {
        guard var line = try? encoder.encode(event) else { return }
        line.append(UInt8(ascii: "\n"))
        // One write per event: with O_APPEND a line is never interleaved or half-replaced.
        line.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}

/// Keeps secrets out of journals and exports: passwords in SQL and in conninfo strings.
enum Redaction {
    static func redact(_ text: String) -> String {
        // Building the regexes costs far more than a statement's round trip; almost no input
        // can hold a secret, so look for the words first.
        guard mayHoldSecret(text) else { return text }
        var result = text.replacing(/(?i)(password\s+)'(?:[^']|'')*'/) { match in "\(match.1)'***'" }
        result = result.replacing(/(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/) { match in "\(match.1)***" }
        result = result.replacing(/(?i)(postgres(?:ql)?:\/\/[^:\/@\s]+:)[^@\s]+@/) { match in "\(match.1)***@" }
        return result
    }

    /// Whether `text` contains `password` (any case) or `://`, the only places secrets sit.
    static func mayHoldSecret(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let word = Array("password".utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<bytes.count {
            if bytes[index] == UInt8(ascii: ":"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"),
                bytes[index + 2] == UInt8(ascii: "/")
            {
                return true
            }
            if bytes[index] | 0x20 == UInt8(ascii: "p"), index + word.count <= bytes.count {
                var matched = true
                for offset in 1..<word.count where bytes[index + offset] | 0x20 != word[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
        }
        return false
    }
}
