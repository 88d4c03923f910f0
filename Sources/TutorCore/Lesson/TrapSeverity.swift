/// How much a shortcut costs. An expert grader does not price a forgotten `lock_timeout` like a
/// superuser grant: minor and major shortcuts cost a quarter and half of the Trap points, a
/// critical one costs all of them, fails the fix of its front and caps the total.
public enum TrapSeverity: Sendable, Equatable, CustomStringConvertible {
    case minor
    case major
    case critical
    /// An explicit price in Trap points (never critical).
    case points(Int)

    public static let names = ["minor", "major", "critical"]

    public init?(name: String) {
        switch name {
        case "minor": self = .minor
        case "major": self = .major
        case "critical": self = .critical
        default: return nil
        }
    }

    /// Trap points this costs out of `trapWeight`.
    public func cost(of trapWeight: Int) -> Int {
        switch self {
        case .minor: return trapWeight / 4
        case .major: return trapWeight / 2
        case .critical: return trapWeight
        case .points(let n): return min(n, trapWeight)
        }
    }

    public var isCritical: Bool { self == .critical }

    public var description: String {
        switch self {
        case .minor: return "minor"
        case .major: return "major"
        case .critical: return "critical"
        case .points(let n): return "\(n) points"
        }
    }
}
