/// `server: {next_xid: N}`: after setup, the sandbox's transaction counter is moved far ahead,
/// as years of traffic would have moved it, so wraparound lessons start near PostgreSQL's
/// limits without spending two billion transactions. pgcoach stops the server cleanly, runs
/// `pg_resetwal -x N` and writes the zero-filled `pg_xact` segment the new counter lands in
/// (pg_resetwal leaves that to its user: the server reads the page holding the next id's
/// commit status at startup), then starts it again. Only the counter moves: every row keeps the
/// transaction id it was written with, so `age(relfrozenxid)` and `age(datfrozenxid)` grow by
/// the jump.
///
/// The facts here are PostgreSQL's (15): its commit log keeps 4 statuses per byte on 8 kB
/// pages, 32 pages per segment file named by 4 hex digits; `pg_subtrans` keeps one 4-byte
/// parent per transaction.
public struct TransactionCounterJump: Sendable, Equatable {
    /// The transaction id the server assigns next after the jump.
    public var nextXid: UInt32

    public init(nextXid: UInt32) {
        self.nextXid = nextXid
    }

    /// What a lesson may ask for. Below: not worth a jump (and setup itself may pass it).
    /// Above: a fresh cluster's oldest `datfrozenxid` is ~700, so PostgreSQL stops assigning
    /// transaction ids at about 700 + 2^31 − 1 − 3,000,000 = 2,144,484,3xx; the ceiling keeps
    /// 4 million ids for setup's sessions, pgcoach's probes and the learner.
    public static let allowed: ClosedRange<Int> = 1_048_576...2_140_000_000

    /// Transactions per commit-log page and per segment file.
    public static let clogTransactionsPerPage = 8192 * 4
    public static let clogPagesPerSegment = 32
    public static var clogTransactionsPerSegment: Int { clogTransactionsPerPage * clogPagesPerSegment }
    /// A segment's size in bytes: 32 pages of 8 kB.
    public static let clogSegmentBytes = 8192 * 32
    /// Transactions per `pg_subtrans` page.
    public static let subtransTransactionsPerPage = 8192 / 4

    /// How far a prepared transaction from before the jump may lie behind `nextXid`. At every
    /// start PostgreSQL zeroes `pg_subtrans` from the oldest prepared transaction up to the
    /// next id (`StartupSUBTRANS`): 2 billion ids behind, that is a million pages (8 GB
    /// written, 25 s) on every start, warm ones and `\reset` included. 8 Mi ids cost 4,096 pages
    /// (32 MB).
    public static let preparedDistanceLimit = 8_388_608

    /// The load-time problem with `next_xid: value` in a lesson, or nil: a one-line reason.
    public static func problem(nextXid value: Int, hasServers: Bool, settings: [SettingValue]) -> String? {
        guard allowed.contains(value) else {
            return
                "must be between \(allowed.lowerBound) and \(allowed.upperBound) (a fresh cluster stops assigning transaction ids near 2^31 − 3,000,000)"
        }
        if hasServers {
            return "cannot be combined with servers: yet (the standbys are copied after setup; the jump is tested on one server only)"
        }
        if let setting = settings.first(where: { $0.name.lowercased() == "track_commit_timestamp" }),
            !["off", "false", "0", "no"].contains(setting.value.lowercased())
        {
            return "cannot be combined with track_commit_timestamp (pg_commit_ts would need its own segment for the new ids)"
        }
        return nil
    }

    /// The `pg_xact` segment file holding `nextXid`'s status: 4 upper-case hex digits.
    public var clogSegmentName: String {
        let number = String(Int(nextXid) / Self.clogTransactionsPerSegment, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number
    }

    /// The problem with jumping from a server whose next transaction id is `current` and
    /// whose oldest prepared transaction (if any) is `oldestPrepared`, or nil.
    public func problem(current: UInt32, oldestPrepared: UInt32?) -> String? {
        guard current < nextXid else {
            return
                "setup already used transaction ids up to \(current); next_xid \(nextXid) would move the counter back (use a larger next_xid)"
        }
        if let oldestPrepared {
            let distance = Int(nextXid) - Int(oldestPrepared)
            if distance > Self.preparedDistanceLimit {
                let pages = distance / Self.subtransTransactionsPerPage
                return
                    "setup left prepared transaction \(oldestPrepared) open; \(distance) ids behind next_xid it makes every server start write \(pages) pg_subtrans pages (\(pages * 8192 / 1_048_576) MB): keep it within \(Self.preparedDistanceLimit) ids of next_xid"
            }
        }
        return nil
    }
}
