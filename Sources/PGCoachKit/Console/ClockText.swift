import LibC

/// The current time as text through strftime: Foundation's date formatters load ICU, which
/// costs every session megabytes of memory for a timestamp.
enum ClockText {
    static func now(_ format: String, utc: Bool) -> String {
        var clock = time(nil)
        var parts = tm()
        if utc { gmtime_r(&clock, &parts) } else { localtime_r(&clock, &parts) }
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
