import Foundation
import Sandbox
import TutorCore

/// `pooler_set` actions: a pgbouncer setting changed in the sandbox pooler's `pgbouncer.ini`,
/// `RELOAD` on the admin console, and the new value confirmed by the console itself.
extension LessonEnvironment {
    /// How long the console may take to show the reloaded value.
    static let poolerReloadTimeout: Double = 3

    /// Runs `action` with `request`: `pooler_set` here (it needs the pooler and its console),
    /// every other kind on the sandbox.
    func runAction(_ action: LessonAction, _ request: ActionRequest, sandbox: Sandbox) -> ActionOutcome {
        if case .poolerSet(let setting, let value) = request { return runPoolerSet(setting, value: value, sandbox: sandbox) }
        return LessonActionRunner.run(action, request, lesson: lesson, sandbox: sandbox)
    }

    func runPoolerSet(_ setting: PoolerSetting, value: Int, sandbox: Sandbox) -> ActionOutcome {
        guard let pooler, pooler.isRunning else {
            return ActionOutcome(succeeded: false, summary: "pgbouncer is not running (\\reset starts it again)")
        }
        let shown = setting.shownBy
        let before: String?
        do {
            let answer = try poolerShow(shown.command)
            before = setting.shownValue(columns: answer.columns, rows: answer.rows)
            try pooler.writeSetting(setting.key, value: value, database: setting.database, account: sandbox.account)
            _ = try poolerConsoleCommand("RELOAD")
        } catch {
            return ActionOutcome(succeeded: false, summary: "cannot change \(setting.name): \(LessonActionRunner.message(error))")
        }
        // RELOAD answers once pgbouncer has read the file; the console is asked until it
        // shows the value, so a slow reload is waited for, never slept through.
        let deadline = Date().addingTimeInterval(Self.poolerReloadTimeout)
        var now: String?
        while true {
            if let answer = try? poolerShow(shown.command) { now = setting.shownValue(columns: answer.columns, rows: answer.rows) }
            if now == String(value) { break }
            if Date() > deadline {
                return ActionOutcome(
                    succeeded: false,
                    summary:
                        "\(setting.name) = \(value) written to pgbouncer.ini, but after RELOAD SHOW \(shown.command) shows \(now ?? "nothing")"
                )
            }
            usleep(10_000)
        }
        return ActionOutcome(
            succeeded: true,
            summary: "\(setting.name) = \(value) written to pgbouncer.ini and reloaded; SHOW \(shown.command) shows \(value)",
            columns: ["setting", "before", "after", "shown_by"],
            rows: [[setting.name, before, now, "SHOW \(shown.command)"]])
    }
}
