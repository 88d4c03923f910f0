import PsqlCore
import Testing
import TutorCore

@Suite struct FileConditionTests {
    static func file(_ name: String, _ kind: FileEntry.Kind = .file) -> FileEntry {
        FileEntry(name: name, kind: kind, size: 100, modified: 0)
    }

    static let backups = [
        file("app_db_1.dump"), file("tenant_a_1.dump"), file("billing_db_1.dump", .link), file("billing_db_2.dump", .other),
        file("notes.txt"),
    ]

    @Test func eachDatabaseNeedsItsOwnRegularFile() {
        let condition = FileCondition(
            directory: "backups", glob: "{{database}}_*.dump", databases: ["app_db", "tenant_a", "billing_db"], verify: .pgRestoreList)
        // Links and FIFOs named like dumps are not dumps.
        let verdict = condition.evaluate(entries: Self.backups)
        #expect(!verdict.holds)
        #expect(verdict.reason == "no file for billing_db in backups")
        #expect(condition.entriesToVerify(in: Self.backups).map(\.name) == ["app_db_1.dump", "tenant_a_1.dump"])
        #expect(condition.evaluate(entries: Self.backups + [Self.file("billing_db_3.dump")]).holds)
    }

    @Test func aFileThatFailsVerificationDoesNotCount() {
        let condition = FileCondition(directory: "backups", glob: "{{database}}_*.dump", databases: ["app_db"], verify: .pgRestoreList)
        let verdict = condition.evaluate(entries: Self.backups, failures: ["app_db_1.dump": "input file is too short"])
        #expect(!verdict.holds)
        #expect(verdict.reason == "no usable file for app_db in backups (app_db_1.dump: input file is too short)")
        let twice = condition.evaluate(
            entries: Self.backups + [Self.file("app_db_2.dump")], failures: ["app_db_1.dump": "input file is too short"])
        #expect(twice.holds)
    }

    @Test func minimumCountAndUnreadableDirectories() {
        let condition = FileCondition(directory: "archive", glob: "0000*", minimumCount: 2)
        #expect(!condition.evaluate(entries: [Self.file("000000010000000000000001")]).holds)
        #expect(condition.evaluate(entries: [Self.file("000000010000000000000001"), Self.file("000000010000000000000002")]).holds)
        #expect(condition.evaluate(entries: nil) == FileVerdict(holds: false, reason: "archive cannot be read"))
    }

    @Test func basebackupsAreDirectories() {
        let condition = FileCondition(directory: "backups", glob: "base*", verify: .pgVerifyBackup)
        #expect(!condition.evaluate(entries: [Self.file("base.tar")]).holds)
        #expect(condition.evaluate(entries: [Self.file("base_1", .directory)]).holds)
    }

    @Test func removedFilesAreThoseGoneSinceSetup() {
        let rule = FilesRemovedRule(directory: "backups", glob: "*.dump")
        let baseline = [Self.file("a.dump"), Self.file("b.dump"), Self.file("c.txt")]
        #expect(rule.removed(baseline: baseline, current: [Self.file("b.dump"), Self.file("new.dump")]) == ["a.dump"])
        // Replaced by a link of the same name: the dump is gone.
        #expect(rule.removed(baseline: baseline, current: [Self.file("a.dump", .link), Self.file("b.dump")]) == ["a.dump"])
        #expect(rule.removed(baseline: baseline, current: baseline).isEmpty)
    }

    @Test func placeholdersBecomeServerPaths() {
        let directories = LessonFileDirectories(names: ["archive", "backups"])
        #expect(directories.substitute("cp %p {{archive}}/%f") == "cp %p ../files/archive/%f")
        #expect(directories.substitute("SELECT '{{1,2},{3,4}}'::int[], '{{other}}'") == "SELECT '{{1,2},{3,4}}'::int[], '{{other}}'")
        #expect(directories.knows("data") && directories.knows("backups") && !directories.knows("wal"))
    }

    @Test(arguments: [
        ("cp %p {{archive}}/%f", [String]()),
        ("cp %p {{archiv}}/%f {{backup}} {{archiv}}", ["archiv", "backup"]),
        ("SELECT '{{1,2},{3,4}}'::int[]", []),
        ("SELECT '{\"a\": {{\"b\": 1}}}'", []),
        ("{{Archive}} {{ archive }} {{}}", []),
        ("{{{archive}}} {{wal_dir}}", ["wal_dir"]),
        ("{{archive", []),
    ])
    func unknownPlaceholdersAreNamed(_ text: String, _ unknown: [String]) {
        #expect(LessonFileDirectories(names: ["archive", "backups"]).unknownPlaceholders(in: text) == unknown)
    }
}
