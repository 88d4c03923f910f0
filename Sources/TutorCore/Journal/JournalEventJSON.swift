import PsqlCore

/// Journal lines written by hand: one compact JSON object per event, with the same keys and
/// values `JSONEncoder` gives (so `JSONDecoder` reads them back as the same event).
///
/// The journal writes two events per statement; through `JSONEncoder` (boxing every value,
/// sorting keys per object, looking up generic metadata) that cost more than running a trivial
/// statement itself, and a 100,000-statement script took several times psql's time. This
/// writer appends bytes to one buffer and nothing else. Scorecards, rare and nested, are left to
/// `JSONEncoder` (`line` returns nil for them).
public enum JournalEventJSON {
    /// The event as one JSON object without a newline, or nil when it carries a scorecard.
    public static func line(_ event: JournalEvent) -> [UInt8]? {
        guard event.scorecard == nil else { return nil }
        var writer = Writer()
        writer.open()
        writer.field("checks", event.checks) { writer, checks in
            writer.open()
            for key in checks.keys.sorted() { writer.field(key) { $0.bool(checks[key]!) } }
            writer.close()
        }
        writer.field("database", event.database) { $0.string($1) }
        writer.field("elapsed_ms") { $0.number(event.elapsedMilliseconds) }
        writer.field("input", event.input) { $0.string($1) }
        writer.field("input_kind", event.inputKind) { $0.string($1.rawValue) }
        writer.field("kind") { $0.string(event.kind.rawValue) }
        writer.field("learner", event.learner) { $0.string($1) }
        writer.field("lesson", event.lesson) { $0.string($1) }
        writer.field("level", event.level) { $0.integer($1) }
        writer.field("milestone", event.milestone) { $0.string($1) }
        writer.field("pgcoach_version", event.pgcoachVersion) { $0.string($1) }
        writer.field("record", event.record) { $0.record($1) }
        writer.field("server_version", event.serverVersion) { $0.string($1) }
        writer.field("text", event.text) { $0.string($1) }
        writer.field("time") { $0.string(event.time) }
        writer.close()
        return writer.bytes
    }

    /// A JSON text being built: objects, arrays and scalars appended in order.
    struct Writer {
        var bytes: [UInt8] = []
        /// Whether the next member or element needs a comma before it.
        private var needsComma = false

        init() { bytes.reserveCapacity(512) }

        mutating func open() {
            bytes.append(UInt8(ascii: "{"))
            needsComma = false
        }

        mutating func close() {
            bytes.append(UInt8(ascii: "}"))
            needsComma = true
        }

        mutating func field(_ key: String, _ value: (inout Writer) -> Void) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            string(key)
            bytes.append(UInt8(ascii: ":"))
            needsComma = false
            value(&self)
            needsComma = true
        }

        /// A member that is left out when `value` is nil, as `encodeIfPresent` does.
        mutating func field<Value>(_ key: String, _ value: Value?, _ write: (inout Writer, Value) -> Void) {
            guard let value else { return }
            field(key) { write(&$0, value) }
        }

        mutating func array<Element>(_ elements: [Element], _ write: (inout Writer, Element) -> Void) {
            bytes.append(UInt8(ascii: "["))
            needsComma = false
            for element in elements {
                if needsComma { bytes.append(UInt8(ascii: ",")) }
                write(&self, element)
                needsComma = true
            }
            bytes.append(UInt8(ascii: "]"))
            needsComma = true
        }

        mutating func bool(_ value: Bool) {
            bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
        }

        mutating func null() {
            bytes.append(contentsOf: "null".utf8)
        }

        mutating func integer(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }

        /// A finite number (durations); Swift's shortest round-tripping form is valid JSON.
        mutating func number(_ value: Double) {
            if value.isFinite {
                if value == value.rounded(), abs(value) < 1e15 {
                    bytes.append(contentsOf: String(Int(value)).utf8)
                } else {
                    bytes.append(contentsOf: String(value).utf8)
                }
            } else {
                bytes.append(contentsOf: "0".utf8)
            }
        }

        /// A JSON string: `"` and `\` escaped, control characters as escapes, all else as is.
        mutating func string(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var runStart = 0
                for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    runStart = index + 1
                    switch byte {
                    case 0x22: bytes += [0x5C, 0x22]
                    case 0x5C: bytes += [0x5C, 0x5C]
                    case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                    case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                    case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func record(_ record: ExecutionRecord) {
            open()
            field("connectionLost") { $0.bool(record.connectionLost) }
            field("database") { $0.string(record.database) }
            field("durationMilliseconds") { $0.number(record.durationMilliseconds) }
            field("error", record.error) { $0.message($1) }
            field("input") { $0.string(record.input) }
            field("kind") { $0.string(record.kind.rawValue) }
            field("notices") { $0.array(record.notices) { $0.message($1) } }
            field("results") { $0.array(record.results) { $0.result($1) } }
            field("transactionState") { $0.string(record.transactionState.rawValue) }
            close()
        }

        mutating func result(_ result: ObservedResult) {
            open()
            field("bytesOmitted", result.bytesOmitted) { $0.integer($1) }
            field("columnTypes", result.columnTypes) { $0.array($1) { $0.integer(Int($1)) } }
            field("columns") { $0.array(result.columns) { $0.string($1) } }
            field("commandTag") { $0.string(result.commandTag) }
            field("rowCount") { $0.integer(result.rowCount) }
            field("rows") {
                $0.array(result.rows) { writer, row in
                    writer.array(row) { writer, cell in
                        if let cell { writer.string(cell) } else { writer.null() }
                    }
                }
            }
            close()
        }

        mutating func message(_ message: ServerMessage) {
            open()
            field("context", message.context) { $0.string($1) }
            field("detail", message.detail) { $0.string($1) }
            field("formatted") { $0.string(message.formatted) }
            field("hint", message.hint) { $0.string($1) }
            field("message") { $0.string(message.message) }
            field("position", message.position) { $0.integer($1) }
            field("severity") { $0.string(message.severity) }
            field("severityCode") { $0.string(message.severityCode) }
            field("sqlState") { $0.string(message.sqlState) }
            field("verbose", message.verbose) { $0.string($1) }
            close()
        }
    }
}
