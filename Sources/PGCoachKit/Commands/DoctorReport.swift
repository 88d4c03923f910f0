import Foundation
import Sandbox

/// `pgcoach doctor`: what pgcoach would run the sandbox with, and what is left over.
public enum DoctorReport {
    public static func run(settings: SandboxSettings, clean: Bool, output: ConsoleOutput = ConsoleOutput()) -> Int32 {
        let report = SandboxDiagnostics.collect(settings.options)
        var problems = 0
        switch report.installation {
        case .success(let installation):
            output.line(
                "ok    PostgreSQL \(installation.version) in \(installation.binDirectory) (found via \(installation.source.rawValue))")
        case .failure(let error):
            problems += 1
            output.line("FAIL  PostgreSQL server binaries: \(error)")
        }
        switch report.account {
        case .success(let account):
            let how =
                account.needsSwitch ? "pgcoach runs as root, so the server runs as this unprivileged account" : "the server runs as you"
            output.line("ok    server account \(account.name) (uid \(account.uid)): \(how)")
        case .failure(let error):
            problems += 1
            output.line("FAIL  server account: \(error)")
        }
        // Only lessons with a pooler need pgbouncer: its absence is a note, not a failure.
        output.line(
            Pooler.locate().map { "ok    pgbouncer \($0) (for lessons with a pooler)" }
                ?? "note  pgbouncer not installed: lessons with a pooler will not start (apt-get install pgbouncer)")
        if let runtime = report.runtimeDirectory {
            output.line("ok    sandboxes are created under \(runtime)")
        }
        if let runtime = report.runtimeDirectory {
            // Ready copies of saved lessons (warm starts take one by rename) live in memory.
            let ready = ReadyCluster.inventory(runtimeDirectory: runtime)
            if ready.copies > 0 {
                let size = ByteCountFormatter.string(fromByteCount: ready.bytes, countStyle: .binary)
                if clean {
                    let removed = ReadyCluster.removeAll(runtimeDirectory: runtime)
                    output.line("ok    removed \(removed) ready lesson cop\(removed == 1 ? "y" : "ies") (\(size)) from \(runtime)/ready")
                } else {
                    output.line(
                        "ok    \(ready.copies) ready lesson cop\(ready.copies == 1 ? "y" : "ies") for warm starts, \(size) in \(runtime)/ready (`pgcoach doctor --clean` frees them)"
                    )
                }
            }
        }
        if let template = report.template {
            output.line(
                template.isPresent
                    ? "ok    template cluster cached at \(template.directory) (warm starts)"
                    : "note  no template cluster yet at \(template.directory); the first start builds it (cold start)")
        }
        if !report.leakedTemplateBuilds.isEmpty {
            if clean {
                let removed = SandboxDiagnostics.cleanTemplateBuilds(settings.options)
                output.line(
                    "ok    removed \(removed.count) partial template build\(removed.count == 1 ? "" : "s") (a start killed during initdb): \(removed.joined(separator: ", "))"
                )
            } else {
                problems += 1
                for build in report.leakedTemplateBuilds {
                    output.line(
                        "FAIL  partial template build \(build) (its pgcoach was killed during initdb); `pgcoach doctor --clean` removes it")
                }
            }
        }
        if let cache = report.cacheDirectory {
            let root = LessonCache.root(in: cache)
            let usage = LessonCache.usage(in: root)
            let size = ByteCountFormatter.string(fromByteCount: usage.bytes, countStyle: .binary)
            if clean && usage.olderVariants > 0 {
                let removed = LessonCache.trim(in: root)
                let after = ByteCountFormatter.string(fromByteCount: LessonCache.usage(in: root).bytes, countStyle: .binary)
                output.line(
                    "ok    lesson cache \(root): removed \(removed.count) older variant\(removed.count == 1 ? "" : "s") (\(size) → \(after))"
                )
            } else {
                let older =
                    usage.olderVariants > 0
                    ? ", \(usage.olderVariants) older variant\(usage.olderVariants == 1 ? "" : "s") (`pgcoach doctor --clean` trims them)"
                    : ""
                output.line(
                    "ok    lesson cache \(root): \(usage.entries) saved lesson cluster\(usage.entries == 1 ? "" : "s"), \(size)\(older)")
            }
        }
        let lessons =
            (try? LessonCatalog.locate()).map { "ok    lessons in \($0.lessonsRoot) (\($0.lessonIDs().count))" }
            ?? "FAIL  lessons: not found (set PGCOACH_HOME to the folder holding lessons/ and hints/)"
        if lessons.hasPrefix("FAIL") { problems += 1 }
        output.line(lessons)
        if report.staleSandboxes.isEmpty {
            output.line("ok    no stale sandboxes")
        } else if clean {
            let removed = (try? StaleSandboxes(options: settings.options).clean()) ?? []
            output.line(
                "ok    removed \(removed.count) stale sandbox\(removed.count == 1 ? "" : "es") (servers stopped): \(removed.map(\.directory).joined(separator: ", "))"
            )
        } else {
            problems += 1
            for stale in report.staleSandboxes {
                var server = stale.serverPID.map { ", server pid \($0) still running" } ?? ""
                if let pooler = Pooler.leftoverPID(inSandbox: stale.directory) { server += ", pgbouncer pid \(pooler) still running" }
                output.line("FAIL  stale sandbox \(stale.directory) (its pgcoach is gone\(server)); `pgcoach doctor --clean` removes it")
            }
        }
        return problems == 0 ? 0 : 1
    }
}
