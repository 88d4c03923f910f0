import Foundation
import PostgresClient
import PsqlCore
import TutorCore

extension LessonEnvironment {
    /// The preserved tables' rows and the audited roles' privilege inventories for a fresh
    /// baseline, one thread per database on that database's own checker (as `audit()` does),
    /// the cluster-wide inventory on the `postgres` checker's thread. The same queries as one
    /// after the other, and the same first error: failures are raised in the sequential order.
    func measureBaselineTables(
        roles: [String]
    ) throws
        -> (preserved: [Int: [String: Observations.TableRows]], privileges: [String: Set<String>])
    {
        let lessonDatabases = lesson.setup.databases.map { lesson.homeKey($0.name) }
        let box = readSideBySide(roles: roles)

        var preserved: [Int: [String: Observations.TableRows]] = [:]
        for (index, rule) in lesson.preserve.enumerated() {
            for database in rule.databases {
                let rows = box.rows(index, database)
                if let failure = rows.failure {
                    throw ScriptFailure(what: "preserve \(database).\(rule.table)", message: failure)
                }
                preserved[index, default: [:]][database] = rows
            }
        }
        var privileges: [String: Set<String>] = [:]
        for role in roles {
            var lines = try box.cluster(role).get()
            for database in lessonDatabases { lines.formUnion(try box.database(role, database).get()) }
            privileges[role] = lines
        }
        return (preserved, privileges)
    }

    /// Every preserved table's rows as read now, failures included (before the sessions start).
    func preservedRows() -> [Int: [String: Observations.TableRows]] {
        let box = readSideBySide(roles: [])
        var rows: [Int: [String: Observations.TableRows]] = [:]
        for (index, rule) in lesson.preserve.enumerated() {
            for database in rule.databases { rows[index, default: [:]][database] = box.rows(index, database) }
        }
        return rows
    }

    /// Reads the preserved tables and, for `roles`, the privilege inventories: one thread per
    /// database on that database's own checker (as `audit()` does), the cluster-wide
    /// inventory on the `postgres` checker's thread.
    private func readSideBySide(roles: [String]) -> BaselineBox {
        // Location keys: the audits read the home server (the primary, or the server left
        // when it is lost).
        let lessonDatabases = lesson.setup.databases.map { lesson.homeKey($0.name) }
        let cluster = lesson.homeKey("postgres")
        var databases = Set(lesson.preserve.flatMap(\.databases))
        if !roles.isEmpty { databases.formUnion(lessonDatabases + [cluster]) }
        let box = BaselineBox()
        let group = DispatchGroup()
        for database in databases.sorted() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                if database == cluster {
                    for role in roles { box.setCluster(role, Result { try self.clusterPrivileges(of: role) }) }
                }
                for (index, rule) in self.lesson.preserve.enumerated() where rule.databases.contains(database) {
                    box.setRows(index, database, self.rows(of: rule, in: database))
                }
                guard lessonDatabases.contains(database) else { return }
                for role in roles {
                    box.setDatabase(role, database, Result { try self.databasePrivileges(of: role, in: database) })
                }
            }
        }
        group.wait()
        return box
    }
}

/// Baseline measurements collected from one thread per database.
private final class BaselineBox: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var tableRows: [String: Observations.TableRows] = [:]
    private var clusterLines: [String: Result<Set<String>, any Error>] = [:]
    private var databaseLines: [String: Result<Set<String>, any Error>] = [:]

    private static let missing = ScriptFailure(what: "baseline", message: "not measured")

    func setRows(_ index: Int, _ database: String, _ rows: Observations.TableRows) {
        lock.withLock { tableRows["\(index)\u{0}\(database)"] = rows }
    }

    func rows(_ index: Int, _ database: String) -> Observations.TableRows {
        lock.withLock { tableRows["\(index)\u{0}\(database)"] } ?? Observations.TableRows(failure: "not measured")
    }

    func setCluster(_ role: String, _ lines: Result<Set<String>, any Error>) {
        lock.withLock { clusterLines[role] = lines }
    }

    func cluster(_ role: String) -> Result<Set<String>, any Error> {
        lock.withLock { clusterLines[role] } ?? .failure(Self.missing)
    }

    func setDatabase(_ role: String, _ database: String, _ lines: Result<Set<String>, any Error>) {
        lock.withLock { databaseLines["\(role)\u{0}\(database)"] = lines }
    }

    func database(_ role: String, _ database: String) -> Result<Set<String>, any Error> {
        lock.withLock { databaseLines["\(role)\u{0}\(database)"] } ?? .failure(Self.missing)
    }
}
