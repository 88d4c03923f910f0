import Testing

@testable import PsqlCore
@testable import TutorCore

@Suite struct PatternRiskTests {
    @Test(arguments: [
        "^(a|aa)+$", "(a+)+", "(a*)*b", "^(\\w+\\s*)*$", "(\\w|\\d)+x", "(x|)*y", "((ab)+)+c",
        "(?:a|A)+", "(?:[a-c]|b)*",
    ])
    func catastrophicPatternsAreRefused(pattern: String) {
        #expect(PatternRisk.problem(pattern) != nil)
    }

    @Test(arguments: [
        // The reference lesson's own evidence.
        "^(?:\\s|--[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*(select\\s[\\s\\S]*from|table|with\\s[\\s\\S]*from)\\s+(public\\.)?orders",
        "^(?=[\\s\\S]*new_invoices)[\\s\\S]*(table_privileges|role_table_grants|relacl|aclexplode)",
        "^migration_(runner|owner)$", "^(f|false)$", "pg_stat_activity|pg_locks", "^\\s*CREATE INDEX orders_release_id_idx",
        "(\\w+\\s)+", "(ab|cd)*", "[a-z]+@[a-z]+", "(?i)orders", "x{2,5}",
    ])
    func ordinaryPatternsPass(pattern: String) {
        #expect(PatternRisk.problem(pattern) == nil)
    }
}
