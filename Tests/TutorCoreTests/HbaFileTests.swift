import PsqlCore
import Testing
import TutorCore

@Suite struct HbaFileTests {
    static let template = """
        # comment
        # TYPE  DATABASE        USER            ADDRESS                 METHOD

        local   all             all                                     trust
        host    all             all             127.0.0.1/32            trust

        """

    @Test func prependPutsRulesAboveTheFirstRule() {
        var file = HbaFile(text: Self.template)
        file.prepend(["# ticket", "local app_db app_user reject"])
        #expect(file.lines[3] == "# ticket")
        #expect(file.lines[4] == "local app_db app_user reject")
        #expect(file.lines[5].hasPrefix("local   all"))
        #expect(file.text.hasSuffix("trust\n"))
    }

    @Test func removeTakesOneNumberedRule() throws {
        var file = HbaFile(text: Self.template)
        let said = try file.apply(.remove(line: 4)).get()
        #expect(said == "removed line 4: local   all             all                                     trust")
        #expect(file.lines.count == 4)
        #expect(file.lines[3].hasPrefix("host"))
    }

    @Test func insertPutsTheLineAtItsNumber() throws {
        var file = HbaFile(text: Self.template)
        _ = try file.apply(.insert(line: 4, text: "  local app_db app_user_old reject  ")).get()
        #expect(file.lines[3] == "local app_db app_user_old reject")
        #expect(file.lines[4].hasPrefix("local   all"))
        _ = try file.apply(.insert(line: 7, text: "local all all reject")).get()
        #expect(file.lines.last == "local all all reject")
    }

    @Test(arguments: [
        (HbaEdit.remove(line: 1), "comment or blank"),
        (HbaEdit.remove(line: 3), "comment or blank"),
        (HbaEdit.remove(line: 9), "outside pg_hba.conf (it has 5 lines)"),
        (HbaEdit.insert(line: 7, text: "local all all trust"), "6 appends"),
        (HbaEdit.insert(line: 1, text: "include other.conf"), "starts with its connection type"),
        (HbaEdit.insert(line: 1, text: "local all all"), "local DATABASE USER METHOD"),
        (HbaEdit.insert(line: 1, text: "host all all trust"), "host DATABASE USER ADDRESS METHOD"),
        (HbaEdit.insert(line: 1, text: "local all all trust\nhost all all 0.0.0.0/0 trust"), "one line"),
    ])
    func refusesEditsThatAreNoRuleEdits(_ edit: HbaEdit, _ message: String) {
        var file = HbaFile(text: Self.template)
        guard case .failure(let problem) = file.apply(edit) else {
            Issue.record("\(edit) applied")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(file == HbaFile(text: Self.template), "a refused edit changes nothing")
    }
}

@Suite struct ActionRequestTests {
    static let hba = LessonAction(id: "edit-hba", kind: .hba(HbaAction()), description: "edit")
    static let backup = LessonAction(id: "nightly", kind: .backup(BackupAction(directory: "backups")), description: "dump")
    static let verify = LessonAction(
        id: "verify", kind: .verifyBackup(VerifyBackupAction(directory: "backups", glob: "*.dump", method: .pgRestoreList)),
        description: "check")

    @Test(arguments: [
        ("remove 91", ActionRequest.hba(.remove(line: 91))),
        ("insert 91 local app_db app_user_old reject", .hba(.insert(line: 91, text: "local app_db app_user_old reject"))),
        ("insert 3 'local   all  all  trust'", .hba(.insert(line: 3, text: "local   all  all  trust"))),
        ("  REMOVE   7 ", .hba(.remove(line: 7))),
    ])
    func readsHbaEdits(_ arguments: String, _ expected: ActionRequest) throws {
        #expect(try ActionRequest.parse(arguments, for: Self.hba).get() == expected)
    }

    @Test(arguments: [
        ("", "usage: \\action edit-hba insert N LINE | remove N"),
        ("remove", "usage"),
        ("remove x", "usage"),
        ("remove 0", "usage"),
        ("remove 3 4", "only the line number"),
        ("insert 3", "needs the new line"),
        ("replace 3 local all all trust", "replace is not an edit"),
    ])
    func refusesBadHbaArguments(_ arguments: String, _ message: String) {
        guard case .failure(let problem) = ActionRequest.parse(arguments, for: Self.hba) else {
            Issue.record("\(arguments) parsed")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test func backupTakesDatabaseNamesAndVerifyNothing() throws {
        #expect(try ActionRequest.parse("", for: Self.backup).get() == .backup(databases: []))
        #expect(try ActionRequest.parse("billing_db tenant-1", for: Self.backup).get() == .backup(databases: ["billing_db", "tenant-1"]))
        #expect(throws: ActionProblem.self) { try ActionRequest.parse("--file=/etc/passwd", for: Self.backup).get() }
        #expect(throws: ActionProblem.self) { try ActionRequest.parse("a;b", for: Self.backup).get() }
        #expect(try ActionRequest.parse("", for: Self.verify).get() == .verifyBackup)
        #expect(throws: ActionProblem.self) { try ActionRequest.parse("x", for: Self.verify).get() }
    }

    @Test func fixedEditsTakeNoArguments() throws {
        let fixed = LessonAction(id: "unblock", kind: .hba(HbaAction(edit: .remove(line: 91))), description: "fixed")
        #expect(try ActionRequest.parse("", for: fixed).get() == .hba(.remove(line: 91)))
        #expect(throws: ActionProblem.self) { try ActionRequest.parse("remove 3", for: fixed).get() }
        #expect(fixed.usage == "\\action unblock")
    }
}
