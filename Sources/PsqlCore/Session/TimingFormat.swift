/// psql's `\timing` line: `Time: 0.512 ms`, and from one second on also
/// `(mm:ss.sss)` / `(hh:mm:ss.sss)` / `(d hh:mm:ss.sss)`.
public enum TimingFormat {
    public static func line(milliseconds ms: Double) -> String {
        let fixed = formatFixed(ms, decimals: 3)
        if ms < 1000 { return "Time: \(fixed) ms" }
        var seconds = ms / 1000
        let days = (seconds / 86400).rounded(.down)
        seconds -= days * 86400
        let hours = (seconds / 3600).rounded(.down)
        seconds -= hours * 3600
        let minutes = (seconds / 60).rounded(.down)
        seconds -= minutes * 60
        let secondsText = pad(formatFixed(seconds, decimals: 3), to: 6)
        if days > 0 {
            return "Time: \(fixed) ms (\(Int(days)) \(two(hours)):\(two(minutes)):\(secondsText))"
        }
        if hours > 0 {
            return "Time: \(fixed) ms (\(two(hours)):\(two(minutes)):\(secondsText))"
        }
        return "Time: \(fixed) ms (\(two(minutes)):\(secondsText))"
    }

    /// `%.Nf` without Foundation (non-negative values; negative ones print as 0).
    public static func formatFixed(_ value: Double, decimals: Int) -> String {
        let decimals = max(0, min(decimals, 9))
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        guard value.isFinite, value > 0 else {
            return decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)
        }
        let scaled = (value * Double(scale)).rounded()
        guard scaled < Double(Int.max / 2) else { return String(Int(value)) }
        let units = Int(scaled)
        let whole = units / scale
        guard decimals > 0 else { return String(whole) }
        let fractionText = String(units % scale)
        return "\(whole)." + String(repeating: "0", count: max(0, decimals - fractionText.count)) + fractionText
    }

    private static func two(_ v: Double) -> String {
        let i = Int(v)
        return i < 10 ? "0\(i)" : "\(i)"
    }

    private static func pad(_ s: String, to width: Int) -> String {
        s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
