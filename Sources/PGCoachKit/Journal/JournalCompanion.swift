import Foundation
import PsqlCore
import TutorCore

/// Journals a session as JSON Lines, one event per `write(2)` as it happens, so a killed
/// pgcoach loses at most the event in flight. It records the session's events in the record
/// phase, before the tutor reacts to them, so a result is journaled before the milestone it
/// proves. Also runs `\note` and `\export`.
final class JournalCompanion: MetaCommandProvider {
    let path: String
    private let descriptor: Int32
    private let started = ContinuousClock.now
    private let lesson: Lesson?
    private let encoder = JSONEncoder()
    /// Text printed since the last input (for meta-commands, whose output has no record).
    private var captured = ""
    private var lastInputKind: ExecutionRecord.Kind?
    private var ended = false
    /// Set when a write failed (a full or failing disk). It is said once, on stderr; the session
    /// goes on, nothing more is written (a journal with holes would mislead a reviewer), and
    /// the runners exit non-zero at the end.
    private(set) var failed = false
    /// A statement's result event, held back to go out in one write with the next event
    /// (usually the next input) or before pgcoach waits for input: half the system calls for a
    /// script, and a kill still loses at most what is in flight.
    private var pending: [UInt8] = []
    /// Where the one failure message goes (the session's stderr once `begin` ran).
    private var report: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

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

    deinit {
        writeOut([])
        close(descriptor)
    }

    /// Records the session start, answers the journal's commands and records the session's
    /// events from now on (the record phase: before any reaction to them).
    func begin(session: ReplSession, learner: String) {
        report = { [weak session] in session?.output.errorLine($0) }
        append(
            JournalEvent(
                kind: .sessionStart, time: now, elapsedMilliseconds: 0, lesson: lesson?.id, learner: learner,
                pgcoachVersion: PGCoachVersion.current, serverVersion: session.connection.serverVersion,
                database: session.location))
        session.commandProviders.append(self)
        session.events.subscribe(.record) { [weak self] in self?.record($0) }
    }

    // MARK: - Session events

    func record(_ event: SessionEvent) {
        switch event {
        case .inputStarting(let input, let kind, let location): inputStarting(input, kind: kind, location: location)
        case .finished(let record): recordFinished(record)
        case .printed(let text, .output): captured += text
        case .printed(_, .error), .connectionChanged: break
        case .tutorEffect(let effect): tutorEffect(effect)
        case .evaluated(let checks, let sessions): evaluated(checks: checks, sessions: sessions)
        case .actionRan(let text): actionRan(text)
        case .waitingForInput: writeOut([])
        case .ending: finish()
        }
    }

    private func inputStarting(_ input: String, kind: ExecutionRecord.Kind, location: String) {
        flushCaptured()
        lastInputKind = kind
        append(
            JournalEvent(
                kind: .input, time: now, elapsedMilliseconds: elapsed, database: location, input: Redaction.redact(input),
                inputKind: kind))
    }

    private func recordFinished(_ record: ExecutionRecord) {
        var record = Redaction.redact(record)
        record.results = record.results.map { $0.boundedForJournal() }
        if record.kind == .sql { captured = "" }
        let event = JournalEvent(kind: .result, time: now, elapsedMilliseconds: elapsed, database: record.database, record: record)
        guard !failed, let line = JournalEventJSON.line(event) else { return append(event) }
        writeOut([])  // at most one held back
        pending = line + [UInt8(ascii: "\n")]
    }

    var metaCommands: [MetaCommandSpec] {
        [
            MetaCommandSpec(["note"], "\\note TEXT", "write a status update into your transcript (never scored)", group: .journal),
            MetaCommandSpec(
                ["export"], "\\export [FILE]", "this session as a Markdown transcript (default: transcripts/)", group: .journal),
        ]
    }

    func handle(_ command: MetaCommand, in session: ReplSession) -> Bool {
        if command.name == "note" {
            note(command.rawArguments, in: session)
            return true
        }
        guard command.name == "export" else { return false }
        let target = command.arguments.first
        writeOut([])  // the transcript reads the file
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

    private func tutorEffect(_ effect: TutorMachine.Effect) {
        switch effect {
        case .milestoneMet(let id, let title):
            append(JournalEvent(kind: .milestone, time: now, elapsedMilliseconds: elapsed, milestone: id, text: title))
        case .hintRevealed(let reveal):
            append(
                JournalEvent(
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

    /// A lesson action ran (`\action ID`): what ran and how it went.
    private func actionRan(_ text: String) {
        append(JournalEvent(kind: .action, time: now, elapsedMilliseconds: elapsed, text: Redaction.redact(text)))
    }

    /// What the checks said and what became of the background sessions.
    private func evaluated(checks: [String: Bool], sessions: String) {
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
        append(JournalEvent(kind: .output, time: now, elapsedMilliseconds: elapsed, text: Redaction.redact(text)))
    }

    /// The wall-clock stamp, formatted once per second (two events per statement would
    /// otherwise format it twice).
    private var now: String {
        let second = time(nil)
        if second != stampSecond {
            stampSecond = second
            stamp = ClockText.now("%Y-%m-%dT%H:%M:%SZ", utc: true)
        }
        return stamp
    }
    private var stampSecond: time_t = -1
    private var stamp = ""

    private var elapsed: Double { ReplSession.milliseconds(ContinuousClock.now - started) }

    private func append(_ event: JournalEvent) {
        guard !failed else { return }
        guard var line = JournalEventJSON.line(event) ?? (try? encoder.encode(event)).map(Array.init) else { return }
        line.append(UInt8(ascii: "\n"))
        writeOut(line)
    }

    /// Writes what is held back followed by `line`, in one write: with O_APPEND lines are
    /// never interleaved or half-replaced.
    private func writeOut(_ line: [UInt8]) {
        guard !failed else { return }
        var line = line
        if !pending.isEmpty {
            line = pending + line
            pending = []
        }
        guard !line.isEmpty else { return }
        let error: Int32? = line.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n == 0 ? EIO : errno }
                offset += n
            }
            return nil
        }
        if let error { fail(error) }
    }

    private func fail(_ error: Int32) {
        failed = true
        report(
            "pgcoach: cannot write the session journal \(path): \(String(cString: strerror(error))). "
                + "The session goes on without it; pgcoach will exit with status 1.")
    }
}

/// Keeps secrets out of journals and exports: passwords in SQL (by its tokens, see
/// `SecretMask`), where the server echoes them back, and in conninfo strings and URIs.
enum Redaction {
    static func redact(_ text: String) -> String {
        redactConninfo(SecretMask.mask(text).text)
    }

    /// A record with its input masked, and the literals masked there masked again wherever the
    /// error or a notice repeats them (`LINE 1: …` in the rendered and the verbose error).
    static func redact(_ record: ExecutionRecord) -> ExecutionRecord {
        var record = record
        let (input, secrets) = SecretMask.mask(record.input)
        record.input = redactConninfo(input)
        record.error = record.error.map { redact($0, secrets) }
        record.notices = record.notices.map { redact($0, secrets) }
        return record
    }

    private static func redact(_ message: ServerMessage, _ secrets: [String]) -> ServerMessage {
        var message = message
        let mask = { (text: String) in SecretMask.maskEchoes(of: secrets, in: text) }
        message.message = mask(message.message)
        message.detail = message.detail.map(mask)
        message.hint = message.hint.map(mask)
        message.context = message.context.map(mask)
        message.formatted = mask(message.formatted)
        message.verbose = message.verbose.map(mask)
        return message
    }

    /// `password=…` in a conninfo and `user:password@` in a URI (`\c`, `pgcoach connect`).
    private static func redactConninfo(_ text: String) -> String {
        var result = text
        if SecretMask.mentionsPassword(result) {
            result = result.replacing(/(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/) { match in "\(match.1)***" }
        }
        if SecretMask.mentionsURI(result) {
            result = result.replacing(/(?i)(postgres(?:ql)?:\/\/[^:\/@\s]+:)[^@\s]+@/) { match in "\(match.1)***@" }
        }
        return result
    }
}
