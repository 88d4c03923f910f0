import PsqlCore
import Testing
import TutorCore

@Suite struct FileGlobTests {
    @Test(arguments: [
        ("*.dump", "app_db_20261201T000000Z.dump", true),
        ("*.dump", "app_db.dump.tmp", false),
        ("*.dump", ".hidden.dump", false),
        (".*.dump", ".hidden.dump", true),
        ("app_db_*.dump", "app_db_1.dump", true),
        ("app_db_*.dump", "app_db.dump", false),
        ("app_db_*.dump", "app_db_x_y.dump", true),
        ("*", "anything", true),
        ("*", "", true),
        ("?.sql", "a.sql", true),
        ("?.sql", "ab.sql", false),
        ("[ab]*", "beta", true),
        ("[ab]*", "gamma", false),
        ("[!ab]*", "gamma", true),
        ("[a-c]x", "bx", true),
        ("[a-c]x", "dx", false),
        ("[]]x", "]x", true),
        ("*a*b*c", "xaxbxcx", false),
        ("*a*b*c", "xaxbxc", true),
        ("0000*", "000000010000000000000001", true),
        ("billing*", "billing", true),
    ])
    func matchesLikeTheShell(_ pattern: String, _ name: String, _ expected: Bool) throws {
        let glob = try FileGlob.parse(pattern).get()
        #expect(glob.matches(name) == expected, "\(pattern) vs \(name)")
    }

    @Test(arguments: [("", "empty"), ("a/b", "no '/'"), ("[ab", "without its ']'"), ("[z-a]", "runs backwards")])
    func refusesWhatIsNoPattern(_ pattern: String, _ message: String) {
        guard case .failure(let problem) = FileGlob.parse(pattern) else {
            Issue.record("\(pattern) parsed")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    /// Many stars against a long name that does not match: linear backtracking, not exponential.
    @Test func manyStarsStayFast() throws {
        let glob = try FileGlob.parse(String(repeating: "*a", count: 30) + "b").get()
        #expect(!glob.matches(String(repeating: "a", count: 5000)))
    }
}
