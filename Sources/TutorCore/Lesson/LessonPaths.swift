/// The author's self-test paths, composed from named steps instead of copied scripts.
///
/// A path is a list of parts; each part is a step name declared in `steps` or a `.sql` file in
/// the lesson folder. `lesson check` concatenates the parts and runs them as one learner would
/// type them, from a fresh sandbox.
public struct LessonPaths: Sendable, Equatable {
    /// A path that must score within a range: a partial or clumsy attempt, judged as an expert would.
    public struct Graded: Sendable, Equatable {
        public var name: String
        public var parts: [String]
        public var total: ClosedRange<Int>
        /// Traps that must trigger on this path.
        public var traps: [String]
        public init(name: String, parts: [String], total: ClosedRange<Int>, traps: [String] = []) {
            self.name = name
            self.parts = parts
            self.total = total
            self.traps = traps
        }
    }

    /// Step name → file relative to the lesson folder.
    public var steps: [String: String]
    public var golden: [String]
    public var noop: [String]
    /// Trap id → path that triggers it (declared traps and the engine's audits alike).
    public var traps: [String: [String]]
    /// Other correct fixes: each must earn full Fix with no trap.
    public var alternatives: [String: [String]]
    public var graded: [Graded]

    public init(
        steps: [String: String] = [:], golden: [String] = [], noop: [String] = [], traps: [String: [String]] = [:],
        alternatives: [String: [String]] = [:], graded: [Graded] = []
    ) {
        self.steps = steps
        self.golden = golden
        self.noop = noop
        self.traps = traps
        self.alternatives = alternatives
        self.graded = graded
    }

    /// The files a path reads, in order: step names resolved, file parts as they are.
    public func files(of parts: [String]) -> [String] {
        parts.map { steps[$0] ?? $0 }
    }
}
