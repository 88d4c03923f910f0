import Testing
import TutorCore

/// The pure rules of `server: {next_xid: N}`: what a lesson may ask for, the commit-log segment
/// the new counter needs, and what setup may leave behind.
@Suite struct TransactionCounterJumpTests {
    @Test(arguments: [
        (1_048_576, false, [SettingValue](), nil as String?),
        (2_110_783_488, false, [SettingValue(name: "max_prepared_transactions", value: "4")], nil),
        (2_140_000_000, false, [], nil),
        (1_048_575, false, [], "must be between"),
        (2_140_000_001, false, [], "must be between"),
        (0, false, [], "must be between"),
        (2_000_000_000, true, [], "servers:"),
        (2_000_000_000, false, [SettingValue(name: "track_commit_timestamp", value: "on")], "track_commit_timestamp"),
        (2_000_000_000, false, [SettingValue(name: "track_commit_timestamp", value: "off")], nil),
    ])
    func loadTimeProblems(_ value: Int, _ hasServers: Bool, _ settings: [SettingValue], _ expected: String?) {
        let problem = TransactionCounterJump.problem(nextXid: value, hasServers: hasServers, settings: settings)
        if let expected {
            #expect(problem?.contains(expected) == true, "\(problem ?? "nil")")
            #expect(problem?.contains("\n") == false)
        } else {
            #expect(problem == nil)
        }
    }

    /// 1,048,576 transactions per segment, named by four upper-case hex digits, as pg_xact's
    /// files are (`0000`, … `07DD`).
    @Test(arguments: [
        (UInt32(1_048_576), "0001"),
        (UInt32(2_097_151), "0001"),
        (UInt32(2_110_783_488), "07DD"),
        (UInt32(2_140_000_000), "07F8"),
        (UInt32(16 * 1_048_576), "0010"),
    ])
    func clogSegmentName(_ nextXid: UInt32, _ name: String) {
        #expect(TransactionCounterJump(nextXid: nextXid).clogSegmentName == name)
    }

    @Test func segmentIsThirtyTwoPages() {
        #expect(TransactionCounterJump.clogSegmentBytes == 262_144)
        #expect(TransactionCounterJump.clogTransactionsPerSegment == 1_048_576)
    }

    @Test(arguments: [
        (UInt32(8_388_608), UInt32(728), nil as UInt32?, nil as String?),
        (UInt32(8_388_608), UInt32(728), UInt32(726), nil),
        (UInt32(2_110_783_488), UInt32(728), nil, nil),
        (UInt32(2_110_783_488), UInt32(728), UInt32(726), "1030655 pg_subtrans pages"),
        (UInt32(8_388_608 + 800), UInt32(728), UInt32(799), "pg_subtrans"),
        (UInt32(1_048_576), UInt32(1_048_576), nil, "move the counter back"),
        (UInt32(1_048_576), UInt32(3_000_000), nil, "move the counter back"),
    ])
    func setupLeftovers(_ nextXid: UInt32, _ current: UInt32, _ prepared: UInt32?, _ expected: String?) {
        let problem = TransactionCounterJump(nextXid: nextXid).problem(current: current, oldestPrepared: prepared)
        if let expected {
            #expect(problem?.contains(expected) == true, "\(problem ?? "nil")")
        } else {
            #expect(problem == nil)
        }
    }
}
